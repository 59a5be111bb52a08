from django.apps import AppConfig


class ProjectPagesConfig(AppConfig):
    name = "project_pages"
    verbose_name = "Projects"
