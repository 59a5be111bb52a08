"""The shared headless layer: what every content app needs to be served safely over GraphQL.

It knows locales, the public page interface (``locale``, ``translations``), error codes and
limits, and nothing about this particular site: ``project_pages`` and ``calendar_app`` import
from here, and another Wagtail site can install it as the Django app ``cms.graphql``.
"""
