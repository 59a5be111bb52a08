"""The project index and project pages, with their partners, contacts, materials and logos."""

import graphene
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from grapple.models import (
    GraphQLField,
    GraphQLInt,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.coreutils import safe_snake_case
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessMixin

from cms.content.documents import document_url, is_public_document
from cms.content.images import in_private_collection, is_public_image
from cms.content.listing import prefetch
from cms.forms import CompletePageForm
from cms.graphql.countries import Country, country
from cms.graphql.html import GraphQLSafeHTML
from cms.graphql.images import PublicImage
from cms.graphql.json import JSONObject
from cms.graphql.localization import localized_for_listing
from cms.graphql.types import model_list, snippet_list, snippet_type
from cms.panels import InlinePanel

from ..blocks import BodyBlock, GoalsBlock, served_blocks
from ..forms import ProjectPageForm
from ..panels import TermsInPageLocalePanel
from ..periods import Period
from ..widgets import SnippetChooser
from .taxonomy import FundingProgramme, Person, TargetGroup


class LibraryRole(models.TextChoices):
    COORDINATOR = "COORDINATOR", _("Coordinator")
    PARTNER = "PARTNER", _("Partner")
    ASSOCIATE_PARTNER = "ASSOCIATE_PARTNER", _("Associate partner")


class Tab(ObjectList):
    """A tab of the page editor whose id (``#tab-project_facts``) comes from the untranslated
    heading, so it is the same for Slovene and English editors.

    Wagtail derives tab ids from the heading and caches them on the model's edit handler for
    the life of the process; a translated heading would make them depend on the language of
    whoever opened the editor first.
    """

    @property
    def clean_name(self):
        with translation.override(None):
            return safe_snake_case(str(self.heading))


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
        lambda: _projects_listing_field(),
    ]

    subpage_types = ["project_pages.ProjectPage"]
    base_form_class = CompletePageForm
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index page")
        verbose_name_plural = _("project index pages")

    def projects(self, info, **arguments):
        from ..graphql import resolve_project_listing

        return resolve_project_listing(info, locale=self.locale, index=self, **arguments)


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
        return self.period.label(self.locale.language_code)

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
    def partners_list(self) -> list["ProjectPartner"]:
        prefetch(self, Prefetch("partners", queryset=_partners_with_logos()))
        prefetch(self, _with_renditions("partners__logo"))
        return list(self.partners.all())

    @property
    def partner_countries(self) -> list[Country]:
        prefetch(self, Prefetch("partners", queryset=_partners_with_logos()))
        codes = sorted({partner.country.code for partner in self.partners.all()})
        return [country(code, self.locale.language_code) for code in codes]

    @property
    def contact_persons(self) -> list[Person]:
        prefetch(
            self, Prefetch("contacts", queryset=ProjectContact.objects.select_related("person"))
        )
        return [contact.person for contact in self.contacts.all()]

    @property
    def public_materials(self) -> list["ProjectMaterial"]:
        prefetch(
            self,
            Prefetch(
                "materials",
                queryset=ProjectMaterial.objects.select_related("document__collection"),
            ),
        )
        return [material for material in self.materials.all() if material.is_public]

    @property
    def logo_images(self):
        """The logos' images that may be served. A preview's logos come from the revision,
        without the annotation: ``is_public_image`` looks their collections up then."""
        prefetch(self, Prefetch("logos", queryset=_logos_with_images()))
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
        from ..jsonld import project_json_ld

        return project_json_ld(self)


