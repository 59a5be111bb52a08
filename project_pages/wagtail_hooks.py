from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.content.pagination import max_per_page
from cms.graphql.registry import LOCALE_PAGES, register_public_queries, snippets
from cms.translator_limits import LocalePermissionPolicy, LocalisedSnippetViewSet

from .graphql import ProjectQueries
from .models import FundingProgramme, Person, TargetGroup

register_public_queries(
    ProjectQueries,
    root_fields={
        "targetGroups": snippets(TargetGroup),
        "fundingProgrammes": snippets(FundingProgramme),
        "projects": LOCALE_PAGES,
    },
    # The listing's pages are paginated at most max_per_page (cms.content.pagination).
    list_maxima={"Query.projects": max_per_page, "ProjectIndexPage.projects": max_per_page},
)
for model in (TargetGroup, FundingProgramme):
    register_permission_policy(model, LocalePermissionPolicy(model))


class TargetGroupViewSet(LocalisedSnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class FundingProgrammeViewSet(LocalisedSnippetViewSet):
    model = FundingProgramme
    icon = "tag"
    menu_label = _("Funding programmes")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Contact persons")
    list_display = ["display_name", "email", "phone"]
    search_fields = ["name", "email"]


class ProjectSnippets(SnippetViewSetGroup):
    items = (TargetGroupViewSet, FundingProgrammeViewSet, PersonViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Projects")
    menu_name = "project-snippets"


register_snippet(ProjectSnippets)
