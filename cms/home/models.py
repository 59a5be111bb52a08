from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLString
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessMixin

from cms.forms import CompletePageForm
from cms.graphql.html import GraphQLSafeHTML, SafeRichText
from cms.panels import InlinePanel


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
    base_form_class = CompletePageForm

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    # Served as ``RichText`` since the contract's first release: the name stays, the HTML is
    # sanitised like every other rich text.
    graphql_fields = [GraphQLString("strapline"), GraphQLSafeHTML("intro", scalar=SafeRichText)]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


FOOTER_EXISTS_MESSAGE = _(
    "This language already has a footer: edit that one instead of adding another."
)
MAIN_MENU_EXISTS_MESSAGE = _(
    "This language already has a main menu: edit that one instead of adding another."
)


def _page_or_url_errors(obj, page_field: str, url_field: str, *, required: bool) -> dict:
    """Errors for a link that goes to a page of the site or to an external address."""
    has_page = getattr(obj, f"{page_field}_id") is not None
    has_url = bool(getattr(obj, url_field))
    if has_page and has_url:
        message = _("Choose a page or enter an external address, not both.")
        return {page_field: message, url_field: message}
    if required and not (has_page or has_url):
        message = _("Choose a page or enter an external address (one of the two).")
        return {page_field: message, url_field: message}
    return {}


class OnePerLocaleMixin:
    """A translatable snippet of which each language has exactly one (or none yet).

    The unique constraint on ``locale`` guards the database and gives ``full_clean`` its
    message. The admin form has no locale field, so Django leaves that constraint out of the
    form's validation: the same rule is checked here then, for the editor to see the message
    rather than a server error.
    """

    one_per_locale_message = _("This language already has one.")

    def validate_constraints(self, exclude=None):
        super().validate_constraints(exclude=exclude)
        if self.locale_id is None or (exclude and "locale" in exclude):
            self._validate_one_per_locale()

    def _validate_one_per_locale(self):
        locale_id = self.locale_id
        if locale_id is None:  # the default locale, given on save
            try:
                locale_id = self.get_default_locale().pk
            except Locale.DoesNotExist:
                return
        if type(self).objects.filter(locale_id=locale_id).exclude(pk=self.pk).exists():
            raise ValidationError(self.one_per_locale_message)


class SiteFooter(OnePerLocaleMixin, TranslatableMixin, ClusterableModel):
    """What every page of one language shows at the bottom: the cookie notice (with its link to
    the privacy policy and its two buttons) and the partners' logos.

    One per language: the Slovene footer, and its translations. A language that has none yet is
    served the default language's footer (``siteSettings`` says so with ``isFallback``): a site
    must never show no cookie notice at all.
    """

    cookie_notice = models.TextField(
        _("cookie notice"),
        help_text=_(
            "Plain text of the notice readers see until they close it, e.g. 'S tem, ko "
            "uporabljate spletno mesto, dovoljujete uporabo piškotkov …'."
        ),
    )
    privacy_link_label = models.CharField(
        _("privacy policy link text"),
        max_length=100,
        blank=True,
        help_text=_("The words readers click to read the privacy policy."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page with the privacy policy. The link is shown in each language's version "
            "of the page, and only while that version is published and public."
        ),
    )
    privacy_url = models.URLField(
        _("privacy policy address"),
        blank=True,
        help_text=_("Or an address on another site, starting with https://."),
    )
    settings_label = models.CharField(
        _("settings button"),
        max_length=40,
        help_text=_("Label of the button that opens the cookie settings, e.g. 'Nastavitve'."),
    )
    close_label = models.CharField(
        _("close button"),
        max_length=40,
        help_text=_("Label of the button that closes the notice, e.g. 'zapri'."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("cookie_notice"),
                FieldPanel("privacy_link_label"),
                FieldPanel("privacy_page"),
                FieldPanel("privacy_url"),
                FieldPanel("settings_label"),
                FieldPanel("close_label"),
            ],
            heading=_("Cookie notice"),
        ),
        InlinePanel(
            "partner_logos",
            heading=_("Partner logos"),
            label=_("Partner logo"),
            add_label=_("Add a partner logo"),
            help_text=_("Shown in this order, left to right."),
        ),
    ]

    one_per_locale_message = FOOTER_EXISTS_MESSAGE

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")
        constraints = [
            models.UniqueConstraint(
                fields=["locale"],
                name="unique_site_footer_per_locale",
                violation_error_message=FOOTER_EXISTS_MESSAGE,
            )
        ]

    def __str__(self):
        return _("Footer (%(language)s)") % {"language": self.locale.get_display_name()}

    def clean(self):
        super().clean()
        errors = _page_or_url_errors(self, "privacy_page", "privacy_url", required=False)
        has_target = self.privacy_page_id is not None or bool(self.privacy_url)
        if has_target and not self.privacy_link_label.strip():
            errors["privacy_link_label"] = _("Give the link a text readers can click.")
        elif self.privacy_link_label.strip() and not has_target:
            errors["privacy_link_label"] = _(
                "Choose the privacy policy page or enter its address, or clear this text."
            )
        if errors:
            raise ValidationError(errors)


