"""``/calendar.ics`` and ``/events/<pk>.ics``: valid RFC 5545 that calendar clients expand into
the same occurrences as ``calendar_app.recurrence``, public events only, per language."""

from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
import recurring_ical_events
from django.utils import timezone
from wagtail.models import PageViewRestriction

from calendar_app import recurrence
from calendar_app.models import EventExcludedDate, EventOccurrenceChange, EventPage
from project_pages.models import TargetGroup
from tests.calendar_app.factories import (
    LJUBLJANA,
    EventCategoryFactory,
    EventPageFactory,
    VenueFactory,
    local,
)
from tests.factories import publish, translate
from tests.project_pages.factories import ProjectPageFactory

pytestmark = pytest.mark.django_db


def feed(client, query: str = "") -> icalendar.Calendar:
    response = client.get(f"/calendar.ics{query}")
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def feed_text(client, query: str = "") -> str:
    response = client.get(f"/calendar.ics{query}")
    assert response.status_code == 200, response.content
    # Content lines are folded at 75 octets; unfold to read whole properties.
    return response.content.decode().replace("\r\n ", "")


def vevents(calendar: icalendar.Calendar, summary: str | None = None) -> list:
    return [
        event
        for event in calendar.walk("VEVENT")
        if summary is None or str(event["SUMMARY"]) == summary
    ]


def weekly(calendar_page, **fields) -> EventPage:
    values = {
        "title": "Pravljice",
        "start": local(2020, 12, 3, 18),
        "end": local(2020, 12, 3, 20),
        "recurrence_rule": "FREQ=WEEKLY;BYDAY=TH;UNTIL=20201231",
        **fields,
    }
    return EventPageFactory(parent=calendar_page, **values)


def edit_and_publish(page: EventPage, **fields) -> EventPage:
    """As the editor does: the latest revision, changed, saved as a revision and published."""
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.save_revision().publish()
    page.refresh_from_db()
    return page


# The calendar as a whole.


def test_feed_is_valid_icalendar(client, calendar):
    publish(weekly(calendar))
    parsed = feed(client)
    assert str(parsed["VERSION"]) == "2.0"
    assert str(parsed["PRODID"])
    assert str(parsed["CALSCALE"]) == "GREGORIAN"
    assert str(parsed["X-WR-CALNAME"]) == "Mestna knjižnica Ljubljana"
    (event,) = vevents(parsed)
    for name in ("UID", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "DTSTART", "DTEND", "RRULE"):
        assert name in event, name
    assert event["DTSTAMP"].dt.tzinfo is not None
    assert event["DTSTAMP"].dt.utcoffset() == timedelta(0)
    assert str(event["URL"]) == "https://www.library.test/koledar/pravljice/"
    assert str(event["DESCRIPTION"]) == "Delavnica v knjižnici."
    assert str(event["STATUS"]) == "CONFIRMED"
    text = feed_text(client)
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    lines = client.get("/calendar.ics").content.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)  # octets, folded


def test_timezone_is_the_rule_based_form(client, calendar):
    publish(weekly(calendar))
    parsed = feed(client)
    (zone,) = parsed.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Ljubljana"
    (daylight,) = zone.walk("DAYLIGHT")
    (standard,) = zone.walk("STANDARD")
    assert daylight["RRULE"] == {"FREQ": ["YEARLY"], "BYMONTH": [3], "BYDAY": ["-1SU"]}
    assert standard["RRULE"] == {"FREQ": ["YEARLY"], "BYMONTH": [10], "BYDAY": ["-1SU"]}
    assert (daylight["TZOFFSETFROM"].td, daylight["TZOFFSETTO"].td) == (
        timedelta(hours=1),
        timedelta(hours=2),
    )
    assert (standard["TZOFFSETFROM"].td, standard["TZOFFSETTO"].td) == (
        timedelta(hours=2),
        timedelta(hours=1),
    )
    assert daylight["DTSTART"].dt == datetime(1970, 3, 29, 2)  # a last Sunday of March
    assert standard["DTSTART"].dt == datetime(1970, 10, 25, 3)  # a last Sunday of October
    assert str(daylight["TZNAME"]) == "CEST"
    assert str(standard["TZNAME"]) == "CET"
    # Written by hand, not from zoneinfo's list of transitions; and it describes the zone.
    assert "RDATE" not in feed_text(client)
    described = zone.to_tz()
    for moment in (
        datetime(2021, 1, 15, 12),
        datetime(2021, 3, 28, 1, 59),
        datetime(2021, 3, 28, 3, 0),
        datetime(2021, 7, 1, 12),
        datetime(2021, 10, 31, 3, 0),
        datetime(2026, 10, 25, 1, 0),
    ):
        assert moment.replace(tzinfo=described).utcoffset() == (
            moment.replace(tzinfo=LJUBLJANA).utcoffset()
        ), moment


