from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.graphql.registry import register_public_queries

from .graphql import SiteQueries
from .models import MainMenu, SiteFooter

register_public_queries(SiteQueries)


class SiteFooterViewSet(SnippetViewSet):
    model = SiteFooter
    icon = "doc-full"
    menu_label = _("Footer")
    list_display = ["__str__", "cookie_notice", "locale"]
    list_filter = ["locale"]


class MainMenuViewSet(SnippetViewSet):
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
