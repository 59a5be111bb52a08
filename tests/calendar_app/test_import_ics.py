"""``manage.py import_ics``: events from Google Calendar, LibCal or this site's own feed become
event pages, idempotently by UID, all or nothing."""

import time as timer
from datetime import UTC, date, datetime, time
from io import StringIO
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from calendar_app import recurrence
from calendar_app.models import EventPage, Venue
from tests.calendar_app.factories import (
    LJUBLJANA,
    EventCategoryFactory,
    EventIndexPageFactory,
    EventPageFactory,
    VenueFactory,
    local,
)
from tests.factories import publish, translate

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

DATA = Path(__file__).parent / "data"
GOOGLE = DATA / "google.ics"
STORY_TIME = "7kukuqrfedlm2f9t0vq0jh2bqr@google.com"

HEADER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Import//EN
"""
FOOTER = "END:VCALENDAR\n"


def ics(*events: str) -> str:
    return HEADER + "".join(events) + FOOTER


def vevent(uid: str, summary: str, *lines: str) -> str:
    body = "".join(f"{line}\n" for line in lines)
    return f"BEGIN:VEVENT\nUID:{uid}\nSUMMARY:{summary}\n{body}END:VEVENT\n"


GOOD = vevent(
    "good@test",
    "Dober dogodek",
    "DTSTART;TZID=Europe/Ljubljana:20201203T180000",
    "DTEND;TZID=Europe/Ljubljana:20201203T200000",
    "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4",
    "LOCATION:Knjižnica Šiška",
)
ALSO_GOOD = vevent(
    "also-good@test",
    "Še en dober",
    "DTSTART:20201210T170000Z",
    "DTEND:20201210T180000Z",
    "URL:https://meet.example/drugi",
)


def run_import(path, parent, *extra) -> str:
    out = StringIO()
    call_command("import_ics", str(path), "--parent", str(parent), *extra, stdout=out, stderr=out)
    return out.getvalue()


def write(tmp_path, text: str, name: str = "events.ics") -> Path:
    """``text`` with CRLF line ends, as RFC 5545 has them."""
    path = tmp_path / name
    path.write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode())
    return path


def google_text() -> str:
    return GOOGLE.read_bytes().decode().replace("\r\n", "\n")


def pages() -> dict[str, EventPage]:
    return {page.imported_uid: page for page in EventPage.objects.all()}


def database_state():
    """Everything an import may write, to compare before and after one that fails."""
    return (
        sorted(
            EventPage.objects.values_list(
                "pk", "title", "start", "end", "recurrence_rule", "live", "ical_sequence"
            )
        ),
        sorted(Venue.objects.values_list("pk", "name")),
        Revision.objects.count(),
    )


def occurrences(events, start: datetime, end: datetime) -> list[tuple]:
    found = []
    for event in events:
        for occurrence in recurrence.expand(
            event.schedule(), window_start=start, window_end=end, zone=LJUBLJANA
        ):
            found.append((event.pk, occurrence.start, occurrence.end, occurrence.is_cancelled))
    return sorted(found)


OCTOBER, FEBRUARY = datetime(2020, 10, 1, tzinfo=LJUBLJANA), datetime(2021, 2, 1, tzinfo=LJUBLJANA)


# Creating events.


def test_import_creates_published_events(calendar):
    EventCategoryFactory(name="Delavnica", slug="workshop")
    EventCategoryFactory(name="Bralni klub", slug="reading-club")
    output = run_import(GOOGLE, calendar.pk)
    assert "Koledar (sl): 6 created, 0 updated (published), 0 unchanged." in output
    assert 'no category "Neznana kategorija"' in output  # reported, not fatal
    imported = pages()
    assert len(imported) == 6
    assert all(page.live and page.locale == calendar.locale for page in imported.values())
    assert all(page.get_parent().specific == calendar for page in imported.values())

    story = imported[STORY_TIME]
    assert story.title == "Pravljična urica"
    assert story.summary == "Pravljice za otroke od 4. leta.\nVstop prost, prijava ni potrebna."
    assert (story.start, story.end) == (local(2020, 10, 1, 17), local(2020, 10, 1, 18))
    assert story.recurrence_rule == "FREQ=WEEKLY;BYDAY=TH;UNTIL=20201231"  # a local date again
    assert [d.date for d in story.excluded_dates.all()] == [date(2020, 12, 24)]
    changes = {c.original_date: c for c in story.occurrence_changes.all()}
    assert set(changes) == {date(2020, 12, 10), date(2020, 12, 17)}  # 3 December kept its time
    assert changes[date(2020, 12, 17)].change == "CANCELLED"
    moved = changes[date(2020, 12, 10)]
    assert (moved.change, moved.new_start, moved.new_end) == (
        "MOVED",
        local(2020, 12, 11, 10),
        local(2020, 12, 11, 11),
    )
    assert story.venue.name == "Knjižnica Otona Župančiča, Kersnikova 2, 1000 Ljubljana"
    assert story.venue.locale == calendar.locale
    assert story.online_url == ""

    exhibition = imported["2b5o0kq1c5l0r3d5v6n7m8p9q0@google.com"]
    assert exhibition.all_day
    assert (exhibition.start, exhibition.end) == (local(2020, 12, 28), local(2021, 1, 3))
    fair = imported["1a2b3c4d5e6f7g8h9i0j@google.com"]
    assert (fair.all_day, fair.recurrence_rule) == (True, "FREQ=WEEKLY;BYDAY=SA;COUNT=4")
    assert [d.date for d in fair.excluded_dates.all()] == [date(2020, 12, 19)]
    assert fair.venue == exhibition.venue  # one venue per place
    assert fair.summary == "Knjižni sejem"  # no DESCRIPTION: the title

    online = imported["spletni-bralni-klub-2020-12@libcal.example"]
    assert (online.start, online.end) == (local(2020, 12, 15, 18), local(2020, 12, 15, 19, 30))
    assert (online.venue, online.online_url) == (None, "https://meet.example/bralni-klub")
    assert [c.slug for c in online.categories.all()] == ["reading-club"]
    floating = imported["racunalnistvo@libcal.example"]
    assert floating.start == local(2020, 11, 5, 10)  # no zone: the site's
    assert [c.slug for c in floating.categories.all()] == ["workshop"]
    new_york = imported["pogovor-z-avtorico@libcal.example"]
    assert new_york.start == local(2020, 12, 4, 18)  # 12:00 in New York
    assert (new_york.venue, new_york.online_url) == (None, "https://zoom.example/j/123")


def _oracle(calendar: icalendar.Calendar, start: datetime, end: datetime) -> list[tuple]:
    found = []
    for item in recurring_ical_events.of(calendar).between(start, end):
        first, last = item["DTSTART"].dt, item["DTEND"].dt
        if not isinstance(first, datetime):
            first, last = (datetime.combine(d, time(), LJUBLJANA) for d in (first, last))
        elif first.tzinfo is None:  # floating: the site's local time
            first, last = first.replace(tzinfo=LJUBLJANA), last.replace(tzinfo=LJUBLJANA)
        cancelled = str(item.get("STATUS", "")) == "CANCELLED"
        found.append((str(item["UID"]), first.astimezone(UTC), last.astimezone(UTC), cancelled))
    return sorted(found)


def test_imported_events_take_place_when_the_file_says(calendar):
    run_import(GOOGLE, calendar.pk)
    source = icalendar.Calendar.from_ical(GOOGLE.read_bytes())
    expected = _oracle(source, OCTOBER, FEBRUARY)
    assert len(expected) == 22
    imported = pages()
    got = sorted(
        (imported_uid, start.astimezone(UTC), end.astimezone(UTC), cancelled)
        for imported_uid, page in imported.items()
        for _, start, end, cancelled in occurrences([page], OCTOBER, FEBRUARY)
    )
    assert got == expected


# Importing again.


def test_importing_again_changes_nothing(calendar):
    run_import(GOOGLE, calendar.pk)
    before = database_state()
    output = run_import(GOOGLE, calendar.pk)
    assert "0 created, 0 updated (published), 6 unchanged." in output
    assert database_state() == before  # same pages, no new revision, same SEQUENCE


def test_a_changed_file_updates_the_same_pages(calendar, tmp_path):
    run_import(GOOGLE, calendar.pk)
    story = pages()[STORY_TIME]
    text = google_text().replace("SUMMARY:Pravljična urica\nTRANSP", "SUMMARY:Urica\nTRANSP")
    text = text.replace(
        "EXDATE;TZID=Europe/Ljubljana:20201224T170000",
        "EXDATE;TZID=Europe/Ljubljana:20201224T170000,20201231T170000",
    )
    output = run_import(write(tmp_path, text), calendar.pk)
    assert "0 created, 1 updated (published), 5 unchanged." in output
    updated = pages()[STORY_TIME]
    assert updated.pk == story.pk
    assert updated.title == "Urica"
    assert [d.date for d in updated.excluded_dates.all()] == [
        date(2020, 12, 24),
        date(2020, 12, 31),
    ]
    assert updated.ical_sequence == story.ical_sequence + 1
    assert updated.ical_uid == story.ical_uid


def test_draft_then_publish(client, calendar):
    output = run_import(GOOGLE, calendar.pk, "--draft")
    assert "6 created, 0 updated (saved as drafts)" in output
    assert not any(page.live for page in pages().values())
    assert b"BEGIN:VEVENT" not in client.get("/calendar.ics").content
    output = run_import(GOOGLE, calendar.pk)
    assert "0 created, 6 updated (published), 0 unchanged." in output
    assert all(page.live for page in pages().values())
    assert client.get("/calendar.ics").content.count(b"BEGIN:VEVENT") == 8  # with 2 overrides


def test_parent_by_url_path_gives_its_language(calendar, site_tree):
    english = translate(calendar, "en", title="Calendar", slug="calendar")
    output = run_import(GOOGLE, "/en/calendar/")
    assert "Calendar (en): 6 created" in output
    imported = pages()
    assert {page.locale.language_code for page in imported.values()} == {"en"}
    assert {page.get_parent().pk for page in imported.values()} == {english.pk}
    assert imported[STORY_TIME].venue.locale.language_code == "en"
    # The same file in the Slovene calendar makes Slovene pages, not updates of these.
    assert "6 created" in run_import(GOOGLE, "/domov/koledar/")
    assert EventPage.objects.count() == 12


def test_unknown_parent_names_the_calendars(calendar):
    with pytest.raises(CommandError) as error:
        run_import(GOOGLE, "/nowhere/")
    assert 'no calendar (event index page) "/nowhere/"' in str(error.value)
    assert f"{calendar.pk} (/koledar/)" in str(error.value)
    with pytest.raises(CommandError, match="Cannot read"):
        run_import(DATA / "missing.ics", calendar.pk)


# This site's own feed.


def test_import_export_import_is_stable(client, calendar, tmp_path):
    venue = VenueFactory(name="Knjižnica Moste", address="Zaloška 61, Ljubljana")
    category = EventCategoryFactory(name="Delavnica", slug="workshop")
    made_here = EventPageFactory(
        parent=calendar,
        title="Narejeno v CMS",
        venue=venue,
        start=local(2020, 10, 20, 18),
        end=local(2020, 10, 20, 19, 30),
        recurrence_rule="FREQ=MONTHLY;BYDAY=3TU;UNTIL=20210131",
    )
    made_here.categories = [category]
    made_here.save()
    publish(made_here)
    run_import(GOOGLE, calendar.pk)
    all_events = list(EventPage.objects.order_by("pk"))
    before = occurrences(all_events, OCTOBER, FEBRUARY)
    state = database_state()

    exported = write(tmp_path, client.get("/calendar.ics").content.decode(), "exported.ics")
    output = run_import(exported, calendar.pk)
    assert "0 created, 0 updated (published), 7 unchanged." in output
    assert database_state() == state  # no duplicates, nothing rewritten
    assert occurrences(EventPage.objects.order_by("pk"), OCTOBER, FEBRUARY) == before
    # And the original file still finds its pages.
    assert "0 created, 0 updated (published), 6 unchanged." in run_import(GOOGLE, calendar.pk)


def test_own_feed_into_another_calendar_copies_it(client, calendar, site_tree, tmp_path):
    publish(EventPageFactory(parent=calendar, title="Pravljice"))
    other = publish(EventIndexPageFactory(parent=site_tree["en"], title="Other", slug="other"))
    exported = write(tmp_path, client.get("/calendar.ics").content.decode(), "exported.ics")
    assert "1 created" in run_import(exported, other.pk)
    assert "1 unchanged" in run_import(exported, other.pk)
    copy = EventPage.objects.child_of(other).get()
    assert copy.title == "Pravljice"
    assert copy.imported_uid.endswith("@www.library.test")


# Files with mistakes: nothing is saved.


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def test_bad_rule_among_good_events_changes_nothing(calendar, tmp_path):
    run_import(GOOGLE, calendar.pk)
    state = database_state()
    changed_story = google_text().replace(
        "SUMMARY:Pravljična urica\nTRANSP", "SUMMARY:Spremenjeno\nTRANSP"
    )
    text = changed_story.replace(
        "END:VCALENDAR",
        GOOD
        + vevent(
            "bad-rule@test",
            "Slabo pravilo",
            "DTSTART;TZID=Europe/Ljubljana:20201203T180000",
            "DTEND;TZID=Europe/Ljubljana:20201203T200000",
            "RRULE:FREQ=WEEKLY;BYHOUR=10,18",
            "LOCATION:Knjižnica Šiška",
        )
        + ALSO_GOOD
        + "END:VCALENDAR",
    )
    with pytest.raises(CommandError) as error:
        run_import(write(tmp_path, text), calendar.pk)
    message = str(error.value)
    assert message.startswith("Nothing was imported.")
    begin = _line(text, "UID:bad-rule@test") - 1
    rule_line = _line(text, "RRULE:FREQ=WEEKLY;BYHOUR")
    assert f'Event "Slabo pravilo" (UID bad-rule@test, line {begin})' in message
    assert f"RRULE (line {rule_line}): BYHOUR is not supported." in message
    assert "Spremenjeno" not in message  # only the bad event is named
    assert "good@test" not in message
    assert database_state() == state
    assert pages()[STORY_TIME].title == "Pravljična urica"


def test_invalid_event_after_saved_ones_rolls_everything_back(calendar, tmp_path):
    state = database_state()
    text = ics(
        GOOD,
        ALSO_GOOD,
        vevent(
            "wrong-exdate@test",
            "Napačna izjema",
            "DTSTART;TZID=Europe/Ljubljana:20201203T180000",
            "DTEND;TZID=Europe/Ljubljana:20201203T200000",
            "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4",
            "EXDATE;TZID=Europe/Ljubljana:20201209T180000",  # a Wednesday
            "LOCATION:Nova knjižnica",
        ),
    )
    with pytest.raises(CommandError) as error:
        run_import(write(tmp_path, text), calendar.pk)
    message = str(error.value)
    begin = _line(text, "UID:wrong-exdate@test") - 1
    assert f'Event "Napačna izjema" (UID wrong-exdate@test, line {begin})' in message
    assert "09. 12. 2020 is not a date the event takes place on." in message
    assert database_state() == state  # the two good events and the venues are gone too
    assert not Venue.objects.exists()


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            ["DTSTART;TZID=Mars/Olympus:20201203T180000", "LOCATION:Knjižnica"],
            'DTSTART (line 7): the time zone "Mars/Olympus" is unknown',
        ),
        (["DTSTART:yesterday", "LOCATION:Knjižnica"], "DTSTART (line 7): Expected"),
        (["DTEND:20201203T190000Z", "LOCATION:Knjižnica"], "it has no DTSTART."),
        (
            ["DTSTART:20201203T180000Z", "RDATE:20201210T180000Z", "LOCATION:Knjižnica"],
            "RDATE (line 8): extra dates (RDATE) are not supported",
        ),
        (
            ["DTSTART:20201203T180000Z", "RRULE:FREQ=HOURLY", "LOCATION:Knjižnica"],
            "RRULE (line 8): FREQ must be one of DAILY, WEEKLY, MONTHLY, YEARLY.",
        ),
        (
            ["DTSTART:20201203T180000Z", "RRULE:FREQ=SOMETIMES", "LOCATION:Knjižnica"],
            "RRULE (line 8): Expected frequency",
        ),
        (
            ["DTSTART:20201203T180000Z", "DTEND:20201203T170000Z", "LOCATION:Knjižnica"],
            "it ends (DTEND) before it starts (DTSTART).",
        ),
        (
            ["DTSTART:20201204T180000Z", "RRULE:FREQ=WEEKLY;BYDAY=TH", "LOCATION:Knjižnica"],
            "The first date does not follow the rule",
        ),
    ],
)
def test_bad_events_are_named(calendar, tmp_path, lines, message):
    text = ics(vevent("bad@test", "Pokvarjen", *lines), ALSO_GOOD)
    with pytest.raises(CommandError) as error:
        run_import(write(tmp_path, text), calendar.pk)
    assert 'Event "Pokvarjen" (UID bad@test, line 4)' in str(error.value)
    assert message in str(error.value)
    assert not EventPage.objects.exists()


def test_changed_occurrence_problems_are_named(calendar, tmp_path):
    text = ics(
        vevent(
            "orphan@test",
            "Sirota",
            "RECURRENCE-ID:20201203T170000Z",
            "DTSTART:20201204T170000Z",
            "DTEND:20201204T180000Z",
        ),
        vevent(
            "range@test",
            "Od tu naprej",
            "DTSTART:20201203T170000Z",
            "DTEND:20201203T180000Z",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "LOCATION:Knjižnica",
        ),
        vevent(
            "range@test",
            "Od tu naprej",
            "RECURRENCE-ID;RANGE=THISANDFUTURE:20201210T170000Z",
            "DTSTART:20201210T180000Z",
            "DTEND:20201210T190000Z",
        ),
        vevent("twice@test", "Dvakrat", "DTSTART:20201203T170000Z", "LOCATION:Knjižnica"),
        vevent("twice@test", "Dvakrat", "DTSTART:20201204T170000Z", "LOCATION:Knjižnica"),
    )
    with pytest.raises(CommandError) as error:
        run_import(write(tmp_path, text), calendar.pk)
    message = str(error.value)
    assert 'Event "Sirota" (UID orphan@test, occurrence 20201203T170000Z, line 4)' in message
    assert "whose repeating event is not in the file" in message
    assert "RANGE=THISANDFUTURE is not supported" in message
    assert "the UID is already used by the event at line" in message
    assert not EventPage.objects.exists()


def test_not_an_icalendar_file(calendar, tmp_path):
    with pytest.raises(CommandError, match="is not an iCalendar file"):
        run_import(write(tmp_path, "Hello, world\n"), calendar.pk)


def test_an_import_interrupted_half_way_leaves_the_database_as_it_was(
    calendar, tmp_path, monkeypatch
):
    """The connection drops (or the process is stopped) after one event was saved."""
    from django.db import OperationalError

    from calendar_app.importing import saving

    state = database_state()
    save = saving._save
    saved = []

    def save_then_fail(event, *args, **kwargs):
        if saved:
            raise OperationalError("server closed the connection unexpectedly")
        saved.append(event)
        return save(event, *args, **kwargs)

    monkeypatch.setattr(saving, "_save", save_then_fail)

    with pytest.raises(OperationalError):
        run_import(write(tmp_path, ics(GOOD, ALSO_GOOD)), calendar.pk)

    assert len(saved) == 1
    assert database_state() == state


# Guardrails: what one file may cost, and what it may not do.

TIMED = (
    "DTSTART;TZID=Europe/Ljubljana:20201203T180000",
    "DTEND;TZID=Europe/Ljubljana:20201203T200000",
)


def refused(path, parent) -> tuple[str, float]:
    """The command's error for ``path``, and the processor time it took to say so (the
    machine's load aside)."""
    began = timer.process_time()
    with pytest.raises(CommandError) as error:
        run_import(path, parent)
    return str(error.value), timer.process_time() - began


