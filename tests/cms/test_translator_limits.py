"""Translators change only the translations (README, "Editorial roles"): never content in the
source language, Slovene, snippets included, and nothing that takes content off the site or
ends a translation. Editors keep every one of these actions.

Each test runs once per role: a member of "Translators" is refused, a member of "Editors" does
it."""

import json
from io import StringIO
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import translate_object

from calendar_app.models import EventCategory, Venue
from cms.content.translation_status import translatable_snippet_models
from cms.home.models import MainMenu, SiteFooter
from cms.translator_limits import LocalePermissionPolicy, LocalisedSnippetViewSet
from project_pages.models import FundingProgramme, TargetGroup
from tests.calendar_app.factories import EventCategoryFactory, VenueFactory
from tests.cms.editorial import assert_refused, logged_in, member
from tests.cms.localize_editor import (
    ENGLISH,
    TranslationEditor,
    slovene_project,
    submit_for_translation,
)
from tests.cms.test_site_settings import NAVIGATION, make_footer, make_menu
from tests.factories import PlainPageFactory, publish
from tests.project_pages.factories import FundingProgrammeFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db

TRANSLATOR, EDITOR = "Translators", "Editors"
CATALOGUE = {"label": "Katalog", "url": "https://plus.cobiss.net/cobiss/si/sl/bib/search"}
PHISHING = {"label": "Prijava", "url": "https://login.example/", "page": ""}


@pytest.fixture
def client_of(site_tree):
    """A logged-in client of a new member of the group named (Translators set up as
    ``setup_translators`` leaves them)."""
    call_command("setup_translators", stdout=StringIO())

    def log_in(group_name: str):
        return logged_in(member(group_name))

    return log_in


def sl(site_tree) -> Locale:
    return site_tree["sl"].locale


def en(site_tree) -> Locale:
    return site_tree["en"].locale


def snippet_url(instance_or_model, view: str, *args) -> str:
    meta = instance_or_model._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:{view}", args=args)


def navigation(client, locale: str) -> list[tuple[str, str]]:
    """What anonymous readers get: each menu item's label and address."""
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": NAVIGATION, "variables": {"locale": locale}}),
        content_type="application/json",
    )
    return [(item["label"], item["url"]) for item in response.json()["data"]["navigation"]]


def menu_form(menu: MainMenu, **item) -> dict:
    """The menu's editor with its first item changed to ``item``."""
    first = menu.items.first()
    return nested_form_data({"items": inline_formset([{"id": first.pk, **item}], initial=1)})


# The policy is in place for every translatable snippet.


def test_every_translatable_snippet_is_limited_by_language():
    models = translatable_snippet_models()

    assert set(models) == {
        MainMenu,
        SiteFooter,
        TargetGroup,
        FundingProgramme,
        Venue,
        EventCategory,
    }
    for model in models:
        assert isinstance(policy_registry.get_by_type(model), LocalePermissionPolicy), model
        assert isinstance(model.snippet_viewset, LocalisedSnippetViewSet), model


# Snippets in Slovene, the source language.


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_changes_the_slovene_main_menu(client_of, client, site_tree, role, allowed):
    menu = make_menu(sl(site_tree), [CATALOGUE])
    before = navigation(client, "sl")
    by_role = client_of(role)
    url = snippet_url(menu, "edit", menu.pk)

    opened = by_role.get(url)
    posted = by_role.post(url, menu_form(menu, **PHISHING))

    if allowed:
        assert opened.status_code == 200
        assert posted.status_code == 302
        assert posted["Location"] == snippet_url(MainMenu, "list")
        assert navigation(client, "sl") == [("Prijava", PHISHING["url"])]
    else:
        assert_refused(opened)
        assert_refused(posted)
        assert navigation(client, "sl") == before
        assert menu.items.get().url == CATALOGUE["url"]


def test_a_translator_translates_the_english_main_menu_and_its_links_follow_the_source(
    client_of, client, site_tree
):
    """The English menu, a wagtail-localize translation, opens in the translation editor:
    labels are the translator's to change, the addresses stay the Slovene menu's."""
    menu = make_menu(sl(site_tree), [CATALOGUE])
    translate_object(menu, [en(site_tree)])
    english = MainMenu.objects.get(locale=en(site_tree))
    translator = client_of(TRANSLATOR)
    url = snippet_url(english, "edit", english.pk)

    props = json.loads(translator.get(url).context["props"])
    [label] = [segment for segment in props["segments"] if segment["type"] == "string"]
    typed = translator.put(
        label["editUrl"],
        data=urlencode({"value": "Catalogue"}),
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )
    saved = translator.post(url, {"action": "publish"})

    assert typed.status_code in (200, 201)
    assert saved.status_code == 302
    assert navigation(client, "en") == [("Catalogue", CATALOGUE["url"])]
    assert navigation(client, "sl") == [("Katalog", CATALOGUE["url"])]


