"""``EventPage.structuredData``: schema.org ``Event`` as a JSON object, with the venue's full
address, a price only when it is known as an amount, the public image only, and nothing of an
event the public cannot see. (The vocabulary itself is type-checked against schema-dts in the
frontend contract: ``tests/frontend_contract/test_structured_data.py``.)"""

import importlib
import json
from decimal import Decimal

import pytest
import wagtail_factories
from django.apps import apps
from django.core.exceptions import ValidationError
from wagtail.models import Collection, CollectionViewRestriction

from calendar_app.models import Venue
from tests.calendar_app.factories import EventPageFactory, VenueFactory, local
from tests.factories import LocaleFactory, publish, translate

EVENT_STRUCTURED_DATA = """
query EventStructuredData($urlPath: String!, $locale: String) {
  page(urlPath: $urlPath, locale: $locale) {
    ... on EventPage { structuredData jsonLd }
  }
}
"""

EVENTS_STRUCTURED_DATA = """
query EventsStructuredData {
  events(from: "2020-12-01", to: "2020-12-31", limit: 500) {
    event { title structuredData }
  }
}
"""

pytestmark = pytest.mark.django_db


def structured_data(graphql, url_path: str, locale: str | None = None) -> dict | None:
    result = graphql(EVENT_STRUCTURED_DATA, {"urlPath": url_path, "locale": locale})
    assert "errors" not in result, result["errors"]
    page = result["data"]["page"]
    if page is None:
        return None
    assert json.loads(page["jsonLd"]) == page["structuredData"]  # the deprecated string form
    return page["structuredData"]


@pytest.fixture
def venue(site_tree):
    return VenueFactory(
        name="Knjižnica Otona Župančiča",
        address="Kersnikova 2",
        postal_code="1000",
        locality="Ljubljana",
        country="SI",
        latitude=46.05,
        longitude=14.5,
        locale=site_tree["sl"].locale,
    )


def _event(calendar, **fields):
    values = {"title": "Delavnica", "slug": "delavnica", "online_url": "", **fields}
    return publish(EventPageFactory(parent=calendar, **values))


def test_an_event_is_a_complete_schema_org_event(graphql, calendar, venue, settings):
    image = wagtail_factories.ImageFactory(file__filename="plakat.jpg")
    _event(calendar, venue=venue, image=image, capacity=12)

    data = structured_data(graphql, "/koledar/delavnica/")

    url = "https://www.library.test/koledar/delavnica/"
    assert data == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Delavnica",
        "description": "Delavnica v knjižnici.",
        "inLanguage": "sl",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "organizer": {
            "@type": "Library",
            "name": settings.WAGTAIL_SITE_NAME,
            "url": "https://www.library.test/",
        },
        "url": url,
        "startDate": "2020-12-03T18:00:00+01:00",
        "endDate": "2020-12-03T20:00:00+01:00",
        "location": {
            "@type": "Place",
            "name": "Knjižnica Otona Župančiča",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "Kersnikova 2",
                "addressLocality": "Ljubljana",
                "postalCode": "1000",
                "addressCountry": "SI",
            },
            "geo": {"@type": "GeoCoordinates", "latitude": 46.05, "longitude": 14.5},
        },
        "offers": {"@type": "Offer", "url": url, "price": "0", "priceCurrency": "EUR"},
        "isAccessibleForFree": True,
        "maximumAttendeeCapacity": 12,
        "image": data["image"],
    }
    assert "plakat" in data["image"]
    assert data["image"].startswith("http")


def test_a_price_given_as_an_amount_is_the_offers_price_in_euros(graphql, calendar, venue):
    _event(
        calendar,
        venue=venue,
        price="7,50 EUR",
        price_amount=Decimal("7.5"),
        registration="REQUIRED",
        registration_url="https://www.mklj.si/prijava",
    )

    data = structured_data(graphql, "/koledar/delavnica/")

    assert data["offers"] == {
        "@type": "Offer",
        "url": "https://www.mklj.si/prijava",
        "description": "7,50 EUR",
        "price": "7.50",
        "priceCurrency": "EUR",
    }
    assert data["isAccessibleForFree"] is False


def test_a_price_in_words_only_invents_no_price(graphql, calendar, venue):
    _event(calendar, venue=venue, price="Prostovoljni prispevek")

    data = structured_data(graphql, "/koledar/delavnica/")

    assert data["offers"] == {
        "@type": "Offer",
        "url": "https://www.library.test/koledar/delavnica/",
        "description": "Prostovoljni prispevek",
    }
    assert "isAccessibleForFree" not in data


