"""A translator's work reaches English readers only when an editor publishes it, also where
wagtail-localize had placed a live alias of the Slovene page (cms.home.translation_drafts)."""

import pytest
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale

from tests.cms.localize_editor import (
    ENGLISH,
    SLOVENE,
    TranslationEditor,
    slovene_project,
    submit_for_translation,
)

pytestmark = pytest.mark.django_db

ENGLISH_PROJECTS = """
query EnglishProjects { projects(locale: "en") { items { title url } } }
"""


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.com", "x"))
    return client


def english_titles(graphql) -> list[str]:
    return [item["title"] for item in graphql(ENGLISH_PROJECTS)["data"]["projects"]["items"]]


def test_translating_a_live_alias_keeps_it_offline_until_an_editor_publishes(
    project_index, admin_client, graphql, django_capture_on_commit_callbacks
):
    source = slovene_project(project_index)
    # What LocaleSynchronization places in English for every new Slovene page.
    alias = source.copy_for_translation(Locale.objects.get(language_code="en"), alias=True)
    assert alias.live
    assert english_titles(graphql) == [], "the API never serves an alias"

    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    page = translation.get_target_instance()
    assert page.pk == alias.pk
    assert page.alias_of_id is None
    assert (page.live, page.has_unpublished_changes) == (False, True)
    assert english_titles(graphql) == [], "the Slovene text went live under an English address"

    editor = TranslationEditor(admin_client, translation, django_capture_on_commit_callbacks)
    editor.translate_all(ENGLISH)
    assert english_titles(graphql) == [], "translated strings are not published yet"
    assert editor.publish().status_code == 302

    page.refresh_from_db()
    assert page.live
    assert english_titles(graphql) == [ENGLISH["title"]]


def test_converting_a_same_language_alias_keeps_wagtails_behaviour(project_index):
    source = slovene_project(project_index)
    alias = source.create_alias(update_slug=f"{SLOVENE['slug']}-copy")

    ConvertAliasPageAction(alias).execute(skip_permission_checks=True)

    alias.refresh_from_db()
    assert alias.alias_of_id is None
    assert alias.live