class SiteFooterPartnerLogo(TranslatableMixin, Orderable):
    """One partner's logo in the footer. Translatable, so that its name (the logo's alt text)
    can be put into each language."""

    footer = ParentalKey(SiteFooter, on_delete=models.CASCADE, related_name="partner_logos")
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("The partner's name, in this language: read out instead of the logo."),
    )
    url = models.URLField(
        _("link"),
        blank=True,
        help_text=_("The partner's website, opened when the logo is clicked (optional)."),
    )

    panels = [FieldPanel("image"), FieldPanel("name"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("partner logo")
        verbose_name_plural = _("partner logos")

    def __str__(self):
        return self.name


class MainMenu(OnePerLocaleMixin, TranslatableMixin, ClusterableModel):
    """The site's main navigation in one language: an ordered list of links.

    A snippet rather than the pages marked "show in menus" below the home page, because the
    library's menu is not a copy of the page tree: it mixes sections of this site with
    addresses elsewhere (the catalogue, the library's main website), each item may need a
    shorter label than its page's title, and the order is the editors' choice, independent of
    where the pages sit. Pages keep the last word on visibility: an item whose page is not
    public in the requested language is left out.

    One per language; a language that has none yet is served the default language's menu.
    """

    panels = [
        InlinePanel(
            "items",
            heading=_("Menu items"),
            label=_("Menu item"),
            add_label=_("Add a menu item"),
            help_text=_("Shown in this order."),
        )
    ]

    one_per_locale_message = MAIN_MENU_EXISTS_MESSAGE

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")
        constraints = [
            models.UniqueConstraint(
                fields=["locale"],
                name="unique_main_menu_per_locale",
                violation_error_message=MAIN_MENU_EXISTS_MESSAGE,
            )
        ]

    def __str__(self):
        return _("Main menu (%(language)s)") % {"language": self.locale.get_display_name()}


class MainMenuItem(TranslatableMixin, Orderable):
    """One link of the main menu: a page of this site or an external address."""

    menu = ParentalKey(MainMenu, on_delete=models.CASCADE, related_name="items")
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("What the menu shows. Leave empty to show the page's title."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The menu links to this page's version in each language, and hides the item while "
            "that version is not published and public."
        ),
    )
    url = models.URLField(
        _("external address"),
        blank=True,
        help_text=_("Or an address on another site, starting with https://."),
    )

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")

    def __str__(self):
        return self.label or str(self.page or self.url)

    def clean(self):
        super().clean()
        errors = _page_or_url_errors(self, "page", "url", required=True)
        if not errors and self.url and not self.label.strip():
            errors["label"] = _("An external address needs a label.")
        if errors:
            raise ValidationError(errors)