NEVER = [
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30;COUNT=5",
    "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
]


def test_rules_that_never_occur_are_refused_in_milliseconds(calendar, tmp_path):
    """Before: 19 s per event (each check looked for an occurrence up to the year 9999)."""
    events = [
        vevent(f"never-{n}@test", f"Nikoli {n}", *TIMED, f"RRULE:{rule}", "LOCATION:Knjižnica")
        for n, rule in enumerate(NEVER)
    ]
    text = ics(*events, ALSO_GOOD)
    message, seconds = refused(write(tmp_path, text), calendar.pk)
    for n in range(len(NEVER)):
        begin = _line(text, f"UID:never-{n}@test") - 1
        assert (
            f'Event "Nikoli {n}" (UID never-{n}@test, line {begin}): RRULE (line {begin + 5}): '
            "The first date does not follow the rule"
        ) in message
    assert seconds < 1  # all four, and the command around them
    assert not EventPage.objects.exists()


def test_a_repetition_until_9999_is_refused_in_milliseconds(calendar, tmp_path):
    """Before: 11 s per event, and then it was imported."""
    text = ics(
        vevent("forever@test", "Za vedno", *TIMED, "RRULE:FREQ=DAILY;UNTIL=99991231T235959Z",
               "LOCATION:Knjižnica"),
        vevent("forever-date@test", "Tudi", *TIMED, "RRULE:FREQ=WEEKLY;UNTIL=99991231",
               "LOCATION:Knjižnica"),
    )  # fmt: skip
    message, seconds = refused(write(tmp_path, text), calendar.pk)
    assert (
        'Event "Za vedno" (UID forever@test, line 4): RRULE (line 9): The repetition must end by '
        "31. 12. 2200 (UNTIL 99991231); leave the end out for an event that repeats without end."
    ) in message
    assert 'Event "Tudi" (UID forever-date@test, line 12): RRULE (line 17)' in message
    assert seconds < 1
    assert not EventPage.objects.exists()


