"""The admin calendar's registrations with Wagtail: its URLs under the admin and its menu
item. Imported by ``calendar_app.wagtail_hooks`` (Wagtail loads only an app's own
``wagtail_hooks`` module)."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem

from . import urls


@hooks.register("register_admin_urls")
def register_event_calendar_urls():
    return [path("event-calendar/", include(urls, namespace="event_calendar"))]


class EventCalendarMenuItem(MenuItem):
    """Shown to whoever the page explorer is shown to: the calendar lists explorable events."""

    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_admin_menu_item")
def register_event_calendar_menu_item():
    return EventCalendarMenuItem(
        _("Event calendar"),
        reverse_lazy("event_calendar:month"),
        name="event-calendar",
        icon_name="date",
        order=150,
    )