def test_an_amount_of_zero_is_free(graphql, calendar, venue):
    _event(calendar, venue=venue, price="Brezplačno", price_amount=Decimal(0))

    data = structured_data(graphql, "/koledar/delavnica/")

    assert data["isAccessibleForFree"] is True
    assert data["offers"]["price"] == "0"


def test_an_online_event_has_a_virtual_location_only(graphql, calendar):
    _event(calendar, online_url="https://meet.example/knjiznica")

    data = structured_data(graphql, "/koledar/delavnica/")

    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example/knjiznica"}
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_the_english_version_has_the_venue_in_english(graphql, calendar, venue):
    translate(calendar, "en", title="Calendar", slug="calendar")
    venue_en = venue.copy_for_translation(LocaleFactory(language_code="en"))
    venue_en.name = "Oton Župančič Library"
    venue_en.save()
    event = _event(calendar, venue=venue)
    translate(event, "en", title="Workshop", slug="workshop")

    data = structured_data(graphql, "/calendar/workshop/", "en")

    assert data["inLanguage"] == "en"
    assert data["url"] == "https://www.library.test/en/calendar/workshop/"
    assert data["location"]["name"] == "Oton Župančič Library"
    assert data["location"]["address"]["addressLocality"] == "Ljubljana"


def test_a_private_image_is_never_in_the_structured_data(graphql, calendar, venue):
    private = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    image = wagtail_factories.ImageFactory(file__filename="seja-uprave.jpg", collection=private)
    _event(calendar, venue=venue, image=image)

    data = structured_data(graphql, "/koledar/delavnica/")

    assert "image" not in data
    assert "seja-uprave" not in json.dumps(data)


def test_a_draft_event_has_no_structured_data(graphql, calendar, venue):
    EventPageFactory(parent=calendar, title="Osnutek", slug="osnutek", venue=venue, live=False)

    assert structured_data(graphql, "/koledar/osnutek/") is None
    listed = graphql(EVENTS_STRUCTURED_DATA)["data"]["events"]
    assert "Osnutek" not in json.dumps(listed)


def test_an_amount_needs_the_price_as_readers_see_it(calendar, venue):
    event = EventPageFactory.build(venue=venue, price="", price_amount=Decimal(5))

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert "price" in error.value.message_dict


def test_the_migration_splits_a_whole_address_line(site_tree):
    migration = importlib.import_module(
        "calendar_app.migrations.0006_venue_address_parts_and_price_amount"
    )
    whole = VenueFactory(address="Kersnikova 2, 1000 Ljubljana")
    other = VenueFactory(address="Trg republike 1")

    migration.split_addresses(apps, None)

    whole.refresh_from_db()
    assert (whole.address, whole.postal_code, whole.locality) == (
        "Kersnikova 2",
        "1000",
        "Ljubljana",
    )
    assert Venue.objects.get(pk=other.pk).address == "Trg republike 1"


#: Measured: the locales (1), the hidden and private sections (1), the window's rows of the
#: occurrence table (1), their events with locale and venue joined (1), excluded dates (1),
#: changed occurrences (1) (the structured data describes the schedule), the public images (1)
#: and their renditions (1): each loaded once for the whole listing, however many events.
STRUCTURED_DATA_QUERIES = 8


def _add_events(calendar, numbers, venue, image):
    for number in numbers:
        publish(
            EventPageFactory(
                parent=calendar,
                title=f"Dogodek {number}",
                slug=f"dogodek-{number}",
                start=local(2020, 12, 1 + number % 28, 10),
                end=local(2020, 12, 1 + number % 28, 12),
                venue=venue,
                image=image,
                price="5 EUR" if number % 2 else "",
                price_amount=Decimal(5) if number % 2 else None,
            )
        )


def _measure(graphql, count_queries):
    graphql(EVENTS_STRUCTURED_DATA)  # renditions are made once, by the first visitor
    with count_queries() as counter:
        result = graphql(EVENTS_STRUCTURED_DATA)
    assert "errors" not in result, result["errors"]
    return counter, result["data"]["events"]


def test_structured_data_in_a_listing_costs_a_fixed_number_of_queries(
    graphql, count_queries, calendar, venue
):
    image = wagtail_factories.ImageFactory()
    _add_events(calendar, range(5), venue, image)
    small, small_events = _measure(graphql, count_queries)
    _add_events(calendar, range(5, 60), venue, image)
    large, large_events = _measure(graphql, count_queries)

    assert (len(small_events), len(large_events)) == (5, 60)
    assert all("image" in item["event"]["structuredData"] for item in large_events)
    assert small.count == large.count == STRUCTURED_DATA_QUERIES, large.statements