OUTSIDE = "is outside the years 1900 to 2200."


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["DTSTART:99991231T233000Z"], f"DTSTART (line 7): 31. 12. 9999 {OUTSIDE}"),
        (["DTSTART;VALUE=DATE:99991231"], f"DTSTART (line 7): 31. 12. 9999 {OUTSIDE}"),
        (["DTSTART:18991231T180000Z"], f"DTSTART (line 7): 31. 12. 1899 {OUTSIDE}"),
        (
            ["DTSTART:20201203T180000Z", "DTEND:99991231T235959Z"],
            f"DTEND (line 8): 31. 12. 9999 {OUTSIDE}",
        ),
        (
            ["DTSTART;VALUE=DATE:20201203", "DTEND;VALUE=DATE:99991231"],
            f"DTEND (line 8): 31. 12. 9999 {OUTSIDE}",
        ),
        (["DTSTART:20201203T180000Z", "DURATION:P3000000D"], "DURATION (line 8): it is too long"),
        (["DTSTART;VALUE=DATE:20201203", "DURATION:P3000000D"], "DURATION (line 8): it is too"),
        (
            ["DTSTART:22001231T180000Z", "DURATION:P1000D"],
            f"DURATION (line 8): 27. 09. 2203 {OUTSIDE}",
        ),
        (
            ["DTSTART:20201203T180000Z", "RRULE:FREQ=WEEKLY", "EXDATE:99991231T180000Z"],
            f"EXDATE (line 9): 31. 12. 9999 {OUTSIDE}",
        ),
    ],
)  # fmt: skip
def test_dates_outside_the_years_1900_to_2200_are_named(calendar, tmp_path, lines, message):
    """Before: a traceback (OverflowError) near the year 9999, and an import otherwise."""
    text = ics(vevent("far@test", "Daleč", *lines, "LOCATION:Knjižnica"), ALSO_GOOD)
    error, _ = refused(write(tmp_path, text), calendar.pk)
    assert 'Event "Daleč" (UID far@test, line 4)' in error
    assert message in error
    assert not EventPage.objects.exists()


