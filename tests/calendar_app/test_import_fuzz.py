"""``manage.py import_ics`` on calendars hypothesis writes: events with odd or broken start
and end times, years from 1 to 9999, time zones nobody knows, rules with every part the
project reads (and some it does not), exclusions, changed occurrences, and lines of garbage in
between. Whatever the file, the command either imports it or says what is wrong
(``CommandError``): never another exception, a traceback for the person running it. And when
it refuses a file, nothing of it was written.

Run longer with
``IMPORT_FUZZ_EXAMPLES=500 make test PYTEST_ARGS=tests/calendar_app/test_import_fuzz.py``.
"""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Revision

from calendar_app.models import EventExcludedDate, EventOccurrenceChange, EventPage, Venue
from tests.security.examples import examples

pytestmark = pytest.mark.django_db

#: Years near the edges of what the project and Python accept.
ODD_YEARS = st.one_of(
    st.sampled_from([1, 2, 1899, 1900, 2200, 2201, 9998, 9999]),
    st.integers(min_value=1, max_value=9999),
)
#: Text for one line: anything but a line end.
LINE_TEXT = st.text(st.characters(blacklist_characters="\r\n"), max_size=40)
LOCATIONS = [
    "LOCATION:Knjižnica",
    "LOCATION:Knjižnica",
    "URL:https://meet.example/x",
    "LOCATION:https://meet.example/y",
    "URL:javascript:x",
    "",
]
ZONES = ["", ";TZID=Europe/Ljubljana", ";TZID=America/New_York", ";TZID=Mars/Olympus", ";TZID="]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def rarely(draw, one_in: int = 6) -> bool:
    return draw(st.integers(0, one_in - 1)) == 0


@st.composite
def moments(draw, *, day: date | None = None, all_day: bool = False, hour: int = 18) -> str:
    """A DATE (``all_day``) or DATE-TIME property value with its parameters
    (``;TZID=…:20201203T180000``): on ``day`` or a day of 2020, or now and then on any day of
    any year, or not a day at all, or of the other kind."""
    if rarely(draw, 10):
        year, month, number = draw(ODD_YEARS), draw(st.integers(1, 13)), draw(st.integers(0, 31))
        text = f"{year:04}{month:02}{number:02}"
    else:
        day = day or draw(st.dates(date(2020, 1, 1), date(2020, 12, 31)))
        text = f"{day:%Y%m%d}"
    if all_day != rarely(draw, 10):
        return f";VALUE=DATE:{text}"
    hour = draw(st.integers(0, 24)) if rarely(draw, 10) else hour
    utc = draw(st.booleans())
    zone = "" if utc else draw(st.sampled_from(ZONES if rarely(draw, 10) else ZONES[:3]))
    return f"{zone}:{text}T{hour:02}0000{'Z' if utc else ''}"


@st.composite
def durations(draw) -> str:
    if not rarely(draw):
        return draw(st.sampled_from(["PT1H", "PT90M", "P1D", "P2D", "PT0S", "P1W"]))
    return draw(
        st.one_of(
            st.sampled_from(["-P1D", "P", "banana"]),
            st.builds(lambda n: f"P{n}D", st.integers(0, 10**7)),
            st.builds(lambda n: f"PT{n}H", st.integers(0, 10**6)),
        )
    )


@st.composite
def rules(draw, *, weekday: str, all_day: bool) -> str:
    """Mostly rules the start follows (weekly on its weekday, daily, monthly on its date), and
    now and then any combination of the parts the project reads (and of some it does not)."""
    if not rarely(draw, 3):
        frequency = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
        parts = [f"FREQ={frequency}"]
        if frequency == "WEEKLY" and draw(st.booleans()):
            parts.append(f"BYDAY={weekday}")
        if draw(st.booleans()):
            parts.append(f"INTERVAL={draw(st.integers(1, 3))}")
        end = draw(st.sampled_from(["COUNT", "UNTIL", None]))
        if end == "COUNT":
            parts.append(f"COUNT={draw(st.integers(1, 12))}")
        elif end == "UNTIL":
            until = draw(moments(day=date(2021, 6, 30), all_day=all_day))
            parts.append(f"UNTIL={until.rsplit(':', 1)[1]}")
        return ";".join(parts)
    parts = [
        f"FREQ={draw(st.sampled_from(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'HOURLY', 'X']))}"
    ]
    optional = {
        "INTERVAL": st.integers(-1, 1000).map(str),
        "BYDAY": st.lists(
            st.tuples(st.sampled_from(["", "1", "2", "-1", "5", "0", "53"]),
                      st.sampled_from([*WEEKDAYS, "XX"])),
            min_size=1, max_size=3,
        ).map(lambda days: ",".join(f"{n}{d}" for n, d in days)),
        "BYMONTHDAY": st.lists(st.integers(-32, 32), min_size=1, max_size=3).map(
            lambda days: ",".join(map(str, days))
        ),
        "BYMONTH": st.lists(st.integers(0, 13), min_size=1, max_size=2).map(
            lambda months: ",".join(map(str, months))
        ),
        "BYSETPOS": st.integers(-5, 5).map(str),
        "COUNT": st.integers(-1, 1001).map(str),
        "UNTIL": moments().map(lambda value: value.rsplit(":", 1)[1]),
        "WKST": st.sampled_from(["MO", "SU"]),
        "BYHOUR": st.just("10"),
    }  # fmt: skip
    for name in draw(st.lists(st.sampled_from(sorted(optional)), unique=True, max_size=4)):
        parts.append(f"{name}={draw(optional[name])}")
    return ";".join(parts)


