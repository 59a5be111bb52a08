"""``manage.py import_ics`` on exports as Google Calendar and Outlook write them: alarms,
attachments, organizers, X- properties, Windows time zone names, floating times, and events
without LOCATION, whose venue is to be announced. One report line per event; the site's own
feed imported into an empty site gives the same feed again."""

import json
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import icalendar
import pytest
from django.core.management import CommandError, call_command

from calendar_app import recurrence
from calendar_app.models import EventPage, Venue
from tests.calendar_app.factories import LJUBLJANA, EventCategoryFactory, local
from tests.calendar_app.oracle import oracle_rows_by_uid
from tests.calendar_app.test_admin_calendar import cell, text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

DATA = Path(__file__).parent / "data"
GOOGLE = DATA / "google_calendar_export.ics"
OUTLOOK = DATA / "outlook_export.ics"
STORY_TIME = "3q9v1c2b7m4k8p0n6r5s2t1u0a@google.com"
VOLUNTEERS = "6h2j4k6l8m0n2p4q6r8s0t2u4v@google.com"
READING = "1f3h5j7l9n1p3r5t7v9x1z3b5d@google.com"
EXHIBITION = "0a2c4e6g8i0k2m4o6q8s0u2w4y@google.com"
ONLINE_CLUB = "5e7g9i1k3m5o7q9s1u3w5y7a9c@google.com"
COMPUTERS = "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A601"
HOLIDAY = "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6B701"
TEAMS = "040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7C801"
WINDOW = (datetime(2027, 2, 1, tzinfo=LJUBLJANA), datetime(2027, 6, 1, tzinfo=LJUBLJANA))

EVENT_DETAIL = """
query ImportedEventDetail($id: ID!) {
  page(id: $id) {
    __typename
    ... on EventPage {
      title
      venueToBeAnnounced
      venue { __typename name }
      onlineUrl
      jsonLd
    }
  }
}
"""


def run_import(path, parent, *extra) -> str:
    out = StringIO()
    call_command("import_ics", str(path), "--parent", str(parent), *extra, stdout=out, stderr=out)
    return out.getvalue()


def pages() -> dict[str, EventPage]:
    return {page.imported_uid: page for page in EventPage.objects.all()}


def by_prefix(uid: str) -> EventPage:
    """Outlook's UIDs are long; the tests name them by their start."""
    (page,) = [page for key, page in pages().items() if key.startswith(uid)]
    return page


def begin_line(path: Path, uid: str) -> int:
    """The line the (first) VEVENT of ``uid`` begins on."""
    lines = path.read_bytes().decode().splitlines()
    found = lines.index(f"UID:{uid}")
    return max(n for n, line in enumerate(lines[:found], 1) if line == "BEGIN:VEVENT")


def write(tmp_path, text: str, name: str = "events.ics") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode())
    return path


# Google Calendar's export.


def test_google_export_imports_with_one_line_per_event(calendar):
    EventCategoryFactory(name="Pravljice", slug="stories")
    EventCategoryFactory(name="Pogovor", slug="talk")
    output = run_import(GOOGLE, calendar.pk)

    lines = output.splitlines()
    assert len(lines) == 5 + 1  # one per event (with its changed occurrence), and a summary
    assert lines[0].startswith('created: Event "Pravljična ura" (UID 3q9v1c2b7m4k8p0n6r5s2t1u0a@')
    assert lines[1] == (
        f'created, with a warning: Event "Srečanje prostovoljcev" (UID {VOLUNTEERS}, line '
        f"{begin_line(GOOGLE, VOLUNTEERS)}): "
        "it has no LOCATION and no URL: the venue is to be announced."
    )
    assert lines[2].startswith('created, with a warning: Event "Literarni večer"')
    assert lines[2].endswith('no category "Literarni večer" in sl; left out.')
    assert lines[-1] == (
        "Koledar (sl): 5 created, 0 updated (published), 0 unchanged. 2 with warnings."
    )
    assert "Traceback" not in output

    imported = pages()
    story = imported[STORY_TIME]
    assert (story.start, story.end) == (local(2027, 3, 2, 17), local(2027, 3, 2, 18))
    assert story.recurrence_rule == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270525"
    assert [item.date.isoformat() for item in story.excluded_dates.all()] == ["2027-03-30"]
    (moved,) = story.occurrence_changes.all()
    assert (moved.original_date.isoformat(), moved.new_start) == (
        "2027-04-13",
        local(2027, 4, 15, 10),
    )
    assert story.venue.name == "Mestna knjižnica, Pravljična soba, Kersnikova 2, 1000 Ljubljana"
    assert [c.slug for c in story.categories.all()] == ["stories"]
    assert story.summary.startswith("Pravljična ura za otroke od 4. leta.")  # HTML left out

    volunteers = imported[VOLUNTEERS]
    assert (volunteers.venue, volunteers.online_url) == (None, "")
    assert volunteers.venue_to_be_announced
    assert imported[READING].start == local(2027, 3, 18, 18)  # floating: the site's time
    assert [c.slug for c in imported[READING].categories.all()] == ["talk"]
    exhibition = imported[EXHIBITION]
    assert (exhibition.all_day, exhibition.start, exhibition.end) == (
        True,
        local(2027, 4, 5),
        local(2027, 4, 16),  # DTEND is the day after the last
    )
    club = imported[ONLINE_CLUB]
    assert (club.venue, club.online_url) == (None, "https://meet.google.com/abc-defg-hij")
    assert not club.venue_to_be_announced


