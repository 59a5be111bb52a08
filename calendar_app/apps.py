from django.apps import AppConfig


class CalendarAppConfig(AppConfig):
    name = "calendar_app"
    verbose_name = "Calendar"
    # As its migrations have it, whatever DEFAULT_AUTO_FIELD the host project sets.
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from project_pages.models import ProjectPage

        from . import signals
        from .graphql import project_events_field

        # The calendar extends project pages with their events: projects do not depend on the
        # calendar, the calendar depends on projects.
        ProjectPage.graphql_fields = [
            *ProjectPage.graphql_fields,
            lambda: project_events_field("events"),
        ]
        # iCalendar UID and SEQUENCE: kept by the page row, raised on each publication.
        signals.connect()