def test_a_changed_occurrence_in_the_year_9999_is_named(calendar, tmp_path):
    text = ics(
        vevent("series@test", "Serija", "DTSTART:20201203T180000Z", "RRULE:FREQ=WEEKLY;COUNT=3",
               "LOCATION:Knjižnica"),
        vevent("series@test", "Serija", "RECURRENCE-ID:99991231T180000Z",
               "DTSTART:99991231T190000Z"),
    )  # fmt: skip
    error, _ = refused(write(tmp_path, text), calendar.pk)
    assert (
        'Event "Serija" (UID series@test, occurrence 99991231T180000Z, line 11): '
        f"RECURRENCE-ID (line 14): 31. 12. 9999 {OUTSIDE}"
    ) in error
    assert not EventPage.objects.exists()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(calendar, tmp_path, settings):
    """The attack's file was 10 MB: 8 minutes and 291 MB later it had not finished."""
    path = tmp_path / "big.ics"
    with path.open("wb") as file:
        file.write(ics(GOOD).encode().replace(b"END:VCALENDAR", b""))
        for number in range(6 * 1024):  # 6 MB of events
            file.write(f"BEGIN:VEVENT\r\nUID:{number}@test\r\nDESCRIPTION:{'x' * 970}\r\n"
                       "END:VEVENT\r\n".encode())  # fmt: skip
        file.write(b"END:VCALENDAR\r\n")
    error, seconds = refused(path, calendar.pk)
    assert error.startswith("The file is 6.0 MB; at most 5.0 MB (5,242,880 bytes) is imported")
    assert "setting ICS_IMPORT_MAX_BYTES" in error
    assert seconds < 0.5
    assert not EventPage.objects.exists()
    settings.ICS_IMPORT_MAX_BYTES = 300
    error, _ = refused(write(tmp_path, ics(GOOD, ALSO_GOOD)), calendar.pk)
    assert "at most 300 bytes is imported" in error


