from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    name = "cms.graphql"
    label = "headless"
    verbose_name = "Headless delivery API"
