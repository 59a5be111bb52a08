from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    name = "cms.graphql"
    label = "headless"
    verbose_name = "Headless delivery API"

    def ready(self):
        from . import changes

        # Wagtail's page, snippet and settings signals become content_changed.
        changes.connect()
