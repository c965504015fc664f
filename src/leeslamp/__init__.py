"""leeslamp: a reading lamp in the terminal."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`leeslamp.__version__`, looked up on first use.

    importlib.metadata costs ~25 ms at import, more than Python's own start-up; looking the
    version up only when asked keeps `leeslamp vandaag` fast.
    """
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("leeslamp")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
