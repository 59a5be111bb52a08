from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cms.graphql.registry import LOCALE_PAGES, register_public_queries, snippets
from cms.translator_limits import LocalePermissionPolicy, LocalisedSnippetViewSet

from . import admin_recurrence
from .graphql import MAX_UPCOMING, CalendarQueries
from .graphql_fields import MAX_NEXT_OCCURRENCES
from .models import EventCategory, Venue
from .selectors import MAX_OCCURRENCES

register_public_queries(
    CalendarQueries,
    root_fields={
        "eventCategories": snippets(EventCategory),
        "venues": snippets(Venue),
        "events": LOCALE_PAGES,
        "calendarMonth": LOCALE_PAGES,
        "upcomingEvents": LOCALE_PAGES,
    },
    list_maxima={
        "Query.events": MAX_OCCURRENCES,
        "Query.upcomingEvents": MAX_UPCOMING,
        "ProjectPage.events": MAX_UPCOMING,
        "EventPage.nextOccurrences": MAX_NEXT_OCCURRENCES,
        # What a month grid cannot exceed.
        "CalendarMonth.weeks": 6,
        "CalendarWeek.days": 7,
    },
)
for model in (Venue, EventCategory):
    register_permission_policy(model, LocalePermissionPolicy(model))


class VenueViewSet(LocalisedSnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "branch", "address", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class EventCategoryViewSet(LocalisedSnippetViewSet):
    model = EventCategory
    icon = "tag"
    menu_label = _("Event categories")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class CalendarSnippets(SnippetViewSetGroup):
    items = (VenueViewSet, EventCategoryViewSet)
    menu_icon = "date"
    menu_label = _("Calendar")
    menu_name = "calendar-snippets"


register_snippet(CalendarSnippets)


@hooks.register("register_admin_urls")
def register_recurrence_preview_url():
    """The event editor's live check of the repetition (``admin_recurrence``)."""
    return admin_recurrence.urlpatterns()


# The admin calendar for event editors: its URLs and menu item register on import.
from .admin_calendar import hooks as admin_calendar_hooks  # noqa: E402, F401
