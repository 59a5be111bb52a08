"""What a frontend needs to build its routes: every public URL of a language (``sitemap``)
and the redirects editors set up in Wagtail (``redirects``).

grapple's own ``redirects`` returns every redirect, including those to drafts and private
pages; these lists only hold what the public may reach. Both are paginated with a larger
maximum page size than content listings (``HEADLESS_SITEMAP_MAX_PER_PAGE``), since a frontend
reads them whole at build time, and each page of results costs a fixed number of queries.
"""

from dataclasses import dataclass

import graphene
from grapple.types.structures import PaginationType
from wagtail.models import Page

from cms.content.locales import LOCALE_ARGUMENT_HELP, locale_code_for_id, resolve_locale
from cms.content.pagination import paginate
from cms.content.selectors import public_redirects, public_versions_by_key, sitemap_rows
from cms.content.urls import page_urls

from .caching_tags import COLLECTOR_ATTR
from .conf import api_settings
from .interfaces import Alternate, absolute_url, alternates_from_rows


def max_sitemap_page_size() -> int:
    return api_settings().sitemap_max_per_page


@dataclass
class SitemapItem:
    """One sitemap entry as the selectors read it: a row of ``SITEMAP_FIELDS`` (not a Page
    model: a sitemap page holds up to a thousand) and the page of entries it belongs to."""

    row: dict
    listing: "SitemapListing"
    #: ``Page.get_url(request=request)`` of the page.
    url: str | None


class SitemapListing:
    """A page of sitemap entries: the request's URL table, and the public versions of all
    its pages, read in one query at the first ``alternates``."""

    def __init__(self, rows: list[dict], *, request):
        self.request = request
        self.urls = page_urls(request)
        urls = self.urls.urls(rows)
        self.items = [
            SitemapItem(row=row, listing=self, url=url) for row, url in zip(rows, urls, strict=True)
        ]
        self._versions: dict | None = None

    def versions_of(self, row: dict) -> list[dict]:
        if self._versions is None:
            keys = {item.row["translation_key"] for item in self.items}
            self._versions = public_versions_by_key(translation_keys=keys)
        return self._versions.get(row["translation_key"], [])


def _note_pages(info, page_ids) -> None:
    """Tell the response cache that the answer shows these pages (the tags it gives the Page
    models a query resolves: these rows are not models)."""
    collector = getattr(info.context, COLLECTOR_ATTR, None)
    if collector is not None:
        collector.objects.update((Page, pk) for pk in page_ids)


class SitemapEntry(graphene.ObjectType):
    """One public page of a language, as a sitemap lists it."""

    url = graphene.String(required=True, description="Path on the frontend, e.g. `/en/projects/`.")
    href = graphene.String(required=True, description="Absolute URL on the frontend.")
    locale = graphene.String(required=True)
    lastmod = graphene.DateTime(
        description="When the page was last published; null if it never was (a fallback "
        "placeholder)."
    )
    translation_key = graphene.UUID(required=True)
    alternates = graphene.List(
        graphene.NonNull(Alternate),
        required=True,
        description="The page's language versions, plus `x-default`, for `xhtml:link` entries.",
    )

    @staticmethod
    def resolve_url(item, info):
        return item.url

    @staticmethod
    def resolve_href(item, info):
        return absolute_url(item.url)

    @staticmethod
    def resolve_locale(item, info):
        return locale_code_for_id(item.row["locale_id"], request=info.context)

    @staticmethod
    def resolve_lastmod(item, info):
        return item.row["last_published_at"]

    @staticmethod
    def resolve_translation_key(item, info):
        return item.row["translation_key"]

    @staticmethod
    def resolve_alternates(item, info):
        page = item.row
        others = [row for row in item.listing.versions_of(page) if row["pk"] != page["pk"]]
        _note_pages(info, [row["pk"] for row in others])
        return alternates_from_rows([page, *others], urls=item.listing.urls, request=info.context)


class SitemapPage(graphene.ObjectType):
    items = graphene.List(graphene.NonNull(SitemapEntry), required=True)
    pagination = graphene.Field(graphene.NonNull(PaginationType))

    @staticmethod
    def resolve_items(result, info):
        if result.items and isinstance(result.items[0], SitemapItem):
            _note_pages(info, [item.row["pk"] for item in result.items])
        return result.items


class PublicRedirect(graphene.ObjectType):
    """An old address and where it now leads."""

    old_path = graphene.String(
        required=True, description="The old path as Wagtail stores it, e.g. `/stari-projekt`."
    )
    new_url = graphene.String(
        required=True, description="A path on this site, or an absolute address elsewhere."
    )
    is_permanent = graphene.Boolean(required=True, description="301 when true, else 302.")

    @staticmethod
    def resolve_new_url(redirect, info):
        if redirect.redirect_page is None:
            return redirect.redirect_link
        url = page_urls(info.context).url(redirect.redirect_page.url_path)
        if redirect.redirect_page_route_path:
            url = url.rstrip("/") + redirect.redirect_page_route_path
        return url


class RedirectPage(graphene.ObjectType):
    items = graphene.List(graphene.NonNull(PublicRedirect), required=True)
    pagination = graphene.Field(graphene.NonNull(PaginationType))


def _page_arguments() -> dict:
    return {
        "locale": graphene.Argument(graphene.String, description=LOCALE_ARGUMENT_HELP),
        "page": graphene.Int(default_value=1),
        "per_page": graphene.Int(
            default_value=500, description="At most `HEADLESS_SITEMAP_MAX_PER_PAGE` (1000)."
        ),
    }


class RoutingQueries:
    sitemap = graphene.Field(
        graphene.NonNull(SitemapPage),
        **_page_arguments(),
        description="Every published, public page of one language, in tree order.",
    )
    redirects = graphene.Field(
        graphene.NonNull(RedirectPage),
        **_page_arguments(),
        description="Redirects to public pages of one language and to other sites.",
    )

    def resolve_sitemap(self, info, page, per_page, locale=None):
        language = resolve_locale(locale, request=info.context)
        result = paginate(
            sitemap_rows(locale=language),
            page=page,
            per_page=per_page,
            max_size=max_sitemap_page_size(),
        )
        result.items = SitemapListing(result.items, request=info.context).items
        return result

    def resolve_redirects(self, info, page, per_page, locale=None):
        language = resolve_locale(locale, request=info.context)
        return paginate(
            public_redirects(locale=language),
            page=page,
            per_page=per_page,
            max_size=max_sitemap_page_size(),
        )
