"""schema.org ``Event`` for an event page, ready for a ``<script type="application/ld+json">``
on the frontend (search engines show dates, place, price and status from it).

Only what the page serves anyway goes in: the event's public image (``listed_image``), the
venue in the event's language, and a price only when the editor gave it as an amount (a
free-text price is no ``Offer.price``: it stays the offer's description). The vocabulary is
checked in the frontend contract against schema-dts (``frontend_contract/structured-data``).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from . import recurrence
from .conf import site_zone
from .occurrences import readable_rule

#: ``EventPage.price_amount`` is in euros.
PRICE_CURRENCY = "EUR"

SCHEMA_STATUS = {
    "SCHEDULED": "https://schema.org/EventScheduled",
    "CANCELLED": "https://schema.org/EventCancelled",
    "POSTPONED": "https://schema.org/EventPostponed",
    "MOVED_ONLINE": "https://schema.org/EventMovedOnline",
}


def _attendance_mode(event) -> str:
    if event.status == "MOVED_ONLINE" or (event.venue_id is None and event.online_url):
        return "https://schema.org/OnlineEventAttendanceMode"
    if event.online_url:
        return "https://schema.org/MixedEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def _locations(event) -> list[dict]:
    locations = []
    venue = event.venue_in_locale
    if venue is not None and event.status != "MOVED_ONLINE":
        place = {"@type": "Place", "name": venue.name, "address": postal_address(venue)}
        if venue.latitude is not None and venue.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": venue.latitude,
                "longitude": venue.longitude,
            }
        locations.append(place)
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    return locations


def postal_address(venue) -> dict:
    address = {"@type": "PostalAddress", "streetAddress": venue.address}
    if venue.locality:
        address["addressLocality"] = venue.locality
    if venue.postal_code:
        address["postalCode"] = venue.postal_code
    if venue.country:
        address["addressCountry"] = venue.country.code
    return address


def _offer(event, url: str) -> dict:
    """Free: a price of 0. An amount: that price in euros. A price in words only: no price
    (none is invented from the text), the words as the description."""
    offer = {"@type": "Offer", "url": event.registration_url or url}
    if event.price:
        offer["description"] = event.price
    if event.is_free:
        offer.update(price="0", priceCurrency=PRICE_CURRENCY)
    elif event.price_amount is not None:
        offer.update(price=f"{event.price_amount:.2f}", priceCurrency=PRICE_CURRENCY)
    return offer


def _occurrence(event) -> recurrence.Occurrence | None:
    """The next occurrence, or the first one for a series that is over."""
    with readable_rule(event):
        upcoming = recurrence.next_occurrences(
            event.listed_schedule(), after=timezone.now(), limit=1, zone=site_zone()
        )
        if upcoming:
            return upcoming[0]
        first = recurrence.expand(
            event.listed_schedule(),
            window_start=event.start,
            window_end=event.end,
            zone=site_zone(),
        )
    return first[0] if first else None


def event_json_ld(event) -> dict:
    base = settings.FRONTEND_BASE_URL.rstrip("/")
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "inLanguage": event.locale.language_code,
        "eventStatus": SCHEMA_STATUS[event.status],
        "eventAttendanceMode": _attendance_mode(event),
        "organizer": {"@type": "Library", "name": settings.WAGTAIL_SITE_NAME, "url": base + "/"},
    }
    if (url := event.get_url()) is not None:
        data["url"] = base + url
    if (occurrence := _occurrence(event)) is not None:
        if occurrence.all_day:
            data["startDate"] = occurrence.start.date().isoformat()
            data["endDate"] = (occurrence.end - timedelta(days=1)).date().isoformat()
        else:
            data["startDate"] = occurrence.start.isoformat()
            data["endDate"] = occurrence.end.isoformat()
    if locations := _locations(event):
        data["location"] = locations[0] if len(locations) == 1 else locations
    data["offers"] = _offer(event, data.get("url", base + "/"))
    if event.is_free:
        data["isAccessibleForFree"] = True
    elif event.price_amount is not None:
        data["isAccessibleForFree"] = False
    if event.capacity:
        data["maximumAttendeeCapacity"] = event.capacity
    if (image := event.listed_image) is not None:
        data["image"] = image.get_rendition("max-1200x1200|format-webp").full_url
    return data
