from wagtail import hooks

from .queries import PublicPageQueries
from .registry import register_public_queries
from .rich_text import PublicDocumentLinkHandler, PublicPageLinkHandler
from .routing import RoutingQueries

register_public_queries(PublicPageQueries)
register_public_queries(RoutingQueries)


@hooks.register("register_rich_text_features", order=100)
def register_public_links(features):
    # After Wagtail's own hooks (order 0), which register the stock page and document link
    # handlers.
    features.register_link_type(PublicPageLinkHandler)
    features.register_link_type(PublicDocumentLinkHandler)
