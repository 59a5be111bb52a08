"""The library's international projects as Wagtail pages, served over GraphQL.

A reusable app: it depends on Wagtail, grapple and the shared headless layer (``cms.graphql``),
never on the site's settings or urls.
"""