def test_a_translator_is_told_why_in_the_admins_language(client_of, site_tree):
    menu = make_menu(sl(site_tree), [CATALOGUE])
    translator = member(TRANSLATOR)
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "sl"
    profile.save()

    response = logged_in(translator).get(snippet_url(menu, "edit", menu.pk), follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "Vaša vloga ne dovoljuje spreminjanja vsebine v tem jeziku" in response.content.decode()


SNIPPETS = {
    "mainmenu": lambda locale: make_menu(locale, [CATALOGUE]),
    "sitefooter": lambda locale: make_footer(locale),
    "targetgroup": lambda locale: TargetGroupFactory(locale=locale),
    "fundingprogramme": lambda locale: FundingProgrammeFactory(locale=locale),
    "venue": lambda locale: VenueFactory(locale=locale),
    "eventcategory": lambda locale: EventCategoryFactory(locale=locale),
}


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_a_translator_opens_only_the_english_version_of_each_snippet(client_of, site_tree, snippet):
    slovene = SNIPPETS[snippet](sl(site_tree))
    english = SNIPPETS[snippet](en(site_tree))
    translator = client_of(TRANSLATOR)

    assert_refused(translator.get(snippet_url(slovene, "edit", slovene.pk)))
    assert translator.get(snippet_url(english, "edit", english.pk)).status_code == 200
    # The listing links only the English one.
    listing = translator.get(snippet_url(slovene, "list")).content.decode()
    assert snippet_url(slovene, "edit", slovene.pk) not in listing
    assert snippet_url(english, "edit", english.pk) in listing


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_adds_and_deletes_slovene_target_groups(client_of, site_tree, role, allowed):
    by_role = client_of(role)
    if role == TRANSLATOR:
        # Without extra grants, translators add and delete no snippets at all.
        assert_refused(by_role.get(snippet_url(TargetGroup, "add") + "?locale=sl"))
        # Grants someone could give the group by hand: they still stop at Slovene.
        Group.objects.get(name=TRANSLATOR).permissions.add(
            *Permission.objects.filter(
                content_type__app_label="project_pages",
                codename__in=["add_targetgroup", "delete_targetgroup"],
            )
        )
    existing = TargetGroupFactory(locale=sl(site_tree), name="Starejši")
    english = TargetGroupFactory(locale=en(site_tree), name="Seniors")
    add = snippet_url(TargetGroup, "add")

    added = by_role.post(f"{add}?locale=sl", {"name": "Mladi", "slug": "mladi"})
    deleted = by_role.post(snippet_url(existing, "delete", existing.pk))

    assert TargetGroup.objects.filter(name="Mladi").exists() is allowed
    assert TargetGroup.objects.filter(pk=existing.pk).exists() is not allowed
    if not allowed:
        assert_refused(added)
        assert_refused(deleted)
        # What the group was given holds in English.
        assert (
            by_role.post(f"{add}?locale=en", {"name": "Youth", "slug": "youth"}).status_code == 302
        )
        assert by_role.post(snippet_url(english, "delete", english.pk)).status_code == 302
        assert TargetGroup.objects.filter(locale=en(site_tree)).get().name == "Youth"


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_translates_a_snippet_into_slovene(client_of, site_tree, role, allowed):
    """wagtail-localize's "Translate" on an English-only snippet would create its Slovene
    version."""
    english = TargetGroupFactory(locale=en(site_tree), name="Seniors")
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["project_pages", "targetgroup", english.pk],
    )

    response = client_of(role).post(url, {"locales": [sl(site_tree).pk]})

    slovene = TargetGroup.objects.filter(
        translation_key=english.translation_key, locale=sl(site_tree)
    )
    assert slovene.exists() is allowed
    if not allowed:
        assert_refused(response)


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_syncs_a_translation_into_slovene(
    client_of, site_tree, role, allowed, django_capture_on_commit_callbacks
):
    """An English-original venue an editor translated into Slovene: syncing writes the
    Slovene version."""
    english = VenueFactory(locale=en(site_tree), name="Central library")
    translate_object(english, [sl(site_tree)])
    translation = Translation.objects.get(target_locale=sl(site_tree))
    english.name = "Central library (closed)"
    english.save()
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])

    with django_capture_on_commit_callbacks(execute=True):
        response = client_of(role).post(url, {"publish_translations": "on"})

    slovene = Venue.objects.get(translation_key=english.translation_key, locale=sl(site_tree))
    translation.source.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert response["Location"] != reverse("wagtailadmin_home")
        assert "closed" in str(translation.source.export_po())
    else:
        assert_refused(response)
        assert slovene.name == "Central library"
        assert "closed" not in str(translation.source.export_po())


# Pages: nothing a translator does takes a translation off the site or ends it.


