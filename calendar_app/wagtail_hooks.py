from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.graphql.registry import register_public_queries

from .graphql import CalendarQueries
from .models import EventCategory, Venue

register_public_queries(CalendarQueries)


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = "Venues"
    list_display = ["name", "branch", "address", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    menu_label = "Event categories"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class CalendarSnippets(SnippetViewSetGroup):
    items = (VenueViewSet, EventCategoryViewSet)
    menu_icon = "date"
    menu_label = "Calendar"
    menu_name = "calendar-snippets"


register_snippet(CalendarSnippets)
