from django.conf import settings
from wagtail import hooks
from wagtail.images import get_image_model

from cms.content.change_sources import announce_bulk_action
from cms.content.renditions import RENDITION_WIDTHS
from cms.content.rich_text import (
    PublicDocumentLinkHandler,
    PublicImageEmbedHandler,
    PublicPageLinkHandler,
)

from .arguments import max_page_size
from .queries import PublicPageQueries
from .registry import (
    LOCALE_PAGES,
    NO_CONTENT,
    describe_root_fields,
    register_public_queries,
    snippets,
)
from .routing import RoutingQueries, max_sitemap_page_size


def _languages() -> int:
    return len(settings.WAGTAIL_CONTENT_LANGUAGES)


def _languages_and_default() -> int:
    return _languages() + 1  # hreflang's x-default


register_public_queries(
    PublicPageQueries,
    root_fields={
        "locales": NO_CONTENT,
        "page": LOCALE_PAGES,
        "pages": LOCALE_PAGES,
        "search": LOCALE_PAGES,
    },
    list_maxima={
        "Query.search": max_page_size,
        "Query.locales": _languages,
        "PageInterface.translations": _languages,
        "PageInterface.alternates": _languages_and_default,
    },
)
register_public_queries(
    RoutingQueries,
    root_fields={"sitemap": LOCALE_PAGES, "redirects": LOCALE_PAGES},
    list_maxima={
        "Query.sitemap": max_sitemap_page_size,
        "Query.redirects": max_sitemap_page_size,
        "SitemapEntry.alternates": _languages_and_default,
    },
)
# grapple's own root fields that the schema serves (``schema.GRAPPLE_ROOT_FIELDS``).
describe_root_fields(
    {
        "images": snippets(get_image_model()),
        # An image by id: tagged with its locale's pages, as every root field was by default.
        "image": LOCALE_PAGES,
        "imageType": NO_CONTENT,
    },
    list_maxima={"PublicImage.renditions": len(RENDITION_WIDTHS)},  # one per offered width
)


@hooks.register("register_rich_text_features", order=100)
def register_public_links(features):
    # After Wagtail's own hooks (order 0), which register the stock page and document link
    # handlers and the image embed handler.
    features.register_link_type(PublicPageLinkHandler)
    features.register_link_type(PublicDocumentLinkHandler)
    features.register_embed_type(PublicImageEmbedHandler)


@hooks.register("after_bulk_action")
def announce_bulk_changes(request, action_type, objects, action_class_instance):
    # Inside the action's transaction: the announcements go out when it commits.
    announce_bulk_action(action_type, objects)