@pytest.fixture
def english(project_index, django_capture_on_commit_callbacks, site_tree):
    """A Slovene project and its English translation, made in wagtail-localize and published
    by an editor."""
    editor = member(EDITOR, "publisher")
    source = slovene_project(project_index)
    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    by_editor = TranslationEditor(
        logged_in(editor), translation, django_capture_on_commit_callbacks
    )
    by_editor.translate_all(ENGLISH)
    assert by_editor.publish().status_code == 302
    page = by_editor.page
    assert page.live
    return SimpleNamespace(source=source, translation=translation, page=page)


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_converts_a_translation_to_an_alias(client_of, english, role, allowed):
    by_role = client_of(role)
    url = reverse("wagtail_localize:convert_to_alias", args=[english.page.pk])

    opened = by_role.get(url)
    posted = by_role.post(url)

    english.page.refresh_from_db()
    translation_kept = Translation.objects.filter(pk=english.translation.pk).exists()
    if allowed:
        assert opened.status_code == 200
        assert posted.status_code == 302
        assert english.page.alias_of_id == english.source.pk
        assert not translation_kept
    else:
        assert_refused(opened)
        assert_refused(posted)
        assert english.page.alias_of_id is None
        assert english.page.live
        assert english.page.title == ENGLISH["title"]
        assert translation_kept


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_stops_syncing_a_translation(client_of, english, role, allowed):
    url = reverse("wagtail_localize:stop_translation", args=[english.translation.pk])
    next_url = reverse("wagtailadmin_pages:edit", args=[english.page.pk])

    response = client_of(role).post(url, {"next": next_url})

    english.translation.refresh_from_db()
    assert english.translation.enabled is not allowed
    if allowed:
        assert response["Location"] == next_url
    else:
        assert_refused(response)


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_deletes_a_draft_translation(client_of, english, role, allowed):
    """Wagtail lets anyone who may edit a page delete it while it is not live."""
    english.page.unpublish()
    by_role = client_of(role)
    url = reverse("wagtailadmin_pages:delete", args=[english.page.pk])

    opened = by_role.get(url)
    posted = by_role.post(url)

    assert type(english.page).objects.filter(pk=english.page.pk).exists() is not allowed
    if allowed:
        assert opened.status_code == 200
        assert posted.status_code == 302
    else:
        assert_refused(opened)
        assert_refused(posted)
        assert Translation.objects.filter(pk=english.translation.pk).exists()


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_unpublishes_a_translation(client_of, english, role, allowed):
    url = reverse("wagtailadmin_pages:unpublish", args=[english.page.pk])

    response = client_of(role).post(url)

    english.page.refresh_from_db()
    assert english.page.live is not allowed
    if not allowed:
        assert_refused(response)


def test_a_translator_is_not_offered_converting_to_an_alias(client_of, english):
    """Wagtail's page editor (a translation no longer synced) leaves the item out."""
    english.translation.enabled = False
    english.translation.save()
    edit = reverse("wagtailadmin_pages:edit", args=[english.page.pk])

    for role, offered in ((TRANSLATOR, False), (EDITOR, True)):
        content = client_of(role).get(edit).content.decode()
        assert ('name="localize-convert-to-alias"' in content) is offered, role


def test_the_policy_reads_the_users_groups_once_however_many_rows(
    client_of, site_tree, count_queries
):
    """A listing asks the policy about each row: only the first question costs queries."""
    translator = member(TRANSLATOR)
    groups = [TargetGroupFactory(locale=(sl if n % 2 else en)(site_tree)) for n in range(8)]
    policy = policy_registry.get_by_type(TargetGroup)

    with count_queries() as first:
        policy.user_has_permission_for_instance(translator, "change", groups[0])
    with count_queries() as rest:
        answers = [
            policy.user_has_permission_for_instance(translator, action, group)
            for group in groups
            for action in ("change", "delete", "view")
        ]

    assert first.count <= 4
    assert rest.count == 0
    assert answers == [
        group.locale_id != sl(site_tree).pk if action == "change" else False
        for group in groups
        for action in ("change", "delete", "view")
    ]


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_translates_a_page_into_slovene(client_of, site_tree, role, allowed):
    english = publish(
        PlainPageFactory(parent=site_tree["en"], locale=en(site_tree), slug="only-english")
    )
    url = reverse("wagtail_localize:submit_page_translation", args=[english.pk])

    response = client_of(role).post(url, {"locales": [sl(site_tree).pk]})

    assert (english.get_translation_or_none(sl(site_tree)) is not None) is allowed
    if not allowed:
        assert_refused(response)


def test_a_translator_types_nothing_into_a_slovene_translation(client_of, site_tree):
    english = VenueFactory(locale=en(site_tree), name="Central library")
    translate_object(english, [sl(site_tree)])
    translation = Translation.objects.get(target_locale=sl(site_tree))
    segment = translation.source.stringsegment_set.get(string__data="Central library")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])

    response = client_of(TRANSLATOR).put(
        url,
        data=urlencode({"value": "Zaprto"}),
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )

    assert_refused(response)
    assert not StringTranslation.objects.filter(data="Zaprto").exists()


@pytest.mark.parametrize(("role", "allowed"), [(TRANSLATOR, False), (EDITOR, True)])
def test_only_an_editor_bulk_deletes_a_draft_translation(client_of, english, role, allowed):
    english.page.unpublish()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])

    response = client_of(role).post(f"{url}?id={english.page.pk}")

    assert type(english.page).objects.filter(pk=english.page.pk).exists() is not allowed
    if not allowed:
        assert_refused(response)
