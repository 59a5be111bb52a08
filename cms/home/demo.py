"""Demo content for the local demo (``manage.py load_demo``). Idempotent: every step looks for
what it would create first, so running it again changes nothing."""

from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.operations import translate_object

from calendar_app.models import EventIndexPage
from project_pages.models import ProjectIndexPage

from .models import HomePage, MainMenu, MainMenuItem, SiteFooter, SiteFooterPartnerLogo

DEMO_SUPERUSER = {"username": "admin", "password": "library-demo", "email": "admin@example.com"}

HOME_CONTENT = {
    "sl": {
        "title": "Mestna knjižnica Ljubljana",
        "slug": "domov",
        "strapline": "Mednarodni projekti in dogodki",
        "intro": "<p>Vključevanje v mednarodne projekte prinaša vpogled v novosti v tujih "
        "knjižnicah, nevladnih in nepridobitnih ustanovah.</p>",
    },
    "en": {
        "title": "Ljubljana City Library",
        "slug": "home",
        "strapline": "International projects and events",
        "intro": "<p>Taking part in international projects gives insight into what is new in "
        "libraries, NGOs and non-profit organisations abroad.</p>",
    },
}


def load_site_trees(stdout=None) -> HomePage:
    """The sl home page as the default site's root and its translations, all published.

    Not one transaction: wagtail-localize publishes a new translation when its transaction
    commits, and the translated fields are written after that.
    """
    home = _load_default_home(stdout)
    for code, content in HOME_CONTENT.items():
        if code == home.locale.language_code:
            continue
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        translation = home.get_translation_or_none(locale)
        if translation is None or translation.alias_of_id is not None:
            translate_object(home, [locale])
            translation = home.get_translation(locale).specific
            for field, value in content.items():
                setattr(translation, field, value)
            translation.save_revision().publish()
            _say(stdout, f"Created the {code} home page.")
    return home


@transaction.atomic
def _load_default_home(stdout) -> HomePage:
    sl = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=sl, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(locale=sl, **HOME_CONTENT["sl"]))
        home.save_revision().publish()
        placeholder = site.root_page if site else None
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        if placeholder is not None and not isinstance(placeholder.specific, HomePage):
            # Wagtail's "Welcome" page and the aliases sync_locales gave it in other locales.
            for page in Page.objects.filter(translation_key=placeholder.translation_key):
                page.delete()
        _say(stdout, "Created the Slovene home page and made it the site root.")
    return home


#: The seed's footer: its cookie notice, in Slovene and in English.
FOOTER_CONTENT = {
    "sl": {
        "cookie_notice": "S tem, ko uporabljate spletno mesto, dovoljujete uporabo piškotkov v "
        "skladu z našo politiko varovanja zasebnosti.",
        "settings_label": "Nastavitve",
        "close_label": "zapri",
    },
    "en": {
        "cookie_notice": "By using this website you agree to the use of cookies in line with "
        "our privacy policy.",
        "settings_label": "Settings",
        "close_label": "Close",
    },
}

#: The seed's partner logos, by the names it gives them (it gives no link), with the colour of
#: their placeholder image.
PARTNER_LOGOS = [("thl", "#3d6b8e"), ("pionirska", "#b5483b"), ("BZ-logo", "#4a7c3f")]
LOGO_COLLECTION = "Demo logos"


def load_site_settings(homes: dict[str, Page], stdout=None) -> None:
    """The footer and the main menu of each language that has a home page. ``homes`` maps
    language codes to home pages, the default language first: its footer is the seed's, the
    others are its translations (same translation key); each menu links the project index and
    the calendar below that language's home page, where they exist."""
    source_code = settings.LANGUAGE_CODE
    with transaction.atomic():
        source = _load_footer(homes[source_code].locale, source_code, stdout)
        for code, home in homes.items():
            if code != source_code and code in FOOTER_CONTENT:
                _translate_footer(source, home.locale, code, stdout)
        source_menu = _load_menu(homes[source_code], None, stdout)
        for code, home in homes.items():
            if code != source_code:
                _load_menu(home, source_menu, stdout)


def _load_footer(locale: Locale, code: str, stdout) -> SiteFooter:
    footer = SiteFooter.objects.filter(locale=locale).first()
    if footer is None:
        footer = SiteFooter(locale=locale, **FOOTER_CONTENT[code])
        footer.partner_logos = [
            SiteFooterPartnerLogo(image=image, name=name, sort_order=position)
            for position, (name, image) in enumerate(_load_logo_images().items())
        ]
        footer.full_clean()
        footer.save()
        _say(stdout, f"Created the {code} footer.")
    return footer


