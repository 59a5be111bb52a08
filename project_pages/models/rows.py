"""The rows a project page holds: its partners, contacts, materials and logos, and the
querysets that load them with what the API serves of them."""

from functools import cache

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from grapple.models import GraphQLField, GraphQLString
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.images import get_image_model
from wagtail.models import Orderable, TranslatableMixin

from cms.content.documents import document_url, is_public_document
from cms.content.images import in_private_collection, is_public_image
from cms.graphql.countries import Country, country
from cms.graphql.images import PublicImage
from cms.widgets import SnippetChooser

from .taxonomy import Person

PROJECT_PAGE = "project_pages.ProjectPage"


class ProjectPartner(TranslatableMixin, Orderable):
    """An organisation the project works with, listed by country as the seed does.

    Translatable, so that wagtail-localize offers its organisation and city for translation
    ("Trst" is "Trieste" in English); the country, website and logo are kept in step with the
    source. A row takes its page's language (``TranslatableMixin.get_default_locale``)."""

    page = ParentalKey(PROJECT_PAGE, on_delete=models.CASCADE, related_name="partners")
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
        return country(self.country.code, self.page.language_code())

    @property
    def public_logo(self):
        """``logo`` while it may be served, else None."""
        flag = getattr(self, "logo_in_private_collection", None)
        return self.logo if is_public_image(self.logo, in_private=flag) else None


class ProjectContact(Orderable):
    """A contact person of the project (a ``Person``, shared between projects), in order."""

    page = ParentalKey(PROJECT_PAGE, on_delete=models.CASCADE, related_name="contacts")
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

    page = ParentalKey(PROJECT_PAGE, on_delete=models.CASCADE, related_name="materials")
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

    page = ParentalKey(PROJECT_PAGE, on_delete=models.CASCADE, related_name="logos")
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


def with_renditions(image_field: str) -> Prefetch:
    """The renditions of the images behind ``image_field``, in one query."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{image_field}__renditions",
        queryset=rendition_model.objects.all(),
        to_attr="prefetched_renditions",
    )


@cache
def _in_private_collection(collection: str):
    """``in_private_collection(collection)``, built once per process: the expression nests
    three querysets, and a queryset that is annotated with it resolves a copy of it, never
    the expression itself."""
    return in_private_collection(collection)


def logos_with_images():
    return (
        ProjectLogo.objects.select_related("image")
        .annotate(image_in_private_collection=_in_private_collection("image__collection"))
        .prefetch_related(with_renditions("image"))
    )


def partners_with_logos():
    return ProjectPartner.objects.select_related("logo").annotate(
        logo_in_private_collection=_in_private_collection("logo__collection")
    )


def attach_partner_countries(pages: list) -> None:
    """Set ``partner_country_codes`` on each page: its partners' countries, for all the pages in
    one query of two columns (a project card shows the countries, not the partners)."""
    codes: dict[int, set[str]] = {page.pk: set() for page in pages}
    rows = ProjectPartner.objects.filter(page_id__in=list(codes)).values_list("page_id", "country")
    for page_id, code in rows.order_by().distinct():
        codes[page_id].add(str(code))
    for page in pages:
        page.partner_country_codes = codes[page.pk]