def test_a_file_with_more_events_than_the_limit_is_refused(calendar, tmp_path, settings):
    settings.ICS_IMPORT_MAX_EVENTS = 1
    settings.ICS_IMPORT_MAX_EVENTS_SQLITE = 1
    error, seconds = refused(write(tmp_path, ics(GOOD, ALSO_GOOD)), calendar.pk)
    assert error.startswith("The file has 2 events (VEVENT); at most 1 is imported at a time")
    assert "(setting ICS_IMPORT_MAX_EVENTS)" in error
    assert "split the file" in error
    assert not EventPage.objects.exists()


def test_a_larger_import_on_sqlite_is_refused_with_a_pointer_to_postgresql(
    calendar, tmp_path, settings
):
    """On SQLite editors cannot save while an import's transaction is open: the import is
    limited to what takes about a minute there."""
    from django.db import connection

    settings.ICS_IMPORT_MAX_EVENTS_SQLITE = 1
    path = write(tmp_path, ics(GOOD, ALSO_GOOD))
    if connection.vendor != "sqlite":
        assert "2 created" in run_import(path, calendar.pk)
        return
    error, _ = refused(path, calendar.pk)
    assert error.startswith("The file has 2 events (VEVENT); at most 1 is imported at a time")
    assert "on SQLite (setting ICS_IMPORT_MAX_EVENTS_SQLITE)" in error
    assert "PostgreSQL" in error
    assert not EventPage.objects.exists()


