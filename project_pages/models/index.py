"""The project index: the page that lists a language's projects."""

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessMixin

from cms.forms import CompletePageForm
from cms.graphql.html import GraphQLSafeHTML

#: The ``projects`` field with its arguments and resolver. Named by path and built with the
#: schema: ``project_pages.graphql`` imports these models for the listing.
LISTING_FIELD = "project_pages.graphql.listing_field"


class ProjectIndexPage(HeadlessMixin, Page):
    """The library's catalogue of international projects ("Mednarodni projekti"): an intro and
    the listing of the projects below it."""

    intro = RichTextField(
        _("intro"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the list of projects: why the library takes part in them."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    graphql_fields = [
        GraphQLSafeHTML("intro", required=True),
        lambda: import_string(LISTING_FIELD)("projects"),
    ]

    subpage_types = ["project_pages.ProjectPage"]
    base_form_class = CompletePageForm
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index page")
        verbose_name_plural = _("project index pages")