def test_until_is_the_end_of_the_local_day_in_utc(client, calendar):
    publish(weekly(calendar))
    publish(
        weekly(
            calendar,
            title="Poletni",
            start=local(2021, 6, 3, 18),
            end=local(2021, 6, 3, 20),
            recurrence_rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20210701",
        )
    )
    text = feed_text(client)
    assert "RRULE:FREQ=WEEKLY;UNTIL=20201231T225959Z;BYDAY=TH\r\n" in text  # CET, +01:00
    assert "RRULE:FREQ=WEEKLY;UNTIL=20210701T215959Z;BYDAY=TH\r\n" in text  # CEST, +02:00
    (event,) = vevents(feed(client), "Pravljice")
    until = event["RRULE"]["UNTIL"][0]
    assert until == datetime.combine(date(2020, 12, 31), time(23, 59, 59), LJUBLJANA)
    assert until.utcoffset() == timedelta(0)


def test_count_and_other_parts_pass_through(client, calendar):
    publish(
        EventPageFactory(
            parent=calendar,
            title="Zadnji petek",
            start=local(2020, 10, 30, 17),
            end=local(2020, 10, 30, 19),
            recurrence_rule="FREQ=MONTHLY;INTERVAL=2;BYDAY=FR;BYSETPOS=-1;COUNT=4",
        )
    )
    (event,) = vevents(feed(client))
    assert event["RRULE"] == {
        "FREQ": ["MONTHLY"],
        "INTERVAL": [2],
        "BYDAY": ["FR"],
        "BYSETPOS": [-1],
        "COUNT": [4],
    }


def test_excluded_date_is_the_occurrence_at_its_local_time(client, calendar):
    event = weekly(calendar)
    event.excluded_dates = [
        EventExcludedDate(date=date(2020, 12, 24)),
        EventExcludedDate(date=date(2020, 12, 31)),
    ]
    event.save()
    publish(event)
    text = feed_text(client)
    assert "EXDATE;TZID=Europe/Ljubljana:20201224T180000\r\n" in text
    assert "EXDATE;TZID=Europe/Ljubljana:20201231T180000\r\n" in text
    (parsed,) = vevents(feed(client))
    excluded = [value.dt for item in parsed["EXDATE"] for value in item.dts]
    assert excluded == [local(2020, 12, 24, 18), local(2020, 12, 31, 18)]


def test_changed_occurrences_are_recurrence_id_overrides(client, calendar):
    event = weekly(calendar)
    event.occurrence_changes = [
        EventOccurrenceChange(original_date=date(2020, 12, 10), change="CANCELLED"),
        EventOccurrenceChange(
            original_date=date(2020, 12, 17),
            change="MOVED",
            new_start=local(2020, 12, 18, 10),
            new_end=local(2020, 12, 18, 11, 30),
        ),
    ]
    event.save()
    publish(event)
    master, cancelled, moved = vevents(feed(client))
    assert "RECURRENCE-ID" not in master
    assert str(master["UID"]) == str(cancelled["UID"]) == str(moved["UID"])
    assert cancelled["RECURRENCE-ID"].dt == local(2020, 12, 10, 18)
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert (cancelled["DTSTART"].dt, cancelled["DTEND"].dt) == (
        local(2020, 12, 10, 18),
        local(2020, 12, 10, 20),
    )
    assert moved["RECURRENCE-ID"].dt == local(2020, 12, 17, 18)
    assert str(moved["STATUS"]) == "CONFIRMED"
    assert (moved["DTSTART"].dt, moved["DTEND"].dt) == (
        local(2020, 12, 18, 10),
        local(2020, 12, 18, 11, 30),
    )
    text = feed_text(client)
    assert "RECURRENCE-ID;TZID=Europe/Ljubljana:20201210T180000\r\n" in text
    assert "DTSTART;TZID=Europe/Ljubljana:20201218T100000\r\n" in text


