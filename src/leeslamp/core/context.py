"""What one run of leeslamp knows: where things live, the language, the library.

Built once by the command line (or a test) and handed to commands and the app.
Nothing here touches the disk until asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from leeslamp import i18n
from leeslamp.core import settings
from leeslamp.core.paths import Paths, resolve

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time

if TYPE_CHECKING:  # the library loads on first use, so commands without it start faster
    from leeslamp.library.articles import Library


@dataclass
class Context:
    paths: Paths
    language: str = i18n.DEFAULT_LANGUAGE
    debug: bool = False
    extra_article_dirs: list[Path] = field(default_factory=list)
    settings: settings.Settings = field(default_factory=settings.Settings)
    #: the clock; tests inject a fixed one so dates never depend on when they run
    now: Callable[[], datetime] | None = None
    #: whether loading the library writes what PyYAML made of new front matter to the cache
    #: (`library.front_matter_cache`); the app does, commands only read it
    keep_front_matter: bool = False
    _library: Library | None = field(default=None, repr=False)

    @classmethod
    def create(
        cls,
        data_dir: str | Path | None = None,
        language: str | None = None,
        extra_article_dirs: list[Path] | None = None,
        debug: bool = False,
    ) -> Context:
        paths = resolve(data_dir)
        loaded = settings.load(paths.settings)
        chosen = i18n.choose_language(language, loaded.language)
        i18n.set_language(chosen)
        return cls(
            paths=paths,
            language=chosen,
            debug=debug,
            extra_article_dirs=list(extra_article_dirs or []),
            settings=loaded,
        )

    def library(self) -> Library:
        """Bundled articles, then the reader's own, then --articles folders; loaded once."""
        if self._library is None:
            from leeslamp.library.articles import load_library
            from leeslamp.library.front_matter_cache import FrontMatterCache, cache_file

            # front matter read in an earlier run comes from the cache: no PyYAML (~12 ms)
            cache = FrontMatterCache(cache_file(self.paths.data_dir))
            user_dir = self.paths.user_articles
            self._library = load_library(
                [user_dir, *self.extra_article_dirs], missing_ok=[user_dir], cache=cache
            )
            if self.keep_front_matter:
                cache.save()
        return self._library

    def reload_library(self) -> Library:
        self._library = None
        return self.library()

    def current_time(self) -> datetime:
        """Local time with its offset; `now` (a callable) overrides it in tests."""
        if self.now is not None:
            return self.now()
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.current_time().date()
