"""The reader: an article on the page, the passage cursor, the notes beside it."""