@pytest.mark.parametrize(
    ("status", "expected"),
    [("CANCELLED", "CANCELLED"), ("POSTPONED", "TENTATIVE"), ("MOVED_ONLINE", "CONFIRMED")],
)
def test_event_status(client, calendar, status, expected):
    event = weekly(calendar, status=status, venue=VenueFactory(name="Knjižnica Šiška"))
    event.occurrence_changes = [
        EventOccurrenceChange(
            original_date=date(2020, 12, 17),
            change="MOVED",
            new_start=local(2020, 12, 18, 10),
            new_end=local(2020, 12, 18, 11),
        )
    ]
    event.save()
    publish(event)
    master, moved = vevents(feed(client))
    assert str(master["STATUS"]) == str(moved["STATUS"]) == expected
    if status == "MOVED_ONLINE":  # the link, not the venue it no longer takes place at
        assert str(master["LOCATION"]) == "https://meet.example/knjiznica"


def test_all_day_events_have_date_values(client, calendar):
    publish(
        EventPageFactory(
            parent=calendar,
            title="Razstava",
            all_day=True,
            start=local(2020, 12, 28),
            end=local(2021, 1, 3),
        )
    )
    repeating = EventPageFactory(
        parent=calendar,
        title="Knjižni sejem",
        all_day=True,
        start=local(2020, 12, 5),
        end=local(2020, 12, 5),
        recurrence_rule="FREQ=WEEKLY;BYDAY=SA;UNTIL=20201226",
    )
    repeating.excluded_dates = [EventExcludedDate(date=date(2020, 12, 19))]
    repeating.occurrence_changes = [
        EventOccurrenceChange(original_date=date(2020, 12, 12), change="CANCELLED")
    ]
    repeating.save()
    publish(repeating)
    text = feed_text(client)
    assert "DTSTART;VALUE=DATE:20201228\r\nDTEND;VALUE=DATE:20210104\r\n" in text
    assert "DTSTART;VALUE=DATE:20201205\r\nDTEND;VALUE=DATE:20201206\r\n" in text
    assert "RRULE:FREQ=WEEKLY;UNTIL=20201226;BYDAY=SA\r\n" in text
    assert "EXDATE;VALUE=DATE:20201219\r\n" in text
    assert "RECURRENCE-ID;VALUE=DATE:20201212\r\n" in text
    exhibition = vevents(feed(client), "Razstava")[0]
    assert exhibition["DTSTART"].dt == date(2020, 12, 28)
    assert not isinstance(exhibition["DTSTART"].dt, datetime)


def test_location_categories_and_summary(client, calendar):
    venue = VenueFactory(name="Knjižnica Otona Župančiča", address="Kersnikova 2, Ljubljana")
    event = weekly(calendar, venue=venue, summary="Pravljice za otroke; od 4. leta, vstop prost.")
    event.categories = [
        EventCategoryFactory(name="Za otroke"),
        EventCategoryFactory(name="Branje, pravljice"),
    ]
    event.save()
    publish(event)
    (parsed,) = vevents(feed(client))
    assert str(parsed["LOCATION"]) == "Knjižnica Otona Župančiča, Kersnikova 2, Ljubljana"
    assert str(parsed["DESCRIPTION"]) == "Pravljice za otroke; od 4. leta, vstop prost."
    assert sorted(parsed["CATEGORIES"].cats) == ["Branje, pravljice", "Za otroke"]
    assert str(parsed["CONFERENCE"]) == "https://meet.example/knjiznica"


# Identity and versions.


def test_sequence_goes_up_with_each_published_change(client, calendar):
    event = publish(weekly(calendar))
    first = event.ical_sequence
    (parsed,) = vevents(feed(client))
    assert parsed["SEQUENCE"] == first

    edit_and_publish(event, title="Pravljična urica")
    assert event.ical_sequence == first + 1
    # The next change starts from a revision saved before the last publication.
    edit_and_publish(event, end=local(2020, 12, 3, 19))
    assert event.ical_sequence == first + 2
    (parsed,) = vevents(feed(client))
    assert parsed["SEQUENCE"] == first + 2

    event.get_latest_revision_as_object().save_revision()  # a draft: subscribers see nothing
    event.refresh_from_db()
    assert event.ical_sequence == first + 2