GARBAGE = st.one_of(
    st.sampled_from(
        [
            "X-FOO:bar",
            "BEGIN:VALARM",
            "END:VALARM",
            "END:VEVENT",
            ":::",
            "DTSTART",
            "RRULE:",
            "BEGIN:VEVENT",
            " folded continuation",
            "EXDATE;VALUE=DATE:",
            "UID;X=1:odd",
            "DTSTART:20201203T180000Z",
            "SUMMARY:again",
            "RECURRENCE-ID:20201210T180000Z",
        ]
    ),  # fmt: skip
    LINE_TEXT,
)


@st.composite
def vevents(draw, uid: str) -> str:
    start = draw(st.dates(date(2020, 1, 1), date(2020, 12, 31)))
    all_day = rarely(draw, 3)
    lines = [f"UID:{uid}"]
    lines.append(f"SUMMARY:{draw(LINE_TEXT)}" if rarely(draw) else "SUMMARY:Dogodek")
    if not rarely(draw, 20):
        lines.append(f"DTSTART{draw(moments(day=start, all_day=all_day))}")
    end = draw(st.sampled_from(["DTEND", "DURATION", None]))
    if end == "DTEND":
        last = start + timedelta(days=draw(st.integers(0, 2)) if all_day else 0)
        lines.append(f"DTEND{draw(moments(day=last, all_day=all_day, hour=20))}")
    elif end == "DURATION":
        lines.append(f"DURATION:{draw(durations())}")
    if draw(st.booleans()):
        rule = draw(rules(weekday=WEEKDAYS[start.weekday()], all_day=all_day))
        lines.append(f"RRULE:{rule}")
        for _ in range(draw(st.integers(0, 2))):
            day = start + timedelta(weeks=draw(st.integers(0, 3)))
            lines.append(f"EXDATE{draw(moments(day=day, all_day=all_day))}")
    elif rarely(draw, 10):
        lines.append(f"EXDATE{draw(moments())}")
    lines.append(draw(st.sampled_from(LOCATIONS)))
    if rarely(draw, 4):
        for _ in range(draw(st.integers(1, 2))):
            lines.insert(draw(st.integers(1, len(lines))), draw(GARBAGE))
    if rarely(draw, 10):
        lines.append(f"RECURRENCE-ID{draw(moments(day=start, all_day=all_day))}")
    text = "BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n"
    if rarely(draw, 4):
        text += draw(overrides(uid, start + timedelta(weeks=1), all_day=all_day))
    return text


@st.composite
def overrides(draw, uid: str, day: date, *, all_day: bool) -> str:
    """A changed occurrence: cancelled, or moved (often not one the event has)."""
    lines = [f"UID:{uid}", "SUMMARY:Spremenjeno"]
    lines.append(f"RECURRENCE-ID{draw(moments(day=day, all_day=all_day))}")
    if draw(st.booleans()):
        lines.append("STATUS:CANCELLED")
    else:
        moved = day + timedelta(days=draw(st.integers(-1, 2)))
        lines.append(f"DTSTART{draw(moments(day=moved, all_day=all_day, hour=10))}")
        if draw(st.booleans()):
            lines.append(f"DTEND{draw(moments(day=moved, all_day=all_day, hour=12))}")
    return "BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n"


@st.composite
def calendars(draw) -> bytes:
    uids = st.sampled_from(["a@fuzz", "b@fuzz", "c@fuzz", "d@fuzz"] * 3 + ["x" * 300, ""])
    events = [draw(vevents(draw(uids))) for _ in range(draw(st.integers(0, 3)))]
    between = [f"{draw(GARBAGE)}\r\n" if rarely(draw, 8) else "" for _ in events]
    body = "".join(garbage + event for garbage, event in zip(between, events, strict=True))
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n{body}END:VCALENDAR\r\n"
    return text.encode("utf-8", errors="surrogatepass")


def stored() -> tuple:
    """What an import writes, to compare before and after one that is refused."""
    return (
        EventPage.objects.count(),
        Venue.objects.count(),
        Revision.objects.count(),
        EventExcludedDate.objects.count(),
        EventOccurrenceChange.objects.count(),
    )


@examples("IMPORT_FUZZ_EXAMPLES", default=25)
@given(data=calendars())
def test_any_file_is_imported_or_refused_with_a_message(data, calendar, tmp_path):
    path = tmp_path / "fuzz.ics"
    path.write_bytes(data)
    with transaction.atomic():  # every example starts from the same database
        before = stored()
        refusal = run_import(path, calendar)
        if refusal is not None:
            assert refusal.strip()
            assert stored() == before, f"half-written after: {refusal}"
        transaction.set_rollback(True)


@examples("IMPORT_FUZZ_EXAMPLES", default=25)
@given(data=calendars())
def test_with_skip_invalid_each_event_is_imported_or_named(data, calendar, tmp_path):
    """Only a file that is no calendar at all is refused; the report names every event once,
    and what it says was created is what the database holds."""
    path = tmp_path / "fuzz.ics"
    path.write_bytes(data)
    with transaction.atomic():
        before = EventPage.objects.count()
        out = StringIO()
        refusal = run_import(path, calendar, "--skip-invalid", stdout=out)
        if refusal is None:
            lines = out.getvalue().splitlines()
            created = sum(line.startswith("created") for line in lines[:-1])
            assert f" {created} created, " in lines[-1]
            assert EventPage.objects.count() == before + created
        else:
            assert stored()[0] == before, f"half-written after: {refusal}"
        transaction.set_rollback(True)


def run_import(path, calendar, *extra, stdout=None) -> str | None:
    """None if the file was imported, else the command's message. Any other exception (the
    traceback its user would see) fails the test."""
    try:
        call_command("import_ics", str(path), "--parent", str(calendar.pk), *extra,
                     stdout=stdout or StringIO(), stderr=StringIO())  # fmt: skip
    except CommandError as error:
        return str(error)
    return None
