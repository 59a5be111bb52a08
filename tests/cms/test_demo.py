"""``manage.py load_demo`` (``make run``) and ``manage.py sync_locales`` on a migrated database.

The load_demo cases run with real commits (``transaction=True``): wagtail-localize publishes a
new translation when its transaction commits, and the loader relies on that order. The
migrated contents (root page, Wagtail's welcome page, default site) are restored around each
case (``serialized_rollback``), so other tests still see them.
"""

from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, Revision, Site

from cms.home.demo import DEMO_SUPERUSER
from cms.home.models import HomePage

committed_db = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "locales": Locale.objects.count(),
        "sites": Site.objects.count(),
        "revisions": Revision.objects.count(),
        "redirects": Redirect.objects.count(),
    }


def load_demo(*args: str) -> None:
    call_command("load_demo", *args, stdout=StringIO())


@committed_db
def test_load_demo_publishes_the_slovene_home_as_site_root_and_its_english_translation():
    load_demo()

    assert set(Locale.objects.values_list("language_code", flat=True)) == {"sl", "en"}
    site = Site.objects.get(is_default_site=True)
    home_sl = HomePage.objects.get(locale__language_code="sl")
    assert site.root_page_id == home_sl.pk
    assert home_sl.live
    assert home_sl.title == "Mestna knjižnica Ljubljana"

    home_en = HomePage.objects.get(locale__language_code="en")
    assert home_en.live
    assert not home_en.has_unpublished_changes
    assert home_en.alias_of_id is None
    assert home_en.translation_key == home_sl.translation_key
    assert home_en.title == "Ljubljana City Library"
    assert home_en.get_latest_revision_as_object().title == "Ljubljana City Library"
    # Wagtail's "Welcome to your new Wagtail site!" page (and its en alias) is gone: the two
    # home pages are the only pages below the root.
    assert set(Page.objects.filter(depth=2).values_list("pk", flat=True)) == {
        home_sl.pk,
        home_en.pk,
    }


@committed_db
def test_load_demo_twice_changes_nothing():
    load_demo()
    before = counts()
    home_en_revision = HomePage.objects.get(locale__language_code="en").live_revision_id

    load_demo()

    assert counts() == before
    assert HomePage.objects.get(locale__language_code="en").live_revision_id == home_en_revision


@pytest.mark.django_db
def test_demo_superuser_is_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match="DEBUG"):
        load_demo("--create-demo-superuser")

    assert not get_user_model().objects.exists()
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_demo_superuser_is_created_once_with_the_documented_password(settings):
    settings.DEBUG = True

    load_demo("--create-demo-superuser")
    load_demo("--create-demo-superuser")

    superusers = get_user_model().objects.filter(is_superuser=True)
    assert superusers.count() == 1
    assert superusers.get().username == DEMO_SUPERUSER["username"]
    assert authenticate(username="admin", password="library-demo") == superusers.get()


@pytest.mark.django_db
def test_the_demo_names_the_admin_at_cms_base_url(settings):
    settings.DEBUG = True
    settings.CMS_BASE_URL = "http://127.0.0.1:8011"
    out = StringIO()

    call_command("load_demo", "--create-demo-superuser", stdout=out)

    assert "Demo admin: http://127.0.0.1:8011/admin/" in out.getvalue()


@pytest.mark.django_db
def test_sync_locales_adds_a_new_content_language_and_mirrors_the_page_tree(settings):
    load_demo()
    settings.WAGTAIL_CONTENT_LANGUAGES = [*settings.WAGTAIL_CONTENT_LANGUAGES, ("de", "Deutsch")]
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES  # as base.py sets both

    call_command("sync_locales", stdout=StringIO())

    german = Locale.objects.get(language_code="de")
    home_sl = HomePage.objects.get(locale__language_code="sl")
    home_de = home_sl.get_translation(german)
    # An alias of the Slovene page, for translators to translate.
    assert home_de.alias_of_id == home_sl.pk
