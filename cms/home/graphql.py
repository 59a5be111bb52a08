"""GraphQL for what every page of the site shows around its content: ``siteSettings`` (the
footer: cookie notice and partner logos) and ``mainMenu`` (the main menu; ``navigation`` is its
older form, the items alone, kept for frontends built against it).

Both are per language. A language with no footer or menu of its own yet is served the default
language's (``SiteSettings.isFallback`` and ``SiteMenu.isFallback`` say so), whatever
``HEADLESS_LOCALE_FALLBACK`` says:
a page must never be shown without its cookie notice, and without its menu a site is unusable.
Links to pages are served in the requested language's version, and only while that version is
public: ``public_pages(locale=…)`` decides, so the site's rule for a page that has no version in
a language applies here as it does everywhere else. A menu item whose page has no such version
is left out; a privacy link without one keeps its label but has no url (never a draft's slug).

Each query costs a fixed number of SQL statements, however many logos or menu items there are:
the resolvers below read everything up front and the types only read what they are given.
"""

from dataclasses import dataclass

import graphene
from django.db.models import Prefetch
from wagtail.images import get_image_model

from cms.content.images import in_private_collection
from cms.content.locales import LOCALE_ARGUMENT_HELP, default_locale_code, resolve_locale
from cms.content.selectors import public_pages
from cms.content.urls import page_urls
from cms.graphql.images import PublicImage

from .models import MainMenu, MainMenuItem, SiteFooter

# Read side: the per-language objects and the public versions of the pages they link to.


def _own_or_default(queryset, locale):
    """The object of ``queryset`` in ``locale``, else the default language's, else None; one
    query."""
    codes = {locale.language_code, default_locale_code()}
    found = {obj.locale_id: obj for obj in queryset.filter(locale__language_code__in=codes)}
    if locale.pk in found:
        return found[locale.pk]
    return next(iter(found.values()), None)


def _public_versions(pages, locale) -> dict:
    """{translation_key: public version in ``locale``} of ``pages`` (None items allowed); one
    query, none when there is no page."""
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return {}
    versions = public_pages(locale=locale).filter(translation_key__in=keys)
    return {page.translation_key: page for page in versions}


def footer_for(locale) -> SiteFooter | None:
    """The footer to serve in ``locale`` (its own, else the default language's), with
    ``served_logos`` (images and their renditions loaded; a logo whose image is in a private
    collection is left out) and ``served_privacy_page`` (the privacy page's public version in
    ``locale``, or None). Five queries, one less without a privacy page."""
    footer = _own_or_default(SiteFooter.objects.select_related("locale", "privacy_page"), locale)
    if footer is None:
        return None
    images = get_image_model().objects.prefetch_renditions()
    footer.served_logos = list(
        footer.partner_logos.exclude(in_private_collection("image__collection")).prefetch_related(
            Prefetch("image", queryset=images)
        )
    )
    versions = _public_versions([footer.privacy_page], locale)
    footer.served_privacy_page = (
        versions.get(footer.privacy_page.translation_key) if footer.privacy_page else None
    )
    return footer


def menu_for(locale) -> MainMenu | None:
    """The menu to serve in ``locale`` (its own, else the default language's), or None, with
    ``served_items`` (see ``menu_items_for``). Three queries, one when there is no menu."""
    menu = _own_or_default(MainMenu.objects.select_related("locale"), locale)
    if menu is not None:
        menu.served_items = _served_items(menu, locale)
    return menu


def menu_items_for(locale) -> list[MainMenuItem]:
    """The items of the menu to serve in ``locale`` (its own, else the default language's),
    each with ``served_page``: the linked page's public version in ``locale``, or None for an
    external address. Items whose page has no such version are left out. Three queries."""
    menu = menu_for(locale)
    return menu.served_items if menu is not None else []


def _served_items(menu: MainMenu, locale) -> list[MainMenuItem]:
    items = list(menu.items.select_related("page"))
    versions = _public_versions([item.page for item in items], locale)
    served = []
    for item in items:
        if item.page is not None:
            item.served_page = versions.get(item.page.translation_key)
            if item.served_page is not None:
                served.append(item)
        elif item.url:  # an item whose page was deleted has neither
            item.served_page = None
            served.append(item)
    return served


# Types.


class Link(graphene.ObjectType):
    """A link with its text; ``url`` is null when it leads to a page the public cannot see in
    this language."""

    label = graphene.String(required=True)
    url = graphene.String(description="A path on this site, or an absolute external address.")


class CookieNotice(graphene.ObjectType):
    text = graphene.String(required=True, description="Plain text.")
    privacy_link = graphene.Field(
        Link, description="The link to the privacy policy; null when there is none."
    )
    settings_label = graphene.String(
        required=True, description="Label of the button that opens the cookie settings."
    )
    close_label = graphene.String(
        required=True, description="Label of the button that closes the notice."
    )


class PartnerLogo(graphene.ObjectType):
    name = graphene.String(required=True, description="The partner's name: the logo's alt text.")
    url = graphene.String(description="The partner's website; null when there is none.")
    image = graphene.Field(graphene.NonNull(PublicImage))


