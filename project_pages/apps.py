from django.apps import AppConfig


class ProjectPagesConfig(AppConfig):
    name = "project_pages"
    verbose_name = "Projects"
    # As its migrations have it, whatever DEFAULT_AUTO_FIELD the host project sets.
    default_auto_field = "django.db.models.BigAutoField"
