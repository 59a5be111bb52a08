"""Pages an editor chose (in a chooser or link block, a page foreign key, a rich text link) as
the public may see them.

A stored reference names one language version of a page, whatever state it is in now: it may
have been unpublished, made private or expired since, and wagtail-localize copies references
into translations unchanged (it leaves pages to be localised when served), so an English page
points at Slovene pages. What is served is the chosen page's public version in the language the
request asked for, by ``public_pages(locale=…)``: none when that language has no public
version (with fallback on, the default language's version stands in, as everywhere else).
"""

from collections.abc import Iterable
from uuid import UUID

from wagtail.models import Locale, Page

from .context import context_of
from .selectors import public_pages


def served_locale(request=None) -> Locale:
    """The locale the request asked for; where no query named one, the active language's."""
    return context_of(request).served_locale()


def public_versions(
    keys: Iterable[UUID], *, locale: Locale, model: type[Page] = Page, request=None
) -> dict[UUID, Page]:
    """{translation_key: that page's public version in ``locale``} for ``keys`` that have one.

    One query (plus one per page type unless ``model`` is given) for the keys not looked up
    earlier in the same request.
    """
    cache = context_of(request).public_versions
    keys = set(keys)
    missing = {key for key in keys if (model, locale.pk, key) not in cache}
    if missing:
        versions = public_pages(locale=locale, model=model).filter(translation_key__in=missing)
        if model is Page:
            versions = versions.specific()
        found = {version.translation_key: version for version in versions}
        for key in missing:
            cache[model, locale.pk, key] = found.get(key)
    return {key: cache[model, locale.pk, key] for key in keys if cache[model, locale.pk, key]}


def public_version(page: Page | None, *, request=None) -> Page | None:
    """``page``'s public version in the language the request asked for, or None."""
    if page is None:
        return None
    key = page.translation_key
    return public_versions([key], locale=served_locale(request), request=request).get(key)
