"""The Textual app. The only package of leeslamp that imports Textual."""
