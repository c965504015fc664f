"""The journal in other formats: JSON, Markdown notes, jrnl (export and import)."""
