"""A publish that fails half-way leaves the page as readers had it (``cms.home.publishing``,
``make_publishing_atomic``).

Wagtail saves the page as live before it tells ``page_published`` receivers, updates aliases
and writes the audit log; a receiver that raises stands in here for any of those failing.
"""

from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.signals import page_published, page_unpublished

from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory
from tests.calendar_app.test_admin import event_form
from tests.cms.editorial import logged_in, member, press_publish
from tests.factories import publish

pytestmark = pytest.mark.django_db


class SearchIndexDown(Exception):
    pass


@pytest.fixture
def event(site_tree):
    calendar = publish(EventIndexPageFactory(parent=site_tree["sl"]))
    return publish(EventPageFactory(parent=calendar, title="Bralni klub", slug="bralni-klub"))


@contextmanager
def failing_receiver(signal=page_published):
    """A receiver of ``signal`` that fails, as a search index or cache purge might."""

    def fail(**kwargs):
        raise SearchIndexDown

    signal.connect(fail, dispatch_uid="test-failing-receiver")
    try:
        yield
    finally:
        signal.disconnect(dispatch_uid="test-failing-receiver")


def live_state(page) -> tuple:
    page.refresh_from_db()
    return (page.title, page.live, page.live_revision_id, page.last_published_at)


def publish_entries(page) -> int:
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()


def test_a_publish_failing_in_the_admin_leaves_the_live_page_and_keeps_the_draft(event):
    before, published_before = live_state(event), publish_entries(event)
    client = logged_in(member("Editors"))

    with failing_receiver(), pytest.raises(SearchIndexDown):
        press_publish(
            client,
            event,
            event_form(title="Bralni klub za odrasle", online_url="https://meet.example/klub"),
        )

    assert live_state(event) == before
    assert publish_entries(event) == published_before
    # The editor's work is not lost: it is the latest revision, a draft.
    assert event.has_unpublished_changes
    assert event.get_latest_revision().as_object().title == "Bralni klub za odrasle"


def test_a_publish_failing_elsewhere_keeps_the_scheduled_revision(event):
    """Publishing outside the admin (workflows, ``publish_scheduled``, code) is one
    transaction too. Wagtail clears every revision's schedule before it saves the page."""
    event.title = "Bralni klub, jesenski termin"
    scheduled = event.save_revision(approved_go_live_at=timezone.now() + timedelta(days=7))
    event.title = "Bralni klub za odrasle"
    revision = event.save_revision()
    before, published_before = live_state(event), publish_entries(event)

    with failing_receiver(), pytest.raises(SearchIndexDown):
        revision.publish()

    assert live_state(event) == before
    assert publish_entries(event) == published_before
    scheduled.refresh_from_db()
    assert scheduled.approved_go_live_at is not None


def test_without_a_failure_the_same_publish_goes_live(event):
    client = logged_in(member("Editors"))

    press_publish(
        client,
        event,
        event_form(title="Bralni klub za odrasle", online_url="https://meet.example/klub"),
    )

    assert live_state(event)[:2] == ("Bralni klub za odrasle", True)


def test_an_unpublish_failing_half_way_leaves_the_page_live(event):
    before = live_state(event)

    with failing_receiver(page_unpublished), pytest.raises(SearchIndexDown):
        event.unpublish()

    assert live_state(event) == before
    assert not PageLogEntry.objects.filter(page=event, action="wagtail.unpublish").exists()