def test_on_sqlite_readers_keep_reading_while_the_import_writes(calendar, tmp_path, monkeypatch):
    """SQLite makes readers wait while a writer writes to the database file, which a long
    transaction did as soon as its changes outgrew the page cache ("cache spill"): during the
    attack's import uncached reads waited and failed ("database is locked", answered 503). The
    import keeps its changes in memory until it commits."""
    from django.db import connection

    from calendar_app.importing import saving

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL readers never wait for a writer")

    def spill() -> int:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_spill")
            return cursor.fetchone()[0]

    before = spill()
    seen = []
    save = saving._save

    def save_and_look(*args, **kwargs):
        seen.append(spill())
        return save(*args, **kwargs)

    monkeypatch.setattr(saving, "_save", save_and_look)
    run_import(write(tmp_path, ics(GOOD, ALSO_GOOD)), calendar.pk)
    assert before != 0
    assert seen == [0, 0]
    assert spill() == before


def test_nul_characters_are_left_out(calendar, tmp_path):
    """PostgreSQL cannot store them: before, the command ended in a traceback there."""
    text = ics(vevent("nul@test", "Ni\x00č", "DTSTART:20201203T180000Z", "LOCATION:Knji\x00žnica",
                      "DESCRIPTION:Opis\x00"))  # fmt: skip
    run_import(write(tmp_path, text), calendar.pk)
    page = pages()["nul@test"]
    assert (page.title, page.summary, page.venue.name) == ("Nič", "Opis", "Knjižnica")


def test_an_unforeseen_error_while_reading_names_the_event(calendar, tmp_path, monkeypatch):
    """A value icalendar accepts that the reading code did not foresee ends in a message
    naming the event, not in a traceback (the fuzz tests found none left)."""
    from calendar_app.importing import dates

    def span(vevent, zone):
        raise TypeError("unsupported operand type(s)")

    monkeypatch.setattr(dates, "span", span)
    error, _ = refused(write(tmp_path, ics(ALSO_GOOD)), calendar.pk)
    assert (
        'Event "Še en dober" (UID also-good@test, line 4): it cannot be read (TypeError: '
        "unsupported operand type(s))."
    ) in error
    assert not EventPage.objects.exists()
