from django.apps import AppConfig


class CalendarAppConfig(AppConfig):
    name = "calendar_app"
    verbose_name = "Calendar"
    # As its migrations have it, whatever DEFAULT_AUTO_FIELD the host project sets.
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: both import the models, which Django has loaded only by now.
        from . import graphql, signals

        # Project pages serve their events (see graphql.extend_project_pages).
        graphql.extend_project_pages()
        # iCalendar UID and SEQUENCE: kept by the page row, raised on each publication.
        signals.connect()
