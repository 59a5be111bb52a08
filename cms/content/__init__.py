"""The content layer: which pages, images and documents the public may see, and how they are
read, listed, formatted and announced when they change.

Pure Django and Wagtail: nothing here imports graphene or grapple. The GraphQL API
(``cms.graphql``), the iCal feeds, the admin and the webhooks sit on it, and each maps its
``errors.ContentError`` to an error of its own.
"""
