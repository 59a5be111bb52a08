from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    name = "cms.graphql"
    label = "headless"
    verbose_name = "Headless delivery API"

    def ready(self):
        from . import changes
        from .caching import invalidate_on_change

        # Wagtail's page, snippet and settings signals become content_changed...
        changes.connect()
        # ...and the response cache drops what it holds for each change.
        changes.content_changed.connect(
            invalidate_on_change, dispatch_uid="headless-response-cache"
        )