def _translate_footer(source: SiteFooter, locale: Locale, code: str, stdout) -> None:
    if SiteFooter.objects.filter(locale=locale).exists():
        return
    translation = source.copy_for_translation(locale)
    for field, value in FOOTER_CONTENT[code].items():
        setattr(translation, field, value)
    translation.full_clean()
    translation.save()
    _say(stdout, f"Created the {code} footer.")


def _load_logo_images() -> dict[str, object]:
    """{name: image}: the placeholder images, in the demo's logo collection, made once."""
    image_model = get_image_model()
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=LOGO_COLLECTION).first() or root.add_child(
        name=LOGO_COLLECTION
    )
    images = {}
    for name, colour in PARTNER_LOGOS:
        image = image_model.objects.filter(title=name, collection=collection).first()
        if image is None:
            image = image_model(
                title=name,
                description=name,
                collection=collection,
                file=ImageFile(_placeholder_png(name, colour), name=f"{name}.png"),
            )
            image.save()
        images[name] = image
    return images


def _placeholder_png(label: str, colour: str) -> BytesIO:
    canvas = PILImage.new("RGB", (320, 160), colour)
    draw = ImageDraw.Draw(canvas)
    box = draw.textbbox((0, 0), label, font_size=36)
    position = ((320 - (box[2] - box[0])) / 2, (160 - (box[3] - box[1])) / 2)
    draw.text(position, label, fill="white", font_size=36)
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def _menu_pages(home: Page) -> list[Page]:
    """The sections the menu links, found by type below ``home``; those missing are skipped."""
    pages = [model.objects.child_of(home).first() for model in (ProjectIndexPage, EventIndexPage)]
    return [page for page in pages if page is not None]


def _load_menu(home: Page, source: MainMenu | None, stdout) -> MainMenu | None:
    """``home``'s language's main menu, created if missing: a translation of ``source`` when
    given (its items keep their translation keys), linking the sections below ``home``."""
    locale = home.locale
    menu = MainMenu.objects.filter(locale=locale).first()
    if menu is not None:
        return menu
    pages = _menu_pages(home)
    if source is None:
        menu = MainMenu(locale=locale)
        menu.items = [MainMenuItem(page=page, sort_order=i) for i, page in enumerate(pages)]
    else:
        menu = source.copy_for_translation(locale)
        copied = {item.page.translation_key: item for item in menu.items.all() if item.page}
        items = []
        for position, page in enumerate(pages):
            item = copied.get(page.translation_key) or MainMenuItem()
            item.page, item.sort_order = page, position
            items.append(item)
        menu.items = items
    for item in menu.items.all():
        item.full_clean(exclude=["menu", "locale"])
    menu.save()
    _say(stdout, f"Created the {locale.language_code} main menu.")
    return menu


#: Addresses of the library's old site that now lead to the demo's pages (by the language and
#: the path below that language's home page), and one that leads to another site.
DEMO_REDIRECTS = [
    ("/mednarodni-projekti", "sl", "/projekti/"),
    ("/en/international-projects", "en", "/projects/"),
    ("/katalog", None, "https://plus.cobiss.net/cobiss/si/sl/"),
]


def load_redirects(homes: dict[str, Page], stdout=None) -> None:
    """The demo's redirects, each created once (Wagtail stores old paths normalised)."""
    for old_path, code, target in DEMO_REDIRECTS:
        if Redirect.objects.filter(old_path=Redirect.normalise_path(old_path)).exists():
            continue
        if code is None:
            Redirect.add_redirect(old_path, target, is_permanent=True)
        else:
            home = homes[code]
            page = Page.objects.filter(url_path=home.url_path.rstrip("/") + target).first()
            if page is None:
                continue
            Redirect.add_redirect(old_path, page, is_permanent=True)
        _say(stdout, f"Created the redirect {old_path}.")


def create_demo_superuser(stdout=None) -> None:
    user_model = get_user_model()
    if not user_model.objects.filter(username=DEMO_SUPERUSER["username"]).exists():
        user_model.objects.create_superuser(**DEMO_SUPERUSER)
        _say(stdout, "Created the demo superuser.")


def _say(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message)
