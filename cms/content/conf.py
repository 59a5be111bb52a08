"""Settings read once: each concern keeps its settings in one typed object with its defaults.

``cached_settings`` turns a function that builds such an object from Django's settings into one
that builds it on first use and again after a setting changes (``override_settings`` in tests),
so a setting is read, and defaulted, in exactly one place.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from django.conf import settings
from django.core.signals import setting_changed

T = TypeVar("T")


def cached_settings(build: Callable[[], T]) -> Callable[[], T]:
    """The object ``build`` makes, made once and made anew whenever a Django setting changes."""
    cached = cache(build)

    def forget(**kwargs) -> None:
        cached.cache_clear()

    setting_changed.connect(forget, weak=False)
    return cached


@dataclass(frozen=True)
class ContentSettings:
    """What the content layer serves and how much of it at once."""

    #: ``HEADLESS_LOCALE_FALLBACK``: serve a page's source-language version where it has no
    #: translation, instead of leaving it out.
    locale_fallback: bool
    #: ``HEADLESS_MAX_PER_PAGE``: the largest page of a paginated listing.
    max_per_page: int
    #: ``HEADLESS_READ_MODEL``: answer from the read model (page URLs from ``url_path``,
    #: occurrences from their table). Off, every answer is computed the reference way (Wagtail's
    #: ``Page.get_url``, recurrence expanded at read time); the contract's tests compare the two.
    read_model: bool


@cached_settings
def content_settings() -> ContentSettings:
    return ContentSettings(
        locale_fallback=getattr(settings, "HEADLESS_LOCALE_FALLBACK", False),
        max_per_page=getattr(settings, "HEADLESS_MAX_PER_PAGE", 100),
        read_model=getattr(settings, "HEADLESS_READ_MODEL", True),
    )
