"""The "Translators" group (``manage.py setup_translators``): translators work in
wagtail-localize's editor on the other languages' pages, save their work and leave publishing
to editors; the Slovene source pages are not theirs to edit. And ``translation_statuses`` costs
the same few queries however long the listing."""

import json
from io import StringIO
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale

from cms.content.translation_status import (
    TranslationStatus,
    translatable_snippet_models,
    translation_statuses,
)
from tests.cms.localize_editor import (
    ENGLISH,
    TranslationEditor,
    slovene_project,
    submit_for_translation,
    sync,
)
from tests.factories import publish, translate

pytestmark = pytest.mark.django_db

SNIPPET_PERMISSIONS = {
    "project_pages.change_targetgroup",
    "project_pages.change_fundingprogramme",
    "calendar_app.change_venue",
    "calendar_app.change_eventcategory",
}


def translator_permissions() -> set[str]:
    """Admin access, submitting translations, and changing every translatable snippet."""
    snippets = {
        f"{model._meta.app_label}.change_{model._meta.model_name}"
        for model in translatable_snippet_models()
    }
    assert snippets >= SNIPPET_PERMISSIONS
    return {"wagtailadmin.access_admin", "wagtail_localize.submit_translation", *snippets}


def setup_translators() -> Group:
    call_command("setup_translators", stdout=StringIO())
    return Group.objects.get(name="Translators")


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def translator(site_tree):
    user = get_user_model().objects.create_user("translator", "translator@example.com", "x")
    user.groups.add(setup_translators())
    return user


@pytest.fixture
def english(project_index, django_capture_on_commit_callbacks):
    """A Slovene project and its English translation, translated and published by an editor."""
    editor = get_user_model().objects.create_superuser("editor", "editor@example.com", "x")
    source = slovene_project(project_index)
    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    by_editor = TranslationEditor(
        logged_in(editor), translation, django_capture_on_commit_callbacks
    )
    by_editor.translate_all(ENGLISH)
    by_editor.publish()
    return SimpleNamespace(
        source=source, translation=translation, page=by_editor.page, by_editor=by_editor
    )


def test_the_group_has_what_translators_need_and_no_more(site_tree):
    group = setup_translators()

    permissions = {
        f"{permission.content_type.app_label}.{permission.codename}"
        for permission in group.permissions.select_related("content_type")
    }
    assert permissions == translator_permissions()
    page_permissions = {
        (grant.page_id, grant.permission.codename)
        for grant in GroupPagePermission.objects.filter(group=group)
    }
    assert page_permissions == {
        (site_tree["en"].pk, "add_page"),
        (site_tree["en"].pk, "change_page"),
    }


def test_setting_up_again_changes_nothing_and_undoes_extra_grants(site_tree):
    group = setup_translators()
    before = set(GroupPagePermission.objects.filter(group=group).values_list("page", "permission"))
    GroupPagePermission.objects.create(group=group, page=site_tree["sl"], permission_type="publish")
    GroupPagePermission.objects.create(group=group, page=site_tree["en"], permission_type="publish")

    again = setup_translators()

    assert again == group
    assert Group.objects.filter(name="Translators").count() == 1
    after = set(GroupPagePermission.objects.filter(group=group).values_list("page", "permission"))
    assert after == before
    assert group.permissions.count() == len(translator_permissions())


def test_translators_may_edit_english_pages_but_not_publish_or_touch_slovene_ones(
    english, translator
):
    slovene = english.source.permissions_for_user(translator)
    english_perms = english.page.permissions_for_user(translator)

    assert english_perms.can_edit()
    assert not english_perms.can_publish()
    assert not slovene.can_edit()
    assert not slovene.can_publish()
    assert not english.source.get_parent().permissions_for_user(translator).can_add_subpage()


