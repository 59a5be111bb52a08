"""content_changed: every way published content changes is announced once, after commit, with
the frontend URLs that show it and the cache tags of what it touches."""

import contextlib

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.content.changes import (
    COLLECTION_CHANGED,
    COLLECTION_PRIVACY_CHANGED,
    PAGE_DELETED,
    PAGE_MOVED,
    PAGE_PUBLISHED,
    PAGE_TRANSLATION_CHANGED,
    PAGE_UNPUBLISHED,
    SNIPPET_DELETED,
    SNIPPET_SAVED,
    ContentChange,
    content_changed,
)
from project_pages.models import ProjectContact, ProjectMaterial
from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory, local
from tests.cms.localize_editor import submit_for_translation
from tests.factories import publish, translate
from tests.project_pages.factories import (
    PersonFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db

FRONTEND = "https://www.library.test"


@pytest.fixture
def announced(django_capture_on_commit_callbacks):
    """The changes announced while the test runs its on-commit callbacks."""
    changes: list[ContentChange] = []

    def receive(sender, change, **kwargs):
        changes.append(change)

    content_changed.connect(receive)
    yield changes
    content_changed.disconnect(receive)


@pytest.fixture
def projects(site_tree):
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"], slug="projekti"))
    translate(index, "en", title="Projects", slug="projects")
    return index


def test_publishing_announces_the_page_its_translations_and_its_listing(
    projects, announced, django_capture_on_commit_callbacks
):
    project = ProjectPageFactory(parent=projects, slug="most", title="Most")
    with django_capture_on_commit_callbacks(execute=True):
        publish(project)
    english = translate(project, "en", title="Bridge", slug="bridge")
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        publish(project)

    assert len(announced) == 1
    change = announced[0]
    assert (change.event, change.label, change.object_id, change.locale, change.title) == (
        PAGE_PUBLISHED,
        "project_pages.projectpage",
        project.pk,
        "sl",
        "Most",
    )
    assert change.urls == (
        f"{FRONTEND}/projekti/most/",
        f"{FRONTEND}/en/projects/bridge/",
        f"{FRONTEND}/projekti/",
    )
    assert set(change.tags) == {
        f"page:{project.pk}",
        f"page:{english.pk}",
        f"page:{projects.pk}",
        "pages:sl",
    }
    assert change.as_payload()["cacheTags"] == list(change.tags)


def test_nothing_is_announced_before_commit_nor_after_a_rollback(
    projects, announced, django_capture_on_commit_callbacks
):
    project = ProjectPageFactory(parent=projects)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish(project)
    assert announced == [], "announced before the transaction committed"
    assert len(callbacks) == 1

    announced.clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        contextlib.suppress(RuntimeError),
        transaction.atomic(),
    ):
        publish(project)
        raise RuntimeError("something after the publish fails: it is rolled back")
    assert announced == []


def test_unpublishing_moving_and_deleting(
    projects, site_tree, announced, django_capture_on_commit_callbacks
):
    project = publish(ProjectPageFactory(parent=projects, slug="most"))
    other_index = publish(ProjectIndexPageFactory(parent=site_tree["sl"], slug="arhiv"))

    with django_capture_on_commit_callbacks(execute=True):
        project.get_latest_revision().publish()  # a second publish, for the record
        project.refresh_from_db()
        project.unpublish()
    assert [change.event for change in announced] == [PAGE_PUBLISHED, PAGE_UNPUBLISHED]

    publish(project)
    announced.clear()
    with django_capture_on_commit_callbacks(execute=True):
        project.move(other_index, pos="last-child")
    (moved,) = announced
    assert moved.event == PAGE_MOVED
    # Both the old address and the new, and both listings.
    assert f"{FRONTEND}/projekti/most/" in moved.urls
    assert f"{FRONTEND}/arhiv/most/" in moved.urls
    assert {f"page:{projects.pk}", f"page:{other_index.pk}"} <= set(moved.tags)

    announced.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=project.pk).specific.delete()
    # Wagtail unpublishes a live page it deletes, and drops the redirect the move made.
    page_events = [(c.event, c.object_id) for c in announced if c.label.startswith("project")]
    assert page_events == [(PAGE_UNPUBLISHED, project.pk), (PAGE_DELETED, project.pk)]
    deleted = announced[-1]
    assert f"{FRONTEND}/arhiv/most/" in deleted.urls


def test_unpublishing_or_republishing_a_section_names_the_live_pages_below_it(
    projects, announced, django_capture_on_commit_callbacks
):
    """They stay live, but the API serves nothing below a page that is not."""
    project = publish(ProjectPageFactory(parent=projects))
    draft = ProjectPageFactory(parent=projects, live=False)
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        projects.unpublish()

    (change,) = announced
    assert (change.event, change.object_id) == (PAGE_UNPUBLISHED, projects.pk)
    assert f"page:{project.pk}" in change.tags
    assert f"page:{draft.pk}" not in change.tags

    english = translate(project, "en", slug="project")
    announced.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(projects)  # back, with the pages below it and their translations
        publish(projects)  # a change of the section's own content only
    back, edited = announced
    assert {f"page:{project.pk}", f"page:{english.pk}"} <= set(back.tags)
    assert f"page:{project.pk}" not in edited.tags


