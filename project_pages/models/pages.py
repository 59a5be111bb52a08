"""A project page: what a project is, when it runs, who funds it, and who takes part."""

import graphene
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from grapple.models import (
    GraphQLField,
    GraphQLInt,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessMixin

from cms.blocks import BodyBlock, served_blocks
from cms.content.context import current_context
from cms.content.images import is_public_image
from cms.content.listing import is_preview, listing_of, prefetch
from cms.graphql.countries import Country, country
from cms.graphql.images import PublicImage
from cms.graphql.json import JSONObject
from cms.graphql.localization import localized_for_listing
from cms.graphql.types import model_list, snippet_list, snippet_type
from cms.panels import InlinePanel, Tab, TermsInPageLocalePanel
from cms.widgets import SnippetChooser

from ..blocks import GoalsBlock
from ..enums import LibraryRole, LibraryRoleEnum, ProjectStatusEnum
from ..forms import ProjectPageForm
from ..jsonld import project_json_ld
from ..periods import Period
from .rows import (
    ProjectContact,
    ProjectMaterial,
    ProjectPartner,
    attach_partner_countries,
    logos_with_images,
    partners_with_logos,
    with_renditions,
)
from .taxonomy import FundingProgramme, Person, TargetGroup


class ProjectPage(HeadlessMixin, Page):
    """One international project the library coordinates or takes part in."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences for project cards and search results (plain text)."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        help_text=_("The year the project started, e.g. 2020. Leave empty if it is not known."),
    )
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        help_text=_("The exact start date, if known (optional)."),
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        help_text=_("The year the project ended or will end. Leave empty while it is open-ended."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("The exact end date, if known (optional)."),
    )
    starts_on = models.DateField(null=True, editable=False, db_index=True)
    ends_on = models.DateField(null=True, editable=False, db_index=True)

    goals = StreamField(
        GoalsBlock(),
        blank=True,
        verbose_name=_("goals"),
        help_text=_("Add one 'Goal' per list item, or a paragraph for goals written as prose."),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        blank=True,
        related_name="projects",
        verbose_name=_("target groups"),
        help_text=format_lazy(
            _("Who the project is for, in this page's language. Manage the list under {menu}."),
            # The admin menu's labels (``project_pages.wagtail_hooks``), as editors see them.
            menu=format_lazy("{} › {}", _("Projects"), _("Target groups")),
        ),
    )
    body = StreamField(
        BodyBlock(), blank=True, verbose_name=_("body"), help_text=_("The full description.")
    )
    programme = models.ForeignKey(
        FundingProgramme,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
        verbose_name=_("funding programme"),
        help_text=_("The programme that funds the project, e.g. Erasmus+ KA2."),
    )
    library_role = models.CharField(
        _("library role"),
        max_length=20,
        choices=LibraryRole.choices,
        default=LibraryRole.PARTNER,
        help_text=_("The library's part in the project."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The project's own website, if it has one.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("goals"),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("start_date")]),
                FieldRowPanel([FieldPanel("end_year"), FieldPanel("end_date")]),
            ],
            heading=_("Duration"),
            help_text=_("A year is enough; add exact dates when they are known."),
        ),
        TermsInPageLocalePanel("programme", widget=SnippetChooser(FundingProgramme)),
        FieldPanel("library_role"),
        TermsInPageLocalePanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("website"),
        InlinePanel(
            "contacts",
            heading=_("Contact persons"),
            label=_("Contact person"),
            add_label=_("Add a contact person"),
        ),
    ]
    partners_panels = [
        InlinePanel(
            "partners", heading=_("Partners"), label=_("Partner"), add_label=_("Add a partner")
        )
    ]
    materials_panels = [
        InlinePanel(
            "materials", heading=_("Materials"), label=_("Material"), add_label=_("Add a material")
        ),
        InlinePanel("logos", heading=_("Logos"), label=_("Logo"), add_label=_("Add a logo")),
    ]
    edit_handler = TabbedInterface(
        [
            Tab(content_panels, heading=_("Content")),
            Tab(facts_panels, heading=_("Project facts")),
            Tab(partners_panels, heading=_("Partners")),
            Tab(materials_panels, heading=_("Materials")),
            Tab(Page.promote_panels, heading=_("Promotion")),
            Tab(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("goals"),
        index.SearchField("body"),
        index.FilterField("starts_on"),
        index.FilterField("ends_on"),
    ]

    graphql_fields = [
        GraphQLString("summary", required=True),
        GraphQLInt("start_year"),
        GraphQLInt("end_year"),
        GraphQLField("start_date", graphene.Date),
        GraphQLField("end_date", graphene.Date),
        GraphQLField("status", lambda: ProjectStatusEnum),
        GraphQLString("duration_label", required=True),
        GraphQLStreamfield("goals", required=True),
        GraphQLStreamfield("body", source="served_body", required=True),
        GraphQLField(
            "target_groups",
            lambda: snippet_list(TargetGroup),
            source="target_groups_in_locale",
            required=True,
        ),
        GraphQLField(
            "programme", lambda: snippet_type(FundingProgramme), source="programme_in_locale"
        ),
        GraphQLField("library_role", lambda: LibraryRoleEnum, required=True),
        GraphQLString("website"),
        GraphQLField(
            "partners", lambda: model_list(ProjectPartner), source="partners_list", required=True
        ),
        GraphQLField("partner_countries", graphene.List(graphene.NonNull(Country)), required=True),
        GraphQLField(
            "contacts", lambda: snippet_list(Person), source="contact_persons", required=True
        ),
        GraphQLField(
            "materials",
            lambda: model_list(ProjectMaterial),
            source="public_materials",
            required=True,
        ),
        GraphQLField(
            "logos",
            graphene.List(graphene.NonNull(PublicImage)),
            source="logo_images",
            required=True,
        ),
        GraphQLField("logo", PublicImage),
        GraphQLField(
            "structured_data",
            JSONObject,
            required=True,
            description="schema.org `Project` as JSON-LD, for a "
            '`<script type="application/ld+json">`: dates, funding programme, partners, logo.',
        ),
    ]

    parent_page_types = ["project_pages.ProjectIndexPage"]
    subpage_types = []
    base_form_class = ProjectPageForm

    class Meta:
        verbose_name = _("project page")
        verbose_name_plural = _("project pages")

    @property
    def period(self) -> Period:
        return Period(self.start_year, self.start_date, self.end_year, self.end_date)

    def clean(self):
        super().clean()
        errors = {}
        for year_field, date_field in (("start_year", "start_date"), ("end_year", "end_date")):
            year, exact = getattr(self, year_field), getattr(self, date_field)
            if exact and not year:
                setattr(self, year_field, exact.year)
            elif exact and exact.year != year:
                errors[date_field] = _(
                    "The exact date is not in %(year)s: correct the year or date."
                ) % {"year": year}
        if self.end_year and not self.start_year:
            errors["start_year"] = _("Give the start year when the end year is known.")
        period = self.period
        if not errors and period.ends_on and period.starts_on and period.ends_on < period.starts_on:
            errors["end_year"] = _("The project cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.starts_on, self.ends_on = self.period.starts_on, self.period.ends_on
        super().save(*args, **kwargs)

    # What the API serves, by the names in graphql_fields.

    @property
    def status(self) -> str | None:
        status = self.period.status(timezone.localdate())
        return status.value if status else None

    @property
    def duration_label(self) -> str:
        return self.period.label(self.language_code())

    def language_code(self) -> str:
        """``self.locale.language_code``, with the locale taken from the request's table of
        locales (read once per request) rather than by a query of its own."""
        if not ProjectPage.locale.is_cached(self):
            locales = current_context().locales_by_code or {}
            for locale in locales.values():
                if locale.pk == self.locale_id:
                    self.locale = locale
                    break
        return self.locale.language_code

    def served_body(self, info):
        return served_blocks(self.body, request=info.context)

    # Relations are loaded for the page's whole listing at the first read (cms.content.listing).

    @property
    def target_groups_in_locale(self) -> list[TargetGroup]:
        prefetch(self, "target_groups")
        return localized_for_listing(self, "target_groups", lambda page: page.target_groups.all())

    @property
    def programme_in_locale(self) -> FundingProgramme | None:
        if self.programme is None:
            return None
        served = localized_for_listing(
            self, "programme", lambda page: [page.programme] if page.programme else []
        )
        return served[0] if served else None

    @property
    def partners_list(self) -> list[ProjectPartner]:
        _prefetch_once(self, "partners", partners_with_logos)
        prefetch(self, with_renditions("partners__logo"))
        return list(self.partners.all())

    @property
    def partner_countries(self) -> list[Country]:
        if is_preview(self) or "partners" in getattr(self, "_prefetched_objects_cache", {}):
            codes = {partner.country.code for partner in self.partners.all()}
        else:  # a card: the countries alone, not the partners with their logos
            listing_of(self).load(("partner countries",), attach_partner_countries)
            codes = self.partner_country_codes
        return [country(code, self.language_code()) for code in sorted(codes)]

    @property
    def contact_persons(self) -> list[Person]:
        _prefetch_once(self, "contacts", lambda: ProjectContact.objects.select_related("person"))
        return [contact.person for contact in self.contacts.all()]

    @property
    def public_materials(self) -> list[ProjectMaterial]:
        _prefetch_once(
            self,
            "materials",
            lambda: ProjectMaterial.objects.select_related("document__collection"),
        )
        return [material for material in self.materials.all() if material.is_public]

    @property
    def logo_images(self):
        """The logos' images that may be served. A preview's logos come from the revision,
        without the annotation: ``is_public_image`` looks their collections up then."""
        _prefetch_once(self, "logos", logos_with_images)
        return [
            logo.image
            for logo in self.logos.all()
            if is_public_image(
                logo.image, in_private=getattr(logo, "image_in_private_collection", None)
            )
        ]

    @property
    def logo(self):
        logos = self.logo_images
        return logos[0] if logos else None

    @property
    def structured_data(self) -> dict:
        return project_json_ld(self)


def _prefetch_once(page: ProjectPage, relation: str, queryset) -> None:
    """``prefetch(page, Prefetch(relation, queryset=queryset()))``, building the queryset only
    the first time the listing loads ``relation``: every later item of the listing skips it
    (a queryset with annotations costs more to build than the loaded rows cost to read)."""
    if not is_preview(page):
        listing_of(page).load(
            (relation,),
            lambda items: prefetch_related_objects(items, Prefetch(relation, queryset=queryset())),
        )
