"""What editors fill in for search engines: a venue's address in parts, an event's price in
euros (``structuredData`` reads both)."""

from decimal import Decimal

import pytest
from django.urls import reverse

from calendar_app.models import EventPage, Venue
from tests.calendar_app.test_admin import add_url, event_form

pytestmark = pytest.mark.django_db


def test_editor_adds_a_venue_with_its_postal_code_town_and_country(admin_client, site_tree):
    response = admin_client.get(reverse("wagtailsnippets_calendar_app_venue:add"))
    for field in ("postal_code", "locality", "country"):
        assert f'name="{field}"' in response.content.decode()

    response = admin_client.post(
        reverse("wagtailsnippets_calendar_app_venue:add"),
        {
            "name": "Knjižnica Bežigrad",
            "branch": "",
            "address": "Einspielerjeva 1",
            "postal_code": "1000",
            "locality": "Ljubljana",
            "country": "SI",
            "latitude": "",
            "longitude": "",
            "accessibility": "",
            "locale": site_tree["sl"].locale.pk,
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    venue = Venue.objects.get(name="Knjižnica Bežigrad")
    assert (venue.address, venue.postal_code, venue.locality) == (
        "Einspielerjeva 1",
        "1000",
        "Ljubljana",
    )
    assert venue.country.code == "SI"


def test_editor_gives_a_price_in_euros_with_its_text(admin_client, calendar):
    data = event_form(online_url="https://meet.example/knjiznica", price="5 EUR", price_amount="5")

    response = admin_client.post(add_url(calendar), {**data, "action-publish": "Publish"})

    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="bralni-klub")
    assert event.price_amount == Decimal(5)
    assert event.is_free is False


def test_a_price_in_euros_without_its_text_is_refused(admin_client, calendar):
    data = event_form(online_url="https://meet.example/knjiznica", price="", price_amount="5")

    response = admin_client.post(add_url(calendar), {**data, "action-publish": "Publish"})

    assert response.status_code == 200
    assert "price" in response.context["form"].errors
    assert not EventPage.objects.filter(slug="bralni-klub").exists()
