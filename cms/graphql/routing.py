"""What a frontend needs to build its routes: every public URL of a language (``sitemap``)
and the redirects editors set up in Wagtail (``redirects``).

grapple's own ``redirects`` returns every redirect, including those to drafts and private
pages; these lists only hold what the public may reach. Both are paginated with a larger
maximum page size than content listings (``HEADLESS_SITEMAP_MAX_PER_PAGE``), since a frontend
reads them whole at build time, and each page of results costs a fixed number of queries.
"""

import graphene
from grapple.types.structures import PaginationType

from cms.content.locales import LOCALE_ARGUMENT_HELP, locale_code_for_id, resolve_locale
from cms.content.pagination import paginate
from cms.content.selectors import prepare_for_listing, public_redirects, sitemap_pages

from .conf import api_settings
from .interfaces import Alternate, absolute_url, alternates_of


def max_sitemap_page_size() -> int:
    return api_settings().sitemap_max_per_page


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
    def resolve_url(page, info):
        return page.get_url(request=info.context)

    @staticmethod
    def resolve_href(page, info):
        return absolute_url(page.get_url(request=info.context))

    @staticmethod
    def resolve_locale(page, info):
        return locale_code_for_id(page.locale_id, request=info.context)

    @staticmethod
    def resolve_lastmod(page, info):
        return page.last_published_at

    @staticmethod
    def resolve_alternates(page, info):
        return alternates_of(page, request=info.context)


class SitemapPage(graphene.ObjectType):
    items = graphene.List(graphene.NonNull(SitemapEntry), required=True)
    pagination = graphene.Field(graphene.NonNull(PaginationType))


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
        url = redirect.redirect_page.get_url(request=info.context)
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
            sitemap_pages(locale=language),
            page=page,
            per_page=per_page,
            max_size=max_sitemap_page_size(),
        )
        result.items = prepare_for_listing(result.items)
        return result

    def resolve_redirects(self, info, page, per_page, locale=None):
        language = resolve_locale(locale, request=info.context)
        return paginate(
            public_redirects(locale=language),
            page=page,
            per_page=per_page,
            max_size=max_sitemap_page_size(),
        )
