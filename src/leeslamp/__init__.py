"""leeslamp: a reading lamp in the terminal."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`leeslamp.__version__`, looked up on first use.

    importlib.metadata costs ~25 ms at import, more than Python's own start-up; looking the
    version up only when asked keeps `leeslamp vandaag` fast, and reading the installed
    metadata's folder name first keeps `leeslamp --version` fast.
    """
    if name == "__version__":
        found = _installed_version()
        if found is not None:
            return found
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("leeslamp")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _installed_version() -> str | None:
    """The version in the name of the first `leeslamp-VERSION.dist-info` folder on sys.path,
    where importlib.metadata would find it too (a wheel or an editable install make one)."""
    import os
    import sys

    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:  # a zip file, a folder that went away
            continue
        for folder_name in names:
            if folder_name.startswith("leeslamp-") and folder_name.endswith(".dist-info"):
                return folder_name.removeprefix("leeslamp-").removesuffix(".dist-info")
    return None
