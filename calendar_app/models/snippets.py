"""Where events happen and how they are grouped."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from grapple.models import GraphQLField, GraphQLFloat, GraphQLString
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.content.locales import locale_code_for_id
from cms.graphql.countries import Country, country
from cms.graphql.localization import ServedLocaleMixin, served_locale_graphql_fields
from cms.widgets import ChooserTexts
from project_pages.models.taxonomy import TaxonomyTerm


class Venue(ServedLocaleMixin, TranslatableMixin, index.Indexed, models.Model):
    """A place events happen: a library branch or a partner's hall. Translatable, because its
    name, address line, town and accessibility notes are read in each language; the postal
    code, country and position are kept in step with the source. The address comes in parts
    because search engines read it so (schema.org ``PostalAddress`` in an event's
    ``structuredData``)."""

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
        help_text=_("Street and number, e.g. 'Kersnikova 2'."),
    )
    postal_code = models.CharField(
        _("postal code"), max_length=20, blank=True, help_text=_("e.g. '1000'.")
    )
    locality = models.CharField(
        _("town"), max_length=100, blank=True, help_text=_("e.g. 'Ljubljana'.")
    )
    country = CountryField(_("country"), default="SI")
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
        FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
        FieldPanel("country"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Position"),
        ),
        FieldPanel("accessibility"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [
        SynchronizedField("postal_code"),
        SynchronizedField("country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]
    graphql_fields = [
        GraphQLString("name", required=True),
        GraphQLString("branch", required=True),
        GraphQLString(
            "address", required=True, description="Street and number, e.g. `Kersnikova 2`."
        ),
        GraphQLString(
            "postal_code", required=True, description="e.g. `1000`; empty when not given."
        ),
        GraphQLString(
            "locality",
            required=True,
            description="The town, in the venue's language; empty when not given.",
        ),
        GraphQLField(
            "country",
            Country,
            source="country_in_locale",
            required=True,
            description="Named in the venue's language.",
        ),
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

    def country_in_locale(self, info) -> Country:
        """The country named in the venue's language; the language from the request's list
        of locales, so a listing's venues cost no query each."""
        language = locale_code_for_id(self.locale_id, request=info.context)
        return country(self.country.code, language)


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
