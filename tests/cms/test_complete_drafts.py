"""A draft is saved, by the editor or by autosave, only from a complete form (``cms.forms``):
Wagtail 8 would save one with its required text fields empty, and autosave on the add view
created half-written pages in the tree."""

import pytest
from wagtail.models import Revision

from calendar_app.models import EventPage
from tests.calendar_app.factories import EventIndexPageFactory, VenueFactory
from tests.calendar_app.test_admin import add_url, event_form
from tests.factories import publish

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def calendar(site_tree):
    return publish(EventIndexPageFactory(parent=site_tree["sl"]))


@pytest.fixture
def venue(site_tree):
    return VenueFactory(locale=site_tree["sl"].locale)


def test_autosave_of_a_new_event_without_its_summary_creates_no_page(admin_client, calendar, venue):
    data = event_form(venue=str(venue.pk), summary="")

    response = admin_client.post(add_url(calendar), data, **AUTOSAVE)

    assert response.status_code == 400
    assert response.json()["success"] is False
    assert not EventPage.objects.filter(slug="bralni-klub").exists()


def test_save_draft_without_a_summary_shows_the_error_and_saves_nothing(
    admin_client, calendar, venue
):
    response = admin_client.post(add_url(calendar), event_form(venue=str(venue.pk), summary=""))

    assert response.status_code == 200
    assert "summary" in response.context["form"].errors
    assert not EventPage.objects.filter(slug="bralni-klub").exists()


def test_autosave_of_an_edit_that_empties_a_required_field_adds_no_revision(
    admin_client, calendar, venue
):
    admin_client.post(add_url(calendar), {**event_form(venue=str(venue.pk)), "action-publish": "1"})
    event = EventPage.objects.get(slug="bralni-klub")
    revisions = Revision.page_revisions.filter(object_id=str(event.pk)).count()

    response = admin_client.post(
        f"/admin/pages/{event.pk}/edit/", event_form(venue=str(venue.pk), summary=""), **AUTOSAVE
    )

    assert response.status_code == 400
    assert Revision.page_revisions.filter(object_id=str(event.pk)).count() == revisions
    event.refresh_from_db()
    assert event.summary


def test_autosave_of_a_complete_form_still_saves_a_draft(admin_client, calendar, venue):
    response = admin_client.post(add_url(calendar), event_form(venue=str(venue.pk)), **AUTOSAVE)

    assert response.status_code == 200, response.content
    assert response.json()["success"] is True
    event = EventPage.objects.get(slug="bralni-klub")
    assert not event.live