def test_a_translator_translates_and_saves_in_the_translation_editor(
    english, translator, django_capture_on_commit_callbacks
):
    editor = TranslationEditor(
        logged_in(translator), english.translation, django_capture_on_commit_callbacks
    )

    response = editor.open()
    assert response.status_code == 200
    props = json.loads(response.context["props"])
    assert props["locale"]["code"] == "en"
    assert props["perms"]["canPublish"] is False

    [put] = editor.translate({"summary": "Borrow tools and devices, whatever your age."})
    assert put.status_code == 200
    assert editor.save().status_code in (200, 302)

    # Saved for an editor to publish; readers still see the published translation.
    assert english.page.summary == ENGLISH["summary"]
    english.by_editor.publish()
    english.page.refresh_from_db()
    assert english.page.summary == "Borrow tools and devices, whatever your age."


def test_a_translator_cannot_publish(english, translator, django_capture_on_commit_callbacks):
    editor = TranslationEditor(
        logged_in(translator), english.translation, django_capture_on_commit_callbacks
    )
    editor.translate({"summary": "Published by a translator?"})
    live_revision = english.page.live_revision_id

    response = editor.publish()

    # The editor's main button submits the translation for review instead
    # (tests/cms/test_translation_review.py): the live page stays as it was.
    assert response.status_code == 302
    english.page.refresh_from_db()
    assert english.page.live_revision_id == live_revision
    assert english.page.summary == ENGLISH["summary"]
    assert english.page.workflow_in_progress


def test_a_translator_cannot_publish_by_syncing(
    english, translator, django_capture_on_commit_callbacks
):
    english.source.start_year = 2021
    publish(english.source)
    live_revision = english.page.live_revision_id

    sync(logged_in(translator), english.translation, django_capture_on_commit_callbacks)

    english.page.refresh_from_db()
    assert english.page.live_revision_id == live_revision


def test_a_translator_cannot_publish_by_submitting_a_translation(
    project_index, translator, django_capture_on_commit_callbacks
):
    source = slovene_project(project_index)
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    english_locale = Locale.objects.get(language_code="en")

    with django_capture_on_commit_callbacks(execute=True):
        logged_in(translator).post(url, {"locales": [english_locale.pk]})

    assert not source.get_translation(english_locale).live


def test_a_translator_cannot_open_or_change_the_slovene_page(english, translator):
    client = logged_in(translator)
    url = reverse("wagtailadmin_pages:edit", args=[english.source.pk])

    opened = client.get(url)
    posted = client.post(url, {"title": "Spremenjeno", "action-publish": "Publish"})

    for response in (opened, posted):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"] != url
    english.source.refresh_from_db()
    assert english.source.title == "Tehnološka knjižnica"


def test_load_demo_sets_up_the_translators(db):
    call_command("load_demo", stdout=StringIO())

    group = Group.objects.get(name="Translators")
    english_home = GroupPagePermission.objects.filter(group=group).values_list(
        "page__locale__language_code", flat=True
    )
    assert set(english_home) == {"en"}


# The cost of statuses for a listing.


def _listing(project_index, on_commit, pairs: int) -> list:
    """``pairs`` Slovene projects and their English versions, translated both ways."""
    pages = []
    for number in range(pairs):
        source = slovene_project(project_index, title=f"Projekt {number}", slug=f"p-{number}")
        if number % 2:
            english_page = submit_for_translation(source, "en", on_commit).get_target_instance()
        else:
            english_page = translate(source, "en", title=f"Project {number}")
        pages += [source, english_page]
    return pages


def test_statuses_cost_the_same_queries_for_2_and_8_pages(
    project_index, count_queries, django_capture_on_commit_callbacks
):
    pages = _listing(project_index, django_capture_on_commit_callbacks, pairs=4)

    with count_queries() as two:
        two_statuses = translation_statuses(pages[2:4])
    with count_queries() as eight:
        eight_statuses = translation_statuses(pages)

    assert two.count == eight.count == 2
    assert len(eight_statuses) == 8
    assert two_statuses == {pages[2].pk: "SOURCE", pages[3].pk: "OUTDATED"}
    sources, translations = pages[0::2], pages[1::2]
    assert {eight_statuses[page.pk] for page in sources} == {TranslationStatus.SOURCE}
    assert [eight_statuses[page.pk] for page in translations] == [
        "UP_TO_DATE",  # copy_for_translation, published after its source
        "OUTDATED",  # submitted to wagtail-localize, strings not translated yet
        "UP_TO_DATE",
        "OUTDATED",
    ]
    assert Locale.objects.count() == 2
