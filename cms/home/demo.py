"""Demo content for the local demo (``manage.py load_demo``). Idempotent: every step looks for
what it would create first, so running it again changes nothing."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.operations import translate_object

from .models import HomePage

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


def create_demo_superuser(stdout=None) -> None:
    user_model = get_user_model()
    if not user_model.objects.filter(username=DEMO_SUPERUSER["username"]).exists():
        user_model.objects.create_superuser(**DEMO_SUPERUSER)
        _say(stdout, "Created the demo superuser.")


def _say(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message)
