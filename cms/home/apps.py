from django.apps import AppConfig
from django.db.models.signals import post_save, pre_save


class HomeConfig(AppConfig):
    name = "cms.home"
    label = "home"
    verbose_name = "Site home"

    def ready(self):
        # Models, and Wagtail's actions on them, load only once the app registry is ready.
        from calendar_app.models import EventIndexPage

        from .publishing import make_publishing_atomic
        from .roles import let_event_managers_into_new_calendars
        from .translation_drafts import keep_converted_translation_offline

        post_save.connect(
            let_event_managers_into_new_calendars,
            sender=EventIndexPage,
            dispatch_uid="event-managers-into-new-calendars",
        )
        pre_save.connect(
            keep_converted_translation_offline,
            dispatch_uid="keep-converted-translation-offline",
        )
        make_publishing_atomic()