def test_uid_is_stable_across_edits_and_own_to_each_page(client, calendar, site_tree):
    event = publish(weekly(calendar))
    (before,) = vevents(feed(client))
    uid = str(before["UID"])
    assert uid == f"{event.ical_uid}@www.library.test"
    edit_and_publish(event, title="Pravljična urica", slug="pravljicna-urica")
    edit_and_publish(event, start=local(2020, 12, 3, 17), end=local(2020, 12, 3, 19))
    (after,) = vevents(feed(client))
    assert str(after["UID"]) == uid
    assert str(after["SUMMARY"]) == "Pravljična urica"

    translate(calendar, "en", title="Calendar", slug="calendar")
    english = translate(event, "en", title="Story time", slug="story-time")
    copy = event.copy(update_attrs={"title": "Kopija", "slug": "kopija"})
    publish(copy)
    uids = {str(e["UID"]) for e in vevents(feed(client))} | {
        str(e["UID"]) for e in vevents(feed(client, "?locale=en"))
    }
    assert len(uids) == 3
    assert english.ical_uid != event.ical_uid != copy.specific.ical_uid
    event.refresh_from_db()
    assert str(event.ical_uid) in uid  # publishing the copy and translation left it alone


# What the public may see.


def test_only_public_events(client, calendar):
    public = publish(weekly(calendar, title="Javni"))
    draft = EventPageFactory(parent=calendar, title="Osnutek", live=False)
    private = publish(EventPageFactory(parent=calendar, title="Zasebni"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = publish(EventPageFactory(parent=calendar, title="Potekli"))
    expired.expire_at = timezone.now() - timedelta(minutes=1)
    expired.save()
    assert [str(e["SUMMARY"]) for e in vevents(feed(client))] == ["Javni"]
    for page in (draft, private, expired):
        assert client.get(f"/events/{page.pk}.ics").status_code == 404
    assert client.get("/events/999999.ics").status_code == 404
    response = client.get(f"/events/{public.pk}.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    one = icalendar.Calendar.from_ical(response.content)
    assert [str(e["SUMMARY"]) for e in vevents(one)] == ["Javni"]
    assert str(one["X-WR-CALNAME"]) == "Javni"
    assert len(one.walk("VTIMEZONE")) == 1


def test_each_language_has_its_own_feed(client, calendar, site_tree):
    translate(calendar, "en", title="Calendar", slug="calendar")
    venue = VenueFactory(name="Knjižnica Šiška", address="Trg komandanta Staneta 7")
    english_venue = venue.copy_for_translation(site_tree["en"].locale)
    english_venue.name = "Šiška Library"
    english_venue.save()
    category = EventCategoryFactory(name="Pravljice", slug="story-time")
    english_category = category.copy_for_translation(site_tree["en"].locale)
    english_category.name = "Stories"
    english_category.save()
    event = weekly(calendar, venue=venue)
    event.categories = [category]
    event.save()
    publish(event)
    translate(event, "en", title="Story time", slug="story-time", summary="Stories for kids.")

    (slovene,) = vevents(feed(client))
    assert str(slovene["SUMMARY"]) == "Pravljice"
    (english,) = vevents(feed(client, "?locale=en"))
    assert str(english["SUMMARY"]) == "Story time"
    assert str(english["DESCRIPTION"]) == "Stories for kids."
    assert str(english["URL"]) == "https://www.library.test/en/calendar/story-time/"
    assert str(english["LOCATION"]) == "Šiška Library, Trg komandanta Staneta 7"
    assert english["CATEGORIES"].cats == ["Stories"]
    assert str(english["UID"]) != str(slovene["UID"])
    assert [str(e["SUMMARY"]) for e in vevents(feed(client, "?locale=sl"))] == ["Pravljice"]


def test_filters(client, calendar, project_index):
    workshop = EventCategoryFactory(slug="workshop")
    adults = TargetGroup.objects.create(name="odrasli", slug="adults", locale=calendar.locale)
    project = publish(ProjectPageFactory(parent=project_index, title="LinkINjob"))
    matching = EventPageFactory(parent=calendar, title="Delavnica", related_project=project)
    matching.categories = [workshop]
    matching.audiences = [adults]
    matching.save()
    publish(matching)
    publish(EventPageFactory(parent=calendar, title="Drugo"))
    for query in (
        "?category=workshop",
        "?audience=adults",
        f"?project={project.pk}",
        f"?locale=sl&category=workshop&audience=adults&project={project.pk}",
    ):
        assert [str(e["SUMMARY"]) for e in vevents(feed(client, query))] == ["Delavnica"], query
    assert len(vevents(feed(client))) == 2


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?locale=de", 'Unknown locale "de". Valid locale codes: "en", "sl".'),
        ("?category=nope", 'Unknown category "nope". Allowed category slugs: workshop.'),
        ("?audience=nope", 'Unknown audience "nope". Allowed audience slugs: adults.'),
        ("?project=999999", "Allowed project ids: {project} (LinkINjob)."),
        ("?project=abc", 'Unknown project "abc"'),
    ],
)
def test_unknown_filter_values_are_a_bad_request(client, calendar, project_index, query, message):
    EventCategoryFactory(slug="workshop")
    TargetGroup.objects.create(name="odrasli", slug="adults", locale=calendar.locale)
    project = publish(ProjectPageFactory(parent=project_index, title="LinkINjob"))
    response = client.get(f"/calendar.ics{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert message.format(project=project.pk) in response.content.decode()


# Cost.


def _add_events(calendar, count, *, venue, category, audience):
    for number in range(count):
        event = EventPage(
            title=f"Dogodek {number}",
            summary="Povzetek.",
            start=local(2020, 12, 1 + number % 28, 10),
            end=local(2020, 12, 1 + number % 28, 12),
            venue=venue,
            recurrence_rule="FREQ=WEEKLY;COUNT=6",
        )
        event.audiences = [audience]
        event.categories = [category]
        first_day = event.start.date()
        event.excluded_dates = [EventExcludedDate(date=first_day + timedelta(weeks=1))]
        event.occurrence_changes = [
            EventOccurrenceChange(original_date=first_day + timedelta(weeks=2), change="CANCELLED")
        ]
        calendar.add_child(instance=event)
        publish(event)


def test_feed_costs_a_fixed_number_of_queries(client, count_queries, calendar):
    venue = VenueFactory()
    category = EventCategoryFactory(locale=calendar.locale)
    audience = TargetGroup.objects.create(name="odrasli", slug="adults", locale=calendar.locale)
    counts = []
    for total, added in ((5, 5), (30, 25)):
        _add_events(calendar, added, venue=venue, category=category, audience=audience)
        client.get("/calendar.ics")  # the site's root paths are cached by the first request
        with count_queries() as counter:
            parsed = feed(client, f"?category={category.slug}")
        assert len(vevents(parsed)) == total * 2  # each with one cancelled occurrence
        counts.append(counter.count)
    assert counts[0] == counts[1], counts


# The same occurrences as the recurrence module, by an independent expansion.


def _oracle(calendar: icalendar.Calendar, start: datetime, end: datetime) -> list[tuple]:
    found = []
    for occurrence in recurring_ical_events.of(calendar).between(start, end):
        first, last = occurrence["DTSTART"].dt, occurrence["DTEND"].dt
        if not isinstance(first, datetime):
            first = datetime.combine(first, time(), LJUBLJANA)
            last = datetime.combine(last, time(), LJUBLJANA)
        cancelled = str(occurrence.get("STATUS", "")) == "CANCELLED"
        found.append(
            (str(occurrence["SUMMARY"]), first.astimezone(UTC), last.astimezone(UTC), cancelled)
        )
    return sorted(found)


def _expanded(events, start: datetime, end: datetime) -> list[tuple]:
    found = []
    for event in events:
        for occurrence in recurrence.expand(
            event.schedule(), window_start=start, window_end=end, zone=LJUBLJANA
        ):
            start_utc, end_utc = occurrence.start.astimezone(UTC), occurrence.end.astimezone(UTC)
            found.append((event.title, start_utc, end_utc, occurrence.is_cancelled))
    return sorted(found)


def _oracle_events(calendar):
    weekly_event = weekly(
        calendar,
        title="Tedenski",
        start=local(2020, 9, 3, 18),
        end=local(2020, 9, 3, 20),
        recurrence_rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20201112",
    )
    weekly_event.excluded_dates = [EventExcludedDate(date=date(2020, 10, 8))]
    weekly_event.occurrence_changes = [
        EventOccurrenceChange(original_date=date(2020, 10, 15), change="CANCELLED"),
        # Moved into the month from the one after, and out of it to the one after.
        EventOccurrenceChange(
            original_date=date(2020, 11, 5),
            change="MOVED",
            new_start=local(2020, 10, 31, 10),
            new_end=local(2020, 10, 31, 12),
        ),
        EventOccurrenceChange(
            original_date=date(2020, 10, 29),
            change="MOVED",
            new_start=local(2020, 11, 2, 9),
            new_end=None,
        ),
    ]
    monthly = EventPageFactory(
        parent=calendar,
        title="Zadnji petek",
        start=local(2020, 1, 31, 17),
        end=local(2020, 1, 31, 19),
        recurrence_rule="FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1",
    )
    daily = EventPageFactory(
        parent=calendar,
        title="Počitniški",
        start=local(2020, 10, 24, 9),
        end=local(2020, 10, 24, 11),
        recurrence_rule="FREQ=DAILY;COUNT=5",
    )
    second_tuesday = EventPageFactory(
        parent=calendar,
        title="Drugi torek",
        start=local(2020, 10, 13, 12),
        end=local(2020, 10, 13, 13),
        recurrence_rule="FREQ=MONTHLY;BYDAY=2TU;COUNT=3",
        status="CANCELLED",
    )
    all_day = EventPageFactory(
        parent=calendar,
        title="Sejem",
        all_day=True,
        start=local(2020, 10, 3),
        end=local(2020, 10, 4),
        recurrence_rule="FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;UNTIL=20201231",
    )
    all_day.excluded_dates = [EventExcludedDate(date=date(2020, 10, 17))]
    all_day.occurrence_changes = [
        EventOccurrenceChange(
            original_date=date(2020, 10, 31),
            change="MOVED",
            new_start=local(2020, 10, 29),
            new_end=local(2020, 10, 30),
        )
    ]
    once = EventPageFactory(
        parent=calendar,
        title="Enkratni",
        start=local(2020, 10, 25, 10),
        end=local(2020, 10, 25, 12),
    )
    events = [weekly_event, monthly, daily, second_tuesday, all_day, once]
    for event in events:
        event.save()
        publish(event)
    return events


@pytest.mark.parametrize(("year", "month"), [(2020, 10), (2020, 11)])
def test_clients_expand_the_same_occurrences(client, calendar, year, month):
    events = _oracle_events(calendar)
    start = datetime(year, month, 1, tzinfo=LJUBLJANA)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=LJUBLJANA)
    expected = _expanded(events, start, end)
    assert len(expected) >= 6
    assert _oracle(feed(client), start, end) == expected
    for event in events:  # and each event's own file
        one = icalendar.Calendar.from_ical(client.get(f"/events/{event.pk}.ics").content)
        assert _oracle(one, start, end) == _expanded([event], start, end), event.title


# Ids the database cannot hold.


@pytest.mark.parametrize("pk", [2**31, 2**63, 10**30])
def test_an_event_id_larger_than_the_database_holds_is_not_found(client, calendar, pk):
    response = client.get(f"/events/{pk}.ics")
    assert response.status_code == 404


@pytest.mark.parametrize("value", [str(2**31), str(10**30), "²", "¹²"])
def test_a_project_id_the_database_cannot_hold_is_a_bad_request(client, calendar, value):
    response = client.get("/calendar.ics", {"project": value})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == (
        f'Unknown project "{value}": a project id is a number from 1 to 2147483647, '
        "the id of a published project page."
    )


@pytest.mark.parametrize("code", ["sl", "en"])
def test_the_feed_names_its_language(client, calendar, code):
    """Calendar clients and caches read the feed's language from ``Content-Language``: the
    ``locale`` asked for, not the address's."""
    response = client.get(f"/calendar.ics?locale={code}")
    assert response.status_code == 200
    assert response["Content-Language"] == code
