"""The page interface every page type in the API implements.

It extends grapple's ``PageInterface`` (and keeps its GraphQL name) with what a multilingual
headless frontend needs on every page: the page's own ``locale`` and its ``translations`` for a
language switcher. This module must not import ``grapple.types.pages`` (circular import).
"""

import graphene
from grapple.types.interfaces import PageInterface

from .locales import locale_code_for_id
from .selectors import public_parent_of, public_translations_of


class PageTranslation(graphene.ObjectType):
    """Another public language version of a page, enough to link to it."""

    id = graphene.ID(required=True)
    locale = graphene.String(required=True, description="Language code, e.g. `en`.")
    title = graphene.String(required=True)
    url = graphene.String(description="Path of the page on the frontend, e.g. `/en/projects/`.")

    @staticmethod
    def resolve_locale(page, info):
        return locale_code_for_id(page.locale_id, request=info.context)

    @staticmethod
    def resolve_url(page, info):
        return page.get_url(request=info.context)


class PublicPageInterface(PageInterface):
    locale = graphene.String(
        required=True, description="Language code of this version of the page, e.g. `sl`."
    )
    translations = graphene.List(
        graphene.NonNull(PageTranslation),
        required=True,
        description="The other published, public language versions of this page.",
    )

    class Meta:
        name = "PageInterface"

    def resolve_locale(self, info):
        return locale_code_for_id(self.locale_id, request=info.context)

    def resolve_translations(self, info):
        return public_translations_of(self)

    def resolve_parent(self, info, **kwargs):
        """The parent only when the public may see it (grapple's returns drafts too)."""
        return public_parent_of(self)
