from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cms.graphql.registry import register_public_queries, snippets
from cms.translation_review import review_instead_of_publishing
from cms.translator_limits import (
    END_TRANSLATION_MESSAGE,
    LocalePermissionPolicy,
    LocalisedSnippetViewSet,
    may_end,
    refuse,
)

from .graphql import SiteQueries
from .models import MainMenu, SiteFooter

register_public_queries(
    SiteQueries,
    # Links to pages are served in their public version of the requested locale.
    root_fields={
        "siteSettings": snippets(SiteFooter, locale_pages=True),
        "navigation": snippets(MainMenu, locale_pages=True),
        "mainMenu": snippets(MainMenu, locale_pages=True),
    },
)
for model in (MainMenu, SiteFooter):
    register_permission_policy(model, LocalePermissionPolicy(model))


class SiteFooterViewSet(LocalisedSnippetViewSet):
    model = SiteFooter
    icon = "doc-full"
    menu_label = _("Footer")
    list_display = ["__str__", "cookie_notice", "locale"]
    list_filter = ["locale"]


class MainMenuViewSet(LocalisedSnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


class SiteSnippets(SnippetViewSetGroup):
    items = (MainMenuViewSet, SiteFooterViewSet)
    menu_icon = "site"
    menu_label = _("Site")
    menu_name = "site-snippets"


register_snippet(SiteSnippets)


# Deleting a page and converting a translation to an alias take it off the site: like
# unpublishing, they need publish rights (README, "Editorial roles"). Wagtail lets anyone who
# may edit a page delete it while it is not live, drafts of translations included.


@hooks.register("before_delete_page")
def refuse_deleting_without_publish_rights(request, page):
    if not may_end(request.user, page):
        return refuse(request, END_TRANSLATION_MESSAGE)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_without_publish_rights(request, action_type, objects, action):
    if action_type == "delete" and any(
        isinstance(page, Page) and not may_end(request.user, page) for page in objects
    ):
        return refuse(request, END_TRANSLATION_MESSAGE)
    return None


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias_without_publish_rights(menu_items, request, context):
    page = context.get("page")
    if page is not None and not may_end(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


# A translator's "publish" in wagtail-localize's editor submits the translation for review
# (cms.translation_review); this runs before wagtail-localize's own hook, which would refuse it.
hooks.register("before_edit_page", review_instead_of_publishing, order=-1)