def test_deleting_a_draft_announces_nothing(
    projects, announced, django_capture_on_commit_callbacks
):
    draft = ProjectPageFactory(parent=projects, live=False)
    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()
    assert announced == []


def test_an_event_names_the_calendar_months_that_show_it(
    site_tree, announced, django_capture_on_commit_callbacks
):
    calendar = publish(EventIndexPageFactory(parent=site_tree["sl"], slug="koledar"))
    event = EventPageFactory(
        parent=calendar,
        slug="klub",
        start=local(2020, 12, 3, 18, 0),
        end=local(2020, 12, 3, 20, 0),
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    (change,) = announced
    assert f"{FRONTEND}/koledar/?year=2020&month=12" in change.urls
    assert f"{FRONTEND}/koledar/" in change.urls


def test_a_snippet_change_is_announced_with_its_tags(
    site_tree, announced, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        group = TargetGroupFactory(name="Slepi", locale=site_tree["sl"].locale)
    (saved,) = announced
    assert (saved.event, saved.label, saved.locale) == (
        SNIPPET_SAVED,
        "project_pages.targetgroup",
        "sl",
    )
    # Project and event pages link to target groups: their facets and filters read its name
    # and slug, under the listings of its language.
    assert saved.tags == (
        f"snippet:project_pages.targetgroup:{group.pk}",
        "snippets:project_pages.targetgroup",
        "pages:sl",
    )
    assert saved.urls == ()

    announced.clear()
    group_id = group.pk
    with django_capture_on_commit_callbacks(execute=True):
        group.delete()
    (deleted,) = announced
    assert (deleted.event, deleted.object_id) == (SNIPPET_DELETED, group_id)


def test_a_failure_to_work_out_the_change_never_fails_the_publish(
    projects, announced, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise RuntimeError("no URL for you")

    monkeypatch.setattr("cms.content.change_sources.page_change", broken)
    project = ProjectPageFactory(parent=projects)
    with django_capture_on_commit_callbacks(execute=True):
        publish(project)

    assert project.live
    assert announced == []
    assert "Could not announce a content change" in caplog.text


def test_a_draft_translation_is_not_named_to_frontends(
    projects, announced, django_capture_on_commit_callbacks
):
    project = publish(ProjectPageFactory(parent=projects, slug="most"))
    draft = project.copy_for_translation(Locale.objects.get(language_code="en"))
    draft.slug = "secret-bridge"
    draft.save()
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        publish(project)

    (change,) = announced
    assert not any("secret-bridge" in url for url in change.urls)
    assert f"page:{draft.pk}" not in change.tags


# Images, documents, collections, redirects.

EVERY_LANGUAGE = {"pages:sl", "pages:en"}
VISIBILITY = EVERY_LANGUAGE | {"snippets:wagtailimages.image", "snippets:wagtaildocs.document"}


def test_an_object_change_names_the_pages_and_snippets_that_show_it(
    projects, announced, django_capture_on_commit_callbacks
):
    """A page may show a document's or a person's fields under its own tag (a material's
    title and URL): Wagtail's reference index says which live pages do."""
    document = wagtail_factories.DocumentFactory(file__filename="porocilo.pdf")
    person = PersonFactory()
    project = ProjectPageFactory(parent=projects)
    project.materials = [ProjectMaterial(title="Poročilo", document=document)]
    project.contacts = [ProjectContact(person=person)]
    publish(project)
    draft = ProjectPageFactory(parent=projects, live=False)
    draft.materials = [ProjectMaterial(title="Osnutek", document=document)]
    draft.save()
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Letno poročilo"
        document.save()
        person.name = "dr. Ana Novak"
        person.save()
        Page.objects.get(pk=project.pk).specific.delete()

    saved_document, saved_person, *deleted = announced
    assert saved_document.event == saved_person.event == SNIPPET_SAVED
    assert set(saved_document.tags) == {
        f"snippet:wagtaildocs.document:{document.pk}",
        "snippets:wagtaildocs.document",
        f"page:{project.pk}",
    }, "a draft that shows the document is not named"
    assert f"page:{project.pk}" in saved_person.tags
    assert not EVERY_LANGUAGE & set(saved_document.tags + saved_person.tags)


def test_past_a_hundred_pages_a_change_names_every_languages_listings_instead(
    projects, announced, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr("cms.content.changes.MAX_NAMED_REFERENCES", 1)
    monkeypatch.setattr("cms.content.change_sources.MAX_NAMED_REFERENCES", 1)
    person = PersonFactory()
    pages = [ProjectPageFactory(parent=projects) for _ in range(2)]
    for page in pages:
        page.contacts = [ProjectContact(person=person)]
        publish(page)
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        person.save()
        projects.unpublish()

    for change in announced:
        assert set(change.tags) >= EVERY_LANGUAGE
        assert not {f"page:{page.pk}" for page in pages} & set(change.tags)


def test_an_image_or_a_document_moved_to_another_collection_may_be_shown_anywhere(
    site_tree, announced, django_capture_on_commit_callbacks
):
    staff = Collection.get_first_root_node().add_child(name="Zaposleni")
    image = wagtail_factories.ImageFactory()
    document = wagtail_factories.DocumentFactory()
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        image.title = "Seja"
        image.save()
        document.collection = staff
        document.save()

    retitled, moved = announced
    assert not VISIBILITY & set(retitled.tags) - {"snippets:wagtailimages.image"}
    assert set(moved.tags) >= VISIBILITY
    assert f"snippet:wagtaildocs.document:{document.pk}" in moved.tags


def test_a_collection_saved_moved_or_made_private_is_announced(
    site_tree, announced, django_capture_on_commit_callbacks
):
    root = Collection.get_first_root_node()
    staff = root.add_child(name="Zaposleni")
    minutes = root.add_child(name="Zapisniki")
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        minutes.name = "Zapisniki sej"
        minutes.save()
        minutes.move(staff, "sorted-child")  # the admin saves the form, then moves
        CollectionViewRestriction.objects.create(collection=staff, restriction_type="login")

    renamed, private = announced
    assert (renamed.event, renamed.label, renamed.object_id, renamed.title) == (
        COLLECTION_CHANGED,
        "wagtailcore.collection",
        minutes.pk,
        "Zapisniki sej",
    )
    assert private.event == COLLECTION_PRIVACY_CHANGED
    for change in announced:
        assert set(change.tags) >= VISIBILITY
        assert change.urls == ()


def test_a_redirect_is_announced_to_every_languages_listings(
    site_tree, announced, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        redirect = Redirect.objects.create(old_path="/staro", redirect_page=site_tree["sl"])

    (change,) = announced
    assert change.event == SNIPPET_SAVED
    assert set(change.tags) == {
        f"snippet:wagtailredirects.redirect:{redirect.pk}",
        "snippets:wagtailredirects.redirect",
        *EVERY_LANGUAGE,
    }


# wagtail-localize.


@pytest.fixture
def admin_client():
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "x")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def english(projects, django_capture_on_commit_callbacks):
    """A Slovene project and its English translation in wagtail-localize, every string
    translated by machine and published."""
    source = publish(ProjectPageFactory(parent=projects, slug="most", title="Most"))
    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    en = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        for segment in StringSegment.objects.filter(source=translation.source):
            StringTranslation.objects.create(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale=en,
                data=f"{segment.string.data} (en)",
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            )
        translation.save_target(publish=True)
    translation.refresh_from_db()
    return translation


def test_translation_records_announce_the_live_translation_once_per_commit(
    english, announced, django_capture_on_commit_callbacks
):
    page = english.get_target_instance()
    assert page.live
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        english.enabled = False
        english.save()
        for string in StringTranslation.objects.filter(locale=page.locale):
            string.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL  # reviewed
            string.save()

    (change,) = announced
    assert (change.event, change.object_id, change.locale) == (
        PAGE_TRANSLATION_CHANGED,
        page.pk,
        "en",
    )
    assert change.tags == (f"page:{page.pk}",)
    assert change.urls == (f"{FRONTEND}/en/projects/most-en/",)

    announced.clear()
    with django_capture_on_commit_callbacks(execute=True):
        english.source.update_from_db()  # "Sync translated pages"
    assert [(c.event, c.object_id) for c in announced] == [(PAGE_TRANSLATION_CHANGED, page.pk)]

    announced.clear()
    with django_capture_on_commit_callbacks(execute=True):
        string = StringTranslation.objects.filter(locale=page.locale).first()
        string.data = "A bridge"  # reworded: still a person's translation
        string.save()
    assert announced == []


def test_a_translation_applied_as_a_draft_is_announced_and_a_published_one_once(
    english, announced, django_capture_on_commit_callbacks
):
    """A draft changes what the live translation's status compares; a publish announces
    itself, and the same record of it adds nothing."""
    page = english.get_target_instance()
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        english.save_target(publish=False)
    assert [(c.event, c.object_id) for c in announced] == [(PAGE_TRANSLATION_CHANGED, page.pk)]

    announced.clear()
    with django_capture_on_commit_callbacks(execute=True):
        english.save_target(publish=True)
    assert [(c.event, c.object_id) for c in announced] == [(PAGE_PUBLISHED, page.pk)]


def test_converting_a_translation_to_an_alias_is_announced_as_an_unpublish(
    english, announced, admin_client, django_capture_on_commit_callbacks
):
    page = english.get_target_instance()
    source = english.source.get_source_instance()
    announced.clear()

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))

    assert not Translation.objects.filter(pk=english.pk).exists()
    (change,) = announced
    assert (change.event, change.object_id, change.locale) == (PAGE_UNPUBLISHED, page.pk, "en")
    assert f"{FRONTEND}/en/projects/most-en/" in change.urls
    assert {f"page:{page.pk}", f"page:{source.pk}", "pages:en"} <= set(change.tags)
