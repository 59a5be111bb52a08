"""Translations go live through a review (``cms.translation_review``): a translator submits
from wagtail-localize's editor, the editors of that language see it on their dashboard and by
e-mail, and approve it (it goes live) or ask for changes with a comment the translator reads.
The translator never publishes, deletes or ends a translation, and the editor's main button is
never one of those for them."""

import html
import json
import re
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, TaskState, WorkflowState

from cms.translation_review import TASK_NAME, WORKFLOW_NAME
from tests.cms.editorial import assert_refused, edit_url, logged_in, member, opened_form
from tests.cms.localize_editor import (
    ENGLISH,
    TranslationEditor,
    slovene_project,
    submit_for_translation,
)

pytestmark = pytest.mark.django_db

ENGLISH_PROJECT = """
query EnglishProject($slug: String!) { page(slug: $slug, locale: "en") { title } }
"""


def set_up_translators() -> None:
    call_command("setup_translators", stdout=StringIO())


def shown_props(response) -> dict:
    """The props the translation editor's script reads: ``data-props`` as served (the view's
    context holds wagtail-localize's own, before ``cms.translation_review`` adjusts them)."""
    assert response.status_code == 200, response.status_code
    found = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.text)
    return json.loads(html.unescape(found.group(1)))


def footer_actions(props: dict) -> list[str]:
    """The editor's footer buttons in wagtail-localize's order (its ``ht`` component): the
    last one is the main button."""
    perms, links = props["perms"], props["links"]
    actions = ["stop-translation"]
    if links["convertToAliasUrl"]:
        actions.append("convert-to-alias")
    for perm, action in (
        ("canDelete", "delete"),
        ("canLock", "lock"),
        ("canUnpublish", "unpublish"),
        ("canPublish", "publish"),
    ):
        if perms[perm] and not (perm == "canLock" and props["object"]["isLocked"]):
            actions.append(action)
    return actions


@pytest.fixture
def review(project_index, django_capture_on_commit_callbacks, site_tree):
    """A Slovene project being translated into English by a translator; an editor and a
    moderator review translations, the project's English page is a draft."""
    set_up_translators()
    people = SimpleNamespace(
        translator=member("Translators"),
        editor=member("Editors"),
        moderator=member("Moderators"),
    )
    source = slovene_project(project_index)
    localized = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    page = localized.get_target_instance()
    if page.live:
        page.unpublish()
    by_translator = TranslationEditor(
        logged_in(people.translator), localized, django_capture_on_commit_callbacks
    )
    by_translator.translate_all(ENGLISH)
    mail.outbox.clear()
    return SimpleNamespace(
        source=source, translation=localized, by_translator=by_translator, **vars(people)
    )


def live_page(review) -> Page:
    return Page.objects.get(pk=review.by_translator.page.pk)


def current_task_state(review) -> TaskState:
    return TaskState.objects.get(
        workflow_state__object_id=str(review.by_translator.page.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )


def test_translations_into_english_are_reviewed_and_slovene_keeps_its_workflow(site_tree):
    slovene_before = site_tree["sl"].get_workflow()

    set_up_translators()
    set_up_translators()

    english = site_tree["en"].get_workflow()
    assert english.name == WORKFLOW_NAME
    assert [task.name for task in english.tasks] == [TASK_NAME]
    reviewers = {group.name for group in english.tasks[0].specific.groups.all()}
    assert reviewers == {"Editors", "Moderators"}
    assert site_tree["sl"].get_workflow() == slovene_before


def test_a_translator_submits_and_the_editors_of_english_are_told(review):
    response = review.by_translator.publish()

    assert response.status_code == 302
    page = live_page(review)
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == review.translator
    assert current_task_state(review).task.name == TASK_NAME

    dashboard = logged_in(review.editor).get(reverse("wagtailadmin_home"))
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", current_task_state(review).pk],
    )
    assert approve_url in dashboard.text
    recipients = {address for message in mail.outbox for address in message.to}
    assert {review.editor.email, review.moderator.email} <= recipients
    assert review.translator.email not in recipients
    assert any(ENGLISH["title"] in message.subject for message in mail.outbox)


def test_the_reviewers_mail_is_in_their_admin_language_only(review):
    """Slovene (no preference: the site's language); Wagtail's HTML part was rendered in the
    sender's language, so the mails are plain text."""
    review.by_translator.publish()

    told = [message for message in mail.outbox if review.editor.email in message.to]
    assert told
    for message in told:
        assert "Pregled prevoda" in message.body
        assert "has been submitted" not in message.body
        assert "has been submitted" not in message.subject
        assert not getattr(message, "alternatives", None)


def test_the_editor_approves_and_the_translation_goes_live(review, graphql):
    review.by_translator.publish()
    task_state = current_task_state(review)
    page = live_page(review)

    response = logged_in(review.editor).post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.title == ENGLISH["title"]
    assert graphql(ENGLISH_PROJECT, {"slug": page.slug})["data"]["page"] == {
        "title": ENGLISH["title"]
    }