def _with_renditions(image_field: str) -> Prefetch:
    """The renditions of the images behind ``image_field``, in one query."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{image_field}__renditions",
        queryset=rendition_model.objects.all(),
        to_attr="prefetched_renditions",
    )


def _logos_with_images():
    return (
        ProjectLogo.objects.select_related("image")
        .annotate(image_in_private_collection=in_private_collection("image__collection"))
        .prefetch_related(_with_renditions("image"))
    )


def _partners_with_logos():
    return ProjectPartner.objects.select_related("logo").annotate(
        logo_in_private_collection=in_private_collection("logo__collection")
    )


class ProjectPartner(TranslatableMixin, Orderable):
    """An organisation the project works with, listed by country as the seed does.

    Translatable, so that wagtail-localize offers its organisation and city for translation
    ("Trst" is "Trieste" in English); the country, website and logo are kept in step with the
    source. A row takes its page's language (``TranslatableMixin.get_default_locale``)."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_(
            "e.g. 'Kaunas County Public Library'. Leave empty if only the country is known."
        ),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), help_text=_("The partner's country."))
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("The partner's logo, shown on the project page (optional)."),
    )

    panels = [
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    graphql_fields = [
        GraphQLString("organisation", required=True),
        GraphQLString("city", required=True),
        GraphQLField("country", Country, source="country_in_locale", required=True),
        GraphQLString("website", required=True),
        GraphQLField("logo", PublicImage, source="public_logo"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")

    @property
    def country_in_locale(self) -> Country:
        return country(self.country.code, self.page.locale.language_code)

    @property
    def public_logo(self):
        """``logo`` while it may be served, else None."""
        flag = getattr(self, "logo_in_private_collection", None)
        return self.logo if is_public_image(self.logo, in_private=flag) else None


class ProjectContact(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="contacts")
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="+", verbose_name=_("person")
    )

    panels = [FieldPanel("person", widget=SnippetChooser(Person))]

    class Meta(Orderable.Meta):
        verbose_name = _("project contact")
        verbose_name_plural = _("project contacts")


class ProjectMaterial(TranslatableMixin, Orderable):
    """A publication or resource from the project: a document in the CMS or a link elsewhere.
    Translatable like ``ProjectPartner``: its title is translated, the document or address
    kept in step with the source."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(
        _("title"), max_length=200, help_text=_("e.g. 'e-Priročnik dobrih praks'.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("A document from the CMS's library…"),
    )
    external_url = models.URLField(
        _("external URL"), blank=True, help_text=_("…or the address of a file elsewhere.")
    )

    panels = [FieldPanel("title"), FieldPanel("document"), FieldPanel("external_url")]
    graphql_fields = [
        GraphQLString("title", required=True),
        GraphQLString("url", required=True),
        GraphQLString("file_extension"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("project material")
        verbose_name_plural = _("project materials")

    def clean(self):
        super().clean()
        if bool(self.document_id) == bool(self.external_url):
            message = _("Choose a document or enter an external address (one of the two).")
            raise ValidationError({"document": message, "external_url": message})

    @property
    def is_public(self) -> bool:
        if self.document_id is None:
            return bool(self.external_url)
        return is_public_document(self.document)

    @property
    def url(self) -> str:
        return document_url(self.document) if self.document_id else self.external_url

    @property
    def file_extension(self) -> str | None:
        if self.document_id:
            return self.document.file_extension
        path = self.external_url.rsplit("?", 1)[0]
        extension = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
        return extension or None


class ProjectLogo(Orderable):
    """A programme or project logo (e.g. the Erasmus+ logo), in the order to show them."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="logos")
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Give the image a description: it becomes the logo's alt text."),
    )

    panels = [FieldPanel("image")]

    class Meta(Orderable.Meta):
        verbose_name = _("project logo")
        verbose_name_plural = _("project logos")


def _projects_listing_field():
    from ..graphql import listing_field

    return listing_field("projects")


class ProjectStatusEnum(graphene.Enum):
    """Where a project stands today; a year-only end counts to 31 December."""

    PLANNED = "PLANNED"
    ONGOING = "ONGOING"
    COMPLETED = "COMPLETED"

    class Meta:
        name = "ProjectStatus"


class LibraryRoleEnum(graphene.Enum):
    COORDINATOR = "COORDINATOR"
    PARTNER = "PARTNER"
    ASSOCIATE_PARTNER = "ASSOCIATE_PARTNER"

    class Meta:
        name = "LibraryRole"
