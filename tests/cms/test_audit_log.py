"""Who published, unpublished or deleted a page, and when, is in Wagtail's audit log (the
page's "History" and Reports › Site history). Wagtail writes these entries for admin actions;
these tests guard that it still does, for a member of the Editors group."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from calendar_app.models import EventPage
from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory
from tests.calendar_app.test_admin import event_form
from tests.cms.editorial import add_url, logged_in, member, press_publish
from tests.factories import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(site_tree):
    return publish(EventIndexPageFactory(parent=site_tree["sl"]))


@pytest.fixture
def event(calendar):
    return publish(EventPageFactory(parent=calendar, title="Bralni klub", slug="bralni-klub"))


@pytest.fixture
def editor(site_tree):
    return member("Editors")


class Log:
    """The audit log entries written from now on."""

    def __init__(self):
        self.since = PageLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0

    def entries(self, page_id: int, action: str) -> list[PageLogEntry]:
        return list(PageLogEntry.objects.filter(pk__gt=self.since, page_id=page_id, action=action))


def test_publishing_a_change_is_logged_with_its_editor_and_revision(event, editor):
    log = Log()

    response = press_publish(
        logged_in(editor),
        event,
        event_form(title="Bralni klub za odrasle", online_url="https://meet.example/klub"),
    )

    assert response.status_code == 302
    event.refresh_from_db()
    [entry] = log.entries(event.pk, "wagtail.publish")
    assert (entry.user, entry.revision_id) == (editor, event.live_revision_id)
    [renamed] = log.entries(event.pk, "wagtail.rename")
    assert renamed.data["title"] == {"old": "Bralni klub", "new": "Bralni klub za odrasle"}


def test_creating_and_publishing_a_page_is_logged(calendar, editor):
    log = Log()

    response = logged_in(editor).post(
        add_url(calendar, EventPage),
        {**event_form(online_url="https://meet.example/klub"), "action-publish": "Publish"},
    )

    assert response.status_code == 302
    event = EventPage.objects.get(slug="bralni-klub")
    for action in ("wagtail.create", "wagtail.publish"):
        [entry] = log.entries(event.pk, action)
        assert entry.user == editor, action


def test_unpublishing_is_logged_with_its_editor(event, editor):
    log = Log()

    response = logged_in(editor).post(reverse("wagtailadmin_pages:unpublish", args=[event.pk]))

    assert response.status_code == 302
    event.refresh_from_db()
    assert not event.live
    [entry] = log.entries(event.pk, "wagtail.unpublish")
    assert entry.user == editor


def test_deleting_is_logged_and_the_entry_outlives_the_page(event, editor):
    log = Log()
    page_id, title = event.pk, event.title

    response = logged_in(editor).post(reverse("wagtailadmin_pages:delete", args=[page_id]))

    assert response.status_code == 302
    assert not EventPage.objects.filter(pk=page_id).exists()
    [entry] = log.entries(page_id, "wagtail.delete")
    assert (entry.user, entry.label) == (editor, title)
