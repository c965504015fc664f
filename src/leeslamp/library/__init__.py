"""The articles: loading and validating the Markdown files, their plain text, Senge's disciplines."""
