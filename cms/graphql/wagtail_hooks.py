from wagtail import hooks

from .queries import PublicPageQueries
from .registry import register_public_queries
from .rich_text import PublicPageLinkHandler
from .routing import RoutingQueries

register_public_queries(PublicPageQueries)
register_public_queries(RoutingQueries)


@hooks.register("register_rich_text_features", order=100)
def register_public_page_links(features):
    # After Wagtail's own hook (order 0), which registers the stock page link handler.
    features.register_link_type(PublicPageLinkHandler)