def test_the_editor_asks_for_changes_and_the_translator_reads_why(review):
    review.by_translator.publish()
    page = live_page(review)
    task_state = current_task_state(review)
    comment = "Prosim, prevedite še povzetek po slogovnem priročniku."

    logged_in(review.editor).post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": comment},
    )

    page.refresh_from_db()
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    told = [message for message in mail.outbox if review.translator.email in message.to]
    assert told
    assert comment in told[0].body
    history = logged_in(review.translator).get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, state.pk])
    )
    assert comment in history.text
    shown = [str(message) for message in review.by_translator.open().context["messages"]]
    assert any(comment in message and review.editor.get_username() in message for message in shown)

    with translation.override("en"):
        props = shown_props(review.by_translator.open())
    assert props["reviewAction"]["label"] == "Znova pošlji v pregled"  # in the admin's language

    review.by_translator.publish()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_the_translators_main_button_submits_for_review(review):
    with translation.override("en"):
        props = shown_props(review.by_translator.open())

    actions = footer_actions(props)
    assert actions[-1] == "publish"
    assert (
        props["reviewAction"]["label"] == "Pošlji v pregled"
    )  # "Submit for review", in the admin's language
    assert not {"delete", "unpublish", "convert-to-alias"} & set(actions)
    assert props["canStopTranslation"] is False


def test_an_editors_main_button_publishes(review):
    editor = TranslationEditor(
        logged_in(review.editor), review.translation, review.by_translator.on_commit
    )

    props = shown_props(editor.open())

    assert footer_actions(props)[-1] == "publish"
    assert "reviewAction" not in props
    assert "canStopTranslation" not in props


@pytest.fixture
def published(review):
    """The translation submitted and approved: live in English."""
    review.by_translator.publish()
    page = live_page(review)
    logged_in(review.editor).post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", current_task_state(review).pk],
        )
    )
    page.refresh_from_db()
    assert page.live
    return review


@pytest.mark.parametrize(
    "attempt",
    [
        lambda page, tr: ("post", reverse("wagtailadmin_pages:delete", args=[page.pk])),
        lambda page, tr: ("post", reverse("wagtailadmin_pages:unpublish", args=[page.pk])),
        lambda page, tr: ("post", reverse("wagtail_localize:convert_to_alias", args=[page.pk])),
        lambda page, tr: ("post", reverse("wagtail_localize:stop_translation", args=[tr.pk])),
    ],
    ids=["delete", "unpublish", "convert-to-alias", "stop-syncing"],
)
def test_a_translator_cannot_take_a_reviewed_translation_off_the_site(published, attempt):
    page = live_page(published)
    method, url = attempt(page, published.translation)

    response = getattr(logged_in(published.translator), method)(url)

    assert_refused(response)
    page.refresh_from_db()
    assert page.live
    assert page.alias_of_id is None
    published.translation.refresh_from_db()
    assert published.translation.enabled


def test_a_translator_cannot_publish_a_change_directly(published):
    """Pressing the main button again submits the change; the live page stays as it was."""
    published.by_translator.translate({"title": "Library of things"})

    published.by_translator.publish()

    page = live_page(published)
    assert page.live
    assert page.title == ENGLISH["title"]
    assert page.get_latest_revision_as_object().title == "Library of things"
    assert WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


def test_the_translate_screen_names_the_version_that_is_translated(
    project_index, editor_in, django_capture_on_commit_callbacks
):
    """The page's unpublished draft title is not what is offered for translation."""
    source = slovene_project(project_index)
    draft = Page.objects.get(pk=source.pk).specific
    draft.title = "Osnutek naslova"
    draft.save_revision()
    editor = editor_in("en")
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])

    screen = editor.get(url)

    assert screen.status_code == 200
    heading = re.search(r"<header.*?</header>", screen.text, re.DOTALL).group(0)
    assert source.title in heading
    assert "Osnutek naslova" not in screen.text
    assert "the published version is translated" in screen.text

    english = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        submitted = editor.post(url, {"locales": [english.pk]}, follow=True)
    props = shown_props(submitted)
    assert [s["source"] for s in props["segments"] if s["contentPath"] == "title"] == [source.title]
    assert "Osnutek naslova" not in submitted.text


def test_submitting_again_during_a_review_changes_nothing_the_reviewers_see(review):
    review.by_translator.publish()
    sent = current_task_state(review).revision_id
    review.by_translator.translate({"title": "Library of things"})

    review.by_translator.publish()

    assert current_task_state(review).revision_id == sent
    page = live_page(review).specific
    assert page.get_latest_revision().pk == sent
    assert not page.live


def test_a_translation_edited_in_wagtails_page_editor_is_submitted_too(review):
    """A translation no longer synced opens in Wagtail's own editor: its main action saves a
    draft, and "Submit to Translation review" starts the same review."""
    review.translation.enabled = False
    review.translation.save()
    page = live_page(review)
    by_translator = logged_in(review.translator)
    # StreamFields are drawn by JavaScript; the project has no goals or body.
    form = {**opened_form(by_translator, page), "goals-count": "0", "body-count": "0"}

    assert 'name="action-submit"' in by_translator.get(edit_url(page)).text
    assert 'name="action-publish"' not in by_translator.get(edit_url(page)).text
    response = by_translator.post(edit_url(page), {**form, "action-submit": "Submit"})

    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert current_task_state(review).task.name == TASK_NAME
    assert review.editor.email in {address for message in mail.outbox for address in message.to}
