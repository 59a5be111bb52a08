"""Where events happen and how they are grouped."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLFloat, GraphQLString
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.graphql.localization import ServedLocaleMixin, served_locale_graphql_fields
from project_pages.models.taxonomy import TaxonomyTerm
from project_pages.widgets import ChooserTexts


class Venue(ServedLocaleMixin, TranslatableMixin, index.Indexed, models.Model):
    """A place events happen: a library branch or a partner's hall. Translatable, because its
    name, address line and accessibility notes are read in each language."""

    chooser_texts = ChooserTexts(
        _("Choose a venue"), _("Choose another venue"), _("Edit this venue")
    )

    name = models.CharField(
        _("name"), max_length=150, help_text=_("e.g. 'Knjižnica Otona Župančiča'.")
    )
    branch = models.CharField(
        _("branch"),
        max_length=150,
        blank=True,
        help_text=_("The library branch it belongs to, if any."),
    )
    address = models.CharField(
        _("address"),
        max_length=250,
        help_text=_("Street, number, postcode and town, e.g. 'Kersnikova 2, 1000 Ljubljana'."),
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("For maps, e.g. 46.0541 (optional)."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("For maps, e.g. 14.5039 (optional)."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, lifts, induction loop, accessible toilets, guide dogs…"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("branch"),
        FieldPanel("address"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Position"),
        ),
        FieldPanel("accessibility"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("latitude"), SynchronizedField("longitude")]
    graphql_fields = [
        GraphQLString("name", required=True),
        GraphQLString("branch", required=True),
        GraphQLString("address", required=True),
        GraphQLFloat("latitude"),
        GraphQLFloat("longitude"),
        GraphQLString("accessibility", required=True),
        *served_locale_graphql_fields(),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def __str__(self):
        return self.name


class EventCategory(TaxonomyTerm):
    """What kind of event it is: workshop, talk, exhibition, reading club, …"""

    chooser_texts = ChooserTexts(
        _("Choose an event category"),
        _("Choose another event category"),
        _("Edit this event category"),
    )

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_event_category_slug")
        ]
