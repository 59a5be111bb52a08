"""The page interface every page type in the API implements.

It extends grapple's ``PageInterface`` (and keeps its GraphQL name) with what a multilingual
headless frontend needs on every page: the page's own ``locale`` and its ``translations`` for a
language switcher. This module must not import ``grapple.types.pages`` (circular import).
"""

import graphene
from django.conf import settings
from grapple.types.interfaces import PageInterface
from grapple.utils import resolve_queryset

from cms.content.locales import default_locale_code, is_fallback, locale_code_for_id
from cms.content.selectors import (
    listing_translation_status,
    prepare_for_listing,
    public_pages,
    public_parent_of,
    public_translations_of,
    searchable,
)
from cms.content.urls import PageUrls, page_urls


class PageTranslation(graphene.ObjectType):
    """Another public language version of a page, enough to link to it."""

    id = graphene.ID(required=True)
    locale = graphene.String(required=True, description="Language code, e.g. `en`.")
    title = graphene.String(required=True)
    url = graphene.String(description="Path of the page on the frontend, e.g. `/en/projects/`.")

    @staticmethod
    def resolve_locale(page, info):
        return locale_code_for_id(page.locale_id, request=info.context)

    @staticmethod
    def resolve_url(page, info):
        return page_urls(info.context).url(page.url_path)


class TranslationStatusEnum(graphene.Enum):
    SOURCE = "SOURCE"
    UP_TO_DATE = "UP_TO_DATE"
    OUTDATED = "OUTDATED"
    MACHINE_TRANSLATED = "MACHINE_TRANSLATED"

    class Meta:
        name = "TranslationStatus"


class Alternate(graphene.ObjectType):
    """One `<link rel="alternate" hreflang="…" href="…">` for the page's head."""

    hreflang = graphene.String(required=True, description="A language code, or `x-default`.")
    href = graphene.String(required=True, description="Absolute URL on the frontend.")


def absolute_url(path: str) -> str:
    """``path`` on the frontend (``FRONTEND_BASE_URL``)."""
    return settings.FRONTEND_BASE_URL.rstrip("/") + path


def alternates_of(page, *, request) -> list[Alternate]:
    """``page`` and its public translations as hreflang links, plus ``x-default``."""
    versions = [
        {"url_path": version.url_path, "locale_id": version.locale_id}
        for version in [page, *public_translations_of(page)]
    ]
    return alternates_from_rows(versions, urls=page_urls(request), request=request)


def alternates_from_rows(versions: list, *, urls: PageUrls, request) -> list[Alternate]:
    """hreflang links for the versions of one page (mappings with ``url_path`` and
    ``locale_id``, the page first), in the order of their locales' ids, plus ``x-default``."""
    alternates = []
    base, default_code = absolute_url(""), default_locale_code()
    versions = sorted(versions, key=lambda version: version["locale_id"])
    for version, url in zip(versions, urls.urls(versions), strict=True):
        if url is None:
            continue
        code = locale_code_for_id(version["locale_id"], request=request)
        alternates.append(Alternate(hreflang=code, href=base + url))
        if code == default_code:
            alternates.append(Alternate(hreflang="x-default", href=base + url))
    return alternates


#: The fields every page type serves, in the API's names: grapple's ``PageInterface`` fields
#: that describe a published page (not ``locked``, the editing state) and the ones this
#: interface adds. A field grapple adds to its interface is served only once it is named here.
PUBLIC_PAGE_INTERFACE_FIELDS = frozenset(
    {
        "id", "title", "slug", "contentType", "pageType", "live", "url", "urlPath", "depth",
        "seoTitle", "searchDescription", "showInMenus", "firstPublishedAt", "lastPublishedAt",
        "parent", "children", "siblings", "nextSiblings", "previousSiblings", "descendants",
        "ancestors", "searchScore",
        "locale", "translations", "isFallback", "translationKey", "translationStatus",
        "alternates",
    }
)  # fmt: skip


# No docstring: graphene would serve it as the interface's description, which the contract
# leaves empty. Only PUBLIC_PAGE_INTERFACE_FIELDS of it are served (cms.graphql.schema).
class PublicPageInterface(PageInterface):
    locale = graphene.String(
        required=True, description="Language code of this version of the page, e.g. `sl`."
    )
    translations = graphene.List(
        graphene.NonNull(PageTranslation),
        required=True,
        description="The other published, public language versions of this page.",
    )

    is_fallback = graphene.Boolean(
        required=True,
        description="True when the requested language has no version of this page and the "
        "default language's is served instead (HEADLESS_LOCALE_FALLBACK).",
    )
    translation_key = graphene.UUID(
        required=True, description="Shared by all language versions of the page."
    )
    translation_status = graphene.Field(
        graphene.NonNull(lambda: TranslationStatusEnum),
        description="SOURCE for an original; for a translation UP_TO_DATE, OUTDATED (the source "
        "changed since) or MACHINE_TRANSLATED (not reviewed by a person yet).",
    )
    alternates = graphene.List(
        graphene.NonNull(Alternate),
        required=True,
        description="This page and its public translations as absolute URLs, plus `x-default` "
        "(the default language's version), for hreflang links.",
    )

    class Meta:
        name = "PageInterface"

    def resolve_is_fallback(self, info):
        return is_fallback(self, request=info.context)

    def resolve_translation_status(self, info):
        return listing_translation_status(self)

    def resolve_translation_key(self, info):
        return self.translation_key

    def resolve_alternates(self, info):
        return alternates_of(self, request=info.context)

    def resolve_locale(self, info):
        return locale_code_for_id(self.locale_id, request=info.context)

    def resolve_url(self, info):
        """``page.url`` (grapple's, which passes no request), from the request's URL table."""
        return page_urls(info.context, as_page_url=True).url(self.url_path)

    def resolve_translations(self, info):
        return public_translations_of(self)

    # grapple's tree fields filter with live().public() only: expired pages, pages below an
    # unpublished section and untranslated aliases would slip through. Same rules as listings.

    def resolve_children(self, info, **kwargs):
        return _tree(public_pages().child_of(self), info, kwargs)

    def resolve_siblings(self, info, **kwargs):
        return _tree(public_pages().sibling_of(self, inclusive=False), info, kwargs)

    def resolve_next_siblings(self, info, **kwargs):
        siblings = public_pages().sibling_of(self, inclusive=False)
        return _tree(siblings.filter(path__gt=self.path), info, kwargs)

    def resolve_previous_siblings(self, info, **kwargs):
        siblings = public_pages().sibling_of(self, inclusive=False)
        return _tree(siblings.filter(path__lt=self.path), info, kwargs)

    def resolve_descendants(self, info, **kwargs):
        return _tree(public_pages().descendant_of(self), info, kwargs)

    def resolve_ancestors(self, info, **kwargs):
        return _tree(public_pages().ancestor_of(self), info, kwargs)

    def resolve_parent(self, info, **kwargs):
        """The parent only when the public may see it (grapple's returns drafts too)."""
        return public_parent_of(self)


def _tree(pages, info, arguments):
    if arguments.get("search_query"):
        pages = searchable(pages)
    return prepare_for_listing(resolve_queryset(pages.specific(), info, **arguments))
