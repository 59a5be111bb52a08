from wagtail import hooks

from cms.content.change_sources import announce_bulk_action
from cms.content.rich_text import (
    PublicDocumentLinkHandler,
    PublicImageEmbedHandler,
    PublicPageLinkHandler,
)

from .queries import PublicPageQueries
from .registry import register_public_queries
from .routing import RoutingQueries

register_public_queries(PublicPageQueries)
register_public_queries(RoutingQueries)


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
