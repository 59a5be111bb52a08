from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLRichText, GraphQLString
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessMixin


class HomePage(HeadlessMixin, Page):
    """The root of one language's tree (one per locale): what a frontend's home screen shows.

    Sections such as the project index and the calendar live below it.
    """

    intro = RichTextField(
        _("intro"),
        blank=True,
        features=["bold", "italic", "link", "document-link"],
        help_text=_("A short welcome shown at the top of the home page."),
    )
    strapline = models.CharField(
        _("strapline"),
        max_length=200,
        blank=True,
        help_text=_("One line under the library's name, e.g. 'Knjižnica za vse'."),
    )

    content_panels = [*Page.content_panels, FieldPanel("strapline"), FieldPanel("intro")]

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    graphql_fields = [GraphQLString("strapline"), GraphQLRichText("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