class Footer(graphene.ObjectType):
    cookie_notice = graphene.Field(graphene.NonNull(CookieNotice))
    partner_logos = graphene.List(
        graphene.NonNull(PartnerLogo), required=True, description="In the editors' order."
    )


class SiteSettings(graphene.ObjectType):
    """What every page of one language shows around its content."""

    locale = graphene.String(
        required=True,
        description="Language code of the settings served: the requested language, or the "
        "default language when the requested one has none yet.",
    )
    is_fallback = graphene.Boolean(
        required=True,
        description="True when the requested language has no settings of its own yet and the "
        "default language's are served instead.",
    )
    footer = graphene.Field(graphene.NonNull(Footer))


class NavigationItem(graphene.ObjectType):
    label = graphene.String(required=True)
    url = graphene.String(
        required=True, description="A path on this site, or an absolute external address."
    )
    is_external = graphene.Boolean(
        required=True, description="True for an address on another site."
    )


class SiteMenu(graphene.ObjectType):
    """The main menu of one language, with the language it is served in: `navigation` gave
    the items alone, so a frontend could not tell another language's menu from its own."""

    locale = graphene.String(
        required=True,
        description="Language code of the menu served: the requested language, or the default "
        "language when the requested one has no menu yet.",
    )
    is_fallback = graphene.Boolean(
        required=True,
        description="True when the requested language has no menu of its own yet and the "
        "default language's is served instead.",
    )
    items = graphene.List(
        graphene.NonNull(NavigationItem),
        required=True,
        description="In the editors' order. Items whose page is not public in the requested "
        "language are left out.",
    )


@dataclass
class _ImageWithAlt:
    """A logo's image, with the logo's name as its alt text (``PublicImage`` reads
    ``default_alt_text``)."""

    image: object
    default_alt_text: str

    def __getattr__(self, name):
        if name == "image":  # not set yet (copy, pickle): no endless recursion
            raise AttributeError(name)
        return getattr(self.image, name)


def _page_url(page, info) -> str | None:
    return page_urls(info.context).url(page.url_path)


def _privacy_link(footer, info) -> Link | None:
    label = footer.privacy_link_label.strip()
    if footer.privacy_url:
        return Link(label=label, url=footer.privacy_url)
    if footer.privacy_page_id is None:
        return None
    page = footer.served_privacy_page
    return Link(label=label, url=_page_url(page, info) if page is not None else None)


def _site_settings(footer, locale, info) -> SiteSettings:
    notice = CookieNotice(
        text=footer.cookie_notice,
        privacy_link=_privacy_link(footer, info),
        settings_label=footer.settings_label,
        close_label=footer.close_label,
    )
    logos = [
        PartnerLogo(
            name=logo.name, url=logo.url or None, image=_ImageWithAlt(logo.image, logo.name)
        )
        for logo in footer.served_logos
    ]
    return SiteSettings(
        locale=footer.locale.language_code,
        is_fallback=footer.locale_id != locale.pk,
        footer=Footer(cookie_notice=notice, partner_logos=logos),
    )


def _navigation_items(items, info) -> list[NavigationItem]:
    served = (_navigation_item(item, info) for item in items)
    return [item for item in served if item is not None]


def _navigation_item(item, info) -> NavigationItem | None:
    if item.served_page is None:
        return NavigationItem(label=item.label, url=item.url, is_external=True)
    url = _page_url(item.served_page, info)
    if url is None:  # a page no site serves
        return None
    return NavigationItem(
        label=item.label.strip() or item.served_page.title, url=url, is_external=False
    )


class SiteQueries:
    site_settings = graphene.Field(
        SiteSettings,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        description="The footer (cookie notice, partner logos) of one language; the default "
        "language's when that language has none yet (`isFallback`), null when neither has.",
    )
    navigation = graphene.List(
        graphene.NonNull(NavigationItem),
        required=True,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        description="The main menu of one language, in order (the default language's when "
        "that language has none yet). Items whose page is not public in the language are "
        "left out.",
        deprecation_reason="Use `mainMenu`: the same items, with the language they are served "
        "in and whether it is a fallback.",
    )
    main_menu = graphene.Field(
        SiteMenu,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        description="The main menu of one language; the default language's when that language "
        "has none yet (`isFallback`), null when neither has.",
    )

    def resolve_site_settings(self, info, locale=None):
        language = resolve_locale(locale, request=info.context)
        footer = footer_for(language)
        return _site_settings(footer, language, info) if footer is not None else None

    def resolve_navigation(self, info, locale=None):
        language = resolve_locale(locale, request=info.context)
        return _navigation_items(menu_items_for(language), info)

    def resolve_main_menu(self, info, locale=None):
        language = resolve_locale(locale, request=info.context)
        menu = menu_for(language)
        if menu is None:
            return None
        return SiteMenu(
            locale=menu.locale.language_code,
            is_fallback=menu.locale_id != language.pk,
            items=_navigation_items(menu.served_items, info),
        )