def test_outlook_export_imports(calendar):
    output = run_import(OUTLOOK, calendar.pk)
    assert "Koledar (sl): 3 created, 0 updated (published), 0 unchanged." in output
    computers = by_prefix(COMPUTERS)
    # "Central Europe Standard Time", described by the file's VTIMEZONE.
    assert (computers.start, computers.end) == (local(2027, 3, 4, 10), local(2027, 3, 4, 11, 30))
    assert computers.recurrence_rule == "FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;UNTIL=20270506"
    assert computers.venue.name == "Knjižnica Šiška, računalniška učilnica"
    holiday = by_prefix(HOLIDAY)
    assert holiday.all_day
    assert holiday.venue_to_be_announced  # Outlook's empty "LOCATION:"
    assert f'created, with a warning: Event "{holiday.title}"' in output
    teams = by_prefix(TEAMS)
    assert teams.venue is None  # "Microsoft Teams Meeting" is not a place
    assert teams.online_url.startswith("https://teams.microsoft.com/l/meetup-join/")
    assert not Venue.objects.filter(name__icontains="Teams").exists()


@pytest.mark.parametrize("path", [GOOGLE, OUTLOOK], ids=["google", "outlook"])
def test_events_take_place_as_recurring_ical_events_expands_the_file(calendar, path):
    run_import(path, calendar.pk)
    source = icalendar.Calendar.from_ical(path.read_bytes())
    imported = pages()
    expected = oracle_rows_by_uid(source, *WINDOW, dict.fromkeys(imported, LJUBLJANA))
    assert len(expected) == {GOOGLE: 16, OUTLOOK: 11}[path]
    got = []
    for uid, page in imported.items():
        window = dict(zip(("window_start", "window_end"), WINDOW, strict=True))
        for occurrence in recurrence.expand(page.schedule(), **window, zone=LJUBLJANA):
            start, end = (moment.astimezone(UTC) for moment in (occurrence.start, occurrence.end))
            got.append((uid, start, end, occurrence.status))
    assert sorted(got) == expected


# To be announced, in the API and the admin.


def test_an_event_without_location_is_to_be_announced_in_the_api(calendar, graphql):
    run_import(GOOGLE, calendar.pk)
    volunteers, club = pages()[VOLUNTEERS], pages()[ONLINE_CLUB]

    answer = graphql(EVENT_DETAIL, {"id": volunteers.pk})["data"]["page"]
    assert answer["venueToBeAnnounced"] is True
    assert (answer["venue"], answer["onlineUrl"]) == (None, "")
    assert "location" not in json.loads(answer["jsonLd"])  # no made-up place for search engines

    answer = graphql(EVENT_DETAIL, {"id": club.pk})["data"]["page"]
    assert answer["venueToBeAnnounced"] is False
    assert json.loads(answer["jsonLd"])["location"]["@type"] == "VirtualLocation"


def test_an_event_without_location_is_to_be_announced_in_the_admin(calendar, editor_in):
    run_import(GOOGLE, calendar.pk)
    client = editor_in("en")
    month = client.get("/admin/event-calendar/", {"year": 2027, "month": 3, "locale": "sl"})
    html = month.content.decode()
    assert "Srečanje prostovoljcev Venue to be announced" in text(cell(html, 11))
    assert html.count("Venue to be announced") == 1  # the others have a place
    edit = client.get(f"/admin/pages/{pages()[VOLUNTEERS].pk}/edit/").content.decode()
    assert "the event shows as &#x27;Venue to be announced&#x27;" in edit


# The site's own feed, into an empty site.


def _feed_events(client) -> dict[str, dict]:
    """The feed's VEVENTs by UID, and their changed occurrences by RECURRENCE-ID."""
    feed = icalendar.Calendar.from_ical(client.get("/calendar.ics").content)
    events: dict[str, dict] = {}
    for vevent in feed.walk("VEVENT"):
        uid = str(vevent["UID"])
        fields = {
            name: vevent[name].to_ical().decode()
            for name in ("DTSTART", "DTEND", "RRULE", "SUMMARY", "LOCATION", "CONFERENCE")
            if name in vevent
        }
        exdates = vevent.get("EXDATE", [])
        fields["EXDATE"] = sorted(
            value.dt for item in (exdates if isinstance(exdates, list) else [exdates])
            for value in item.dts
        )  # fmt: skip
        fields["STATUS"] = str(vevent.get("STATUS"))
        if "RECURRENCE-ID" in vevent:
            key = vevent["RECURRENCE-ID"].dt
            events.setdefault(uid, {}).setdefault("overrides", {})[key] = fields
        else:
            events.setdefault(uid, {}).update(fields)
    return events


