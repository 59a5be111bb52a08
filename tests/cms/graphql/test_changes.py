"""content_changed: every way published content changes is announced once, after commit, with
the frontend URLs that show it and the cache tags of what it touches."""

import contextlib

import pytest
from django.db import transaction
from wagtail.models import Locale, Page

from cms.graphql.changes import (
    PAGE_DELETED,
    PAGE_MOVED,
    PAGE_PUBLISHED,
    PAGE_UNPUBLISHED,
    SNIPPET_DELETED,
    SNIPPET_SAVED,
    ContentChange,
    content_changed,
)
from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory, local
from tests.factories import publish, translate
from tests.project_pages.factories import (
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
    assert saved.tags == (
        f"snippet:project_pages.targetgroup:{group.pk}",
        "snippets:project_pages.targetgroup",
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

    monkeypatch.setattr("cms.graphql.changes.page_change", broken)
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
