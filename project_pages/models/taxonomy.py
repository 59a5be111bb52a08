"""Snippets that classify and staff projects, shared with the calendar (audiences)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLString
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.graphql.localization import ServedLocaleMixin, served_locale_graphql_fields
from cms.widgets import ChooserTexts


class TaxonomyTerm(ServedLocaleMixin, TranslatableMixin, index.Indexed, models.Model):
    """A translatable term with a stable ``slug`` that frontends filter by in every language.

    The slug is kept in step across translations (wagtail-localize synchronises it), so
    ``targetGroup: "unemployed"`` means the same term in sl and en.
    """

    name = models.CharField(
        _("name"), max_length=120, help_text=_("As readers see it, in this language.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "Stable identifier used in filters and URLs, the same in every language, "
            "e.g. 'unemployed'."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("slug")]
    graphql_fields = [
        GraphQLString("name", required=True),
        GraphQLString("slug", required=True),
        *served_locale_graphql_fields(),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class TargetGroup(TaxonomyTerm):
    """Who a project or an event is for: "slepi in slabovidni uporabniki", "brezposelne osebe"."""

    chooser_texts = ChooserTexts(
        _("Choose a target group"), _("Choose another target group"), _("Edit this target group")
    )

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_target_group_slug")
        ]


class FundingProgramme(TaxonomyTerm):
    """The programme that funds a project: Erasmus+ KA2, Grundtvig, ICORN, …"""

    chooser_texts = ChooserTexts(
        _("Choose a funding programme"),
        _("Choose another funding programme"),
        _("Edit this funding programme"),
    )

    website = models.URLField(
        _("website"), blank=True, help_text=_("The programme's official page.")
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("website")]
    graphql_fields = [*TaxonomyTerm.graphql_fields, GraphQLString("website")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_programme_slug")
        ]


class Person(index.Indexed, models.Model):
    """A contact person, reused across projects. Not translated: a name is the same in every
    language, and so is an academic title such as "dr." or "mag."."""

    chooser_texts = ChooserTexts(
        _("Choose a contact person"),
        _("Choose another contact person"),
        _("Edit this contact person"),
    )

    honorific = models.CharField(
        _("honorific"),
        max_length=20,
        blank=True,
        help_text=_('Academic or professional title shown before the name, e.g. "dr." or "mag.".'),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("First and last name."))
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("International format, e.g. +386 1 308 52 00."),
    )

    panels = [FieldPanel("honorific"), FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    graphql_fields = [
        GraphQLString("honorific", required=True),
        GraphQLString("name", required=True),
        GraphQLString("display_name", required=True),
        GraphQLString("email", required=True),
        GraphQLString("phone", required=True),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("persons")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}".strip()
