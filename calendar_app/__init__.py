"""Events and the month calendar as Wagtail pages, served over GraphQL and iCalendar.

A reusable app: it depends on Wagtail, grapple and the shared headless layer (``cms.graphql``),
never on the site's settings or urls.
"""
