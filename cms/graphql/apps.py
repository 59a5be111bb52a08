from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    name = "cms.graphql"
    label = "headless"
    verbose_name = "Headless delivery API"
    # As its migrations have it, whatever DEFAULT_AUTO_FIELD the host project sets.
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # These modules import models, which load only once the app registry is ready.
        from cms.content import change_sources, translation_changes
        from cms.content.changes import content_changed

        from . import checks  # noqa: F401 (registers the served schema's system check)
        from .caching import invalidate_on_change

        # Wagtail's and wagtail-localize's signals and records become content_changed...
        change_sources.connect()
        translation_changes.connect()
        # ...and the response cache drops what it holds for each change.
        content_changed.connect(invalidate_on_change, dispatch_uid="headless-response-cache")