def test_own_feed_into_an_empty_site_gives_the_same_feed(client, calendar, tmp_path):
    run_import(GOOGLE, calendar.pk)
    run_import(OUTLOOK, calendar.pk)
    before = _feed_events(client)
    assert len(before) == 8
    exported = write(tmp_path, client.get("/calendar.ics").content.decode(), "feed.ics")
    for page in EventPage.objects.all():
        page.delete()
    Venue.objects.all().delete()

    output = run_import(exported, calendar.pk)
    assert "8 created, 0 updated (published), 0 unchanged. 2 with warnings." in output
    after = _feed_events(client)
    assert after == before  # same UIDs, times, rules, exclusions, changes, titles and places
    story = next(event for event in after.values() if event["SUMMARY"] == "Pravljična ura")
    assert len(story["overrides"]) == 1
    assert story["EXDATE"]


# Wrong events: named, never a traceback, never half written.

BROKEN_DATE = "DTSTART;TZID=Europe/Ljubljana:20270311T180000"
BROKEN_OVERRIDE = "RECURRENCE-ID;TZID=Europe/Ljubljana:20270413T170000"


def broken_google() -> str:
    """The Google export with a malformed DTSTART in one event, and a changed occurrence of
    the series whose RECURRENCE-ID names a zone nobody knows."""
    text = GOOGLE.read_bytes().decode()
    text = text.replace(BROKEN_DATE, "DTSTART;TZID=Europe/Ljubljana:2027-03-11 18:00")
    return text.replace(BROKEN_OVERRIDE, "RECURRENCE-ID;TZID=Mars/Olympus:20270413T170000")


def test_a_malformed_event_is_named_and_nothing_is_saved(calendar, tmp_path):
    with pytest.raises(CommandError) as error:
        run_import(write(tmp_path, broken_google()), calendar.pk)
    message = str(error.value)
    assert message.startswith("Nothing was imported.")
    assert f'Event "Srečanje prostovoljcev" (UID {VOLUNTEERS}, line ' in message
    assert "DTSTART (line " in message
    assert 'RECURRENCE-ID (line 72): the time zone "Mars/Olympus" is unknown' in message
    assert "Traceback" not in message
    assert not EventPage.objects.exists()
    assert not Venue.objects.exists()


def test_skip_invalid_imports_the_rest_and_says_why_each_was_skipped(calendar, tmp_path):
    output = run_import(write(tmp_path, broken_google()), calendar.pk, "--skip-invalid")
    lines = output.splitlines()
    skipped = [line for line in lines if line.startswith("skipped: ")]
    assert len(skipped) == 2
    volunteers, story = skipped
    assert volunteers.startswith(f'skipped: Event "Srečanje prostovoljcev" (UID {VOLUNTEERS}')
    assert "DTSTART (line 89): Wrong datetime format: 2027-03-11 18:00" in volunteers
    assert story.startswith('skipped: Event "Pravljična ura (v četrtek dopoldne)" (UID ')
    assert 'RECURRENCE-ID (line 72): the time zone "Mars/Olympus" is unknown' in story
    assert lines[-1] == (
        "Koledar (sl): 3 created, 0 updated (published), 0 unchanged. 2 skipped. 1 with warnings."
    )
    # A series is kept or left out with its changed occurrences, never without them.
    assert set(pages()) == {READING, EXHIBITION, ONLINE_CLUB}


def test_an_event_that_fails_while_saved_is_rolled_back_alone(calendar, monkeypatch):
    """Past every check, publishing one event fails: with --skip-invalid its page, revision
    and new venue are gone, and the other events are saved; without, nothing is."""
    from django.core.exceptions import ValidationError
    from wagtail.models import Revision

    publish = Revision.publish

    def failing(revision, *args, **kwargs):
        if revision.object_str == "Literarni večer":
            raise ValidationError("The page could not be published.")
        return publish(revision, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", failing)
    revisions = Revision.objects.count()  # the calendar's
    with pytest.raises(CommandError, match="Literarni večer.*could not be published"):
        run_import(GOOGLE, calendar.pk)
    assert not EventPage.objects.exists()
    assert Revision.objects.count() == revisions

    output = run_import(GOOGLE, calendar.pk, "--skip-invalid")
    assert f'skipped: Event "Literarni večer" (UID {READING}, line ' in output
    assert "4 created, 0 updated (published), 0 unchanged. 1 skipped." in output
    assert set(pages()) == {STORY_TIME, VOLUNTEERS, EXHIBITION, ONLINE_CLUB}
    assert not Venue.objects.filter(name="Knjižnica Šiška").exists()  # made for it, undone
    assert Revision.objects.count() == revisions + 4
