"""An independent oracle for ``calendar_app.recurrence``.

The same event is written as an RFC 5545 VEVENT (built here with the icalendar package, then
serialised and parsed back) and expanded by recurring-ical-events. Neither direction uses
``calendar_app.recurrence`` or ``calendar_app.ical``: this module translates the project's
stored semantics into iCalendar terms on its own.

- ``to_vcalendar``: a ``Schedule`` as a VEVENT. An editor's UNTIL is a local date, inclusive,
  so it becomes the UTC instant at 23:59:59 local that day (a DATE for all-day events). An
  excluded local date becomes an EXDATE at the series' time of day; a change becomes a
  RECURRENCE-ID child (STATUS:CANCELLED, or the new DTSTART/DTEND). An all-day event's end
  is its last day, so DTEND;VALUE=DATE is the day after.
- ``series_from_calendar``: the reverse, for the wheel's own test calendars. Anything outside
  the supported subset raises ``Unsupported`` with the reason.
- ``oracle_rows`` and ``rows``: both sides as sorted (UTC start, UTC end, status) tuples.

Known difference: recurring-ical-events adds an event's duration in wall-clock time, while the
project measures it in UTC. The two agree unless an occurrence spans a clock change, so oracle
comparisons avoid those; tests/calendar_app/test_recurrence.py checks that case directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from calendar_app.recurrence import Occurrence, OccurrenceChange, Schedule, Status

ZONE = ZoneInfo("Europe/Ljubljana")
WHEEL_CALENDARS = Path(recurring_ical_events.__file__).parent / "test" / "calendars"
UID = "oracle-event@test"

#: The RRULE parts and frequencies the project documents as supported.
RULE_PARTS = ("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL")
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")

Row = tuple[datetime, datetime, str]


class Unsupported(Exception):
    """The calendar uses something outside the subset the project supports."""


def rows(occurrences: Iterable[Occurrence]) -> list[Row]:
    return sorted((o.start.astimezone(UTC), o.end.astimezone(UTC), o.status) for o in occurrences)


def local(day: date, at: time = time(), zone: ZoneInfo = ZONE) -> datetime:
    return datetime.combine(day, at, zone)


# --- Schedule → VEVENT ---------------------------------------------------------------------


def _rule_parts(rule: str) -> dict[str, str]:
    parts = {}
    for item in filter(None, rule.strip().removeprefix("RRULE:").split(";")):
        name, _, value = item.partition("=")
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def _stamp(component: icalendar.Event) -> None:
    component.add("UID", UID)
    component.add("DTSTAMP", datetime(2020, 1, 1, tzinfo=UTC))


def to_vcalendar(schedule: Schedule, zone: ZoneInfo = ZONE) -> icalendar.Calendar:
    start = schedule.start.astimezone(zone)
    end = schedule.end.astimezone(zone)
    first_day = start.date()
    span = timedelta(days=(end.date() - first_day).days + 1)  # all-day: whole days
    length = schedule.end.astimezone(UTC) - schedule.start.astimezone(UTC)

    def at(day: date) -> date | datetime:
        """The series' start on a day, as EXDATE and RECURRENCE-ID name it."""
        return day if schedule.all_day else local(day, start.time(), zone)

    def timed_end(moment: datetime) -> datetime:
        return (moment.astimezone(UTC) + length).astimezone(zone)

    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//tests//recurrence oracle//EN")
    calendar.add("VERSION", "2.0")
    event = icalendar.Event()
    _stamp(event)
    event.add("SUMMARY", "Event")
    if schedule.all_day:
        event.add("DTSTART", first_day)
        event.add("DTEND", first_day + span)
    else:
        event.add("DTSTART", start)
        event.add("DTEND", end)
    if schedule.status == Status.CANCELLED:
        event.add("STATUS", "CANCELLED")
    if schedule.rule:
        parts = _rule_parts(schedule.rule)
        if "UNTIL" in parts:
            last_day = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
            if schedule.all_day:
                parts["UNTIL"] = f"{last_day:%Y%m%d}"
            else:
                last = local(last_day, time(23, 59, 59), zone).astimezone(UTC)
                parts["UNTIL"] = f"{last:%Y%m%dT%H%M%SZ}"
        event.add(
            "RRULE", icalendar.vRecur.from_ical(";".join(f"{k}={v}" for k, v in parts.items()))
        )
    for day in sorted(schedule.excluded_dates):
        event.add("EXDATE", at(day))
    calendar.add_component(event)

    for change in schedule.changes:
        child = icalendar.Event()
        _stamp(child)
        child.add("SUMMARY", "Event (changed)")
        child.add("RECURRENCE-ID", at(change.original_date))
        if schedule.all_day:
            if change.start is None:
                first = change.original_date
                after_last = first + span
            else:
                first = change.start.astimezone(zone).date()
                after_last = (
                    change.end.astimezone(zone).date() + timedelta(days=1)
                    if change.end is not None
                    else first + span
                )
            child.add("DTSTART", first)
            child.add("DTEND", after_last)
        else:
            new_start = (
                change.start.astimezone(zone)
                if change.start is not None
                else at(change.original_date)
            )
            new_end = change.end.astimezone(zone) if change.end is not None else None
            child.add("DTSTART", new_start)
            child.add("DTEND", new_end or timed_end(new_start))
        if change.status == Status.CANCELLED:
            child.add("STATUS", "CANCELLED")
        calendar.add_component(child)

    # A real iCalendar text, read back: what the oracle sees is what a feed would carry.
    calendar.add_missing_timezones()
    return icalendar.Calendar.from_ical(calendar.to_ical())


# --- expansion by the oracle ---------------------------------------------------------------


def _moment(value: date | datetime, zone: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=zone)
    return local(value, zone=zone)


def _row(component: icalendar.Event, zone: ZoneInfo) -> Row:
    start = _moment(component["DTSTART"].dt, zone)
    end = _moment(component["DTEND"].dt, zone) if "DTEND" in component else start
    cancelled = str(component.get("STATUS", "")).upper() == "CANCELLED"
    status = Status.CANCELLED if cancelled else Status.SCHEDULED
    return start.astimezone(UTC), end.astimezone(UTC), status


def oracle_rows(
    calendar: icalendar.Calendar,
    window_start: datetime,
    window_end: datetime,
    *,
    zone: ZoneInfo = ZONE,
) -> list[Row]:
    """What recurring-ical-events finds in [window_start, window_end). Dates are read as local
    midnights in ``zone``, as the project's all-day occurrences are."""
    window = (window_start.astimezone(zone), window_end.astimezone(zone))
    return sorted(
        _row(component, zone) for component in recurring_ical_events.of(calendar).between(*window)
    )


def oracle_rows_by_uid(
    calendar: icalendar.Calendar,
    window_start: datetime,
    window_end: datetime,
    zones: dict[str, ZoneInfo],
) -> list[tuple[str, datetime, datetime, str]]:
    """Like ``oracle_rows`` for several series at once, each read in its zone and tagged with
    its UID; components of other UIDs are left out."""
    found = []
    for component in recurring_ical_events.of(calendar).between(window_start, window_end):
        uid = str(component.get("UID", ""))
        if uid in zones:
            found.append((uid, *_row(component, zones[uid])))
    return sorted(found)


# --- the wheel's test calendars → Schedule --------------------------------------------------


@dataclass(frozen=True)
class Series:
    uid: str
    summary: str
    schedule: Schedule
    zone: ZoneInfo


def _values(component: icalendar.Event, name: str) -> list[date | datetime]:
    prop = component.get(name)
    if prop is None:
        return []
    return [item.dt for lst in (prop if isinstance(prop, list) else [prop]) for item in lst.dts]


def _end(component: icalendar.Event, start: date | datetime) -> date | datetime:
    if "DTEND" in component:
        return component["DTEND"].dt
    if "DURATION" in component:
        return start + component["DURATION"].dt
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def _aware(value: date | datetime, zone: ZoneInfo, what: str) -> datetime:
    if not isinstance(value, datetime):
        raise Unsupported(f"{what} is a DATE in a timed series")
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def _zone_of(start: date | datetime) -> ZoneInfo:
    if not isinstance(start, datetime):
        return ZONE
    if start.tzinfo is None:
        raise Unsupported("floating DTSTART (no time zone)")
    if start.utcoffset() == timedelta(0) and str(start.tzinfo) in ("UTC", "UTC+00:00"):
        return ZoneInfo("UTC")
    if not isinstance(start.tzinfo, ZoneInfo):
        raise Unsupported(f"time zone {start.tzinfo!r} is not an IANA zone")
    return start.tzinfo


def _rule(master: icalendar.Event, start: date | datetime, zone: ZoneInfo) -> str:
    rrules = master.get("RRULE")
    if rrules is None:
        return ""
    if isinstance(rrules, list):
        raise Unsupported("several RRULEs")
    parts = {name.upper(): values for name, values in rrules.items()}
    if "WKST" in parts:
        # WKST only changes a weekly rule with INTERVAL > 1 and several days (or BYWEEKNO).
        several_days = len(parts.get("BYDAY", [])) > 1
        if parts["FREQ"] == ["WEEKLY"] and parts.get("INTERVAL", [1]) != [1] and several_days:
            raise Unsupported(f"WKST={parts['WKST'][0]} matters here")
        del parts["WKST"]
    for name in parts:
        if name not in RULE_PARTS:
            raise Unsupported(f"{name} is not supported")
    if parts["FREQ"][0] not in FREQUENCIES:
        raise Unsupported(f"FREQ={parts['FREQ'][0]} is not supported")
    if "COUNT" in parts and int(parts["COUNT"][0]) < 1:
        raise Unsupported("COUNT below 1")
    text = []
    for name, values in parts.items():
        if name == "UNTIL":
            text.append(f"UNTIL={_until(values[0], start, zone):%Y%m%d}")
        else:
            text.append(f"{name}={','.join(str(v) for v in values)}")
    return ";".join(text)


def _until(until: date | datetime, start: date | datetime, zone: ZoneInfo) -> date:
    """The local last day (inclusive) that keeps exactly the occurrences the oracle keeps."""
    if not isinstance(start, datetime):
        if isinstance(until, datetime):
            raise Unsupported("UNTIL is a DATE-TIME in an all-day series")
        return until
    # The oracle reads a DATE or floating UNTIL of a timed series as UTC (midnight for a DATE).
    if not isinstance(until, datetime):
        until = datetime.combine(until, time(), UTC)
    elif until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    last_day = until.astimezone(zone).date()
    if local(last_day, start.astimezone(zone).time(), zone) > until:
        last_day -= timedelta(days=1)
    return last_day


def _local_day(moment: date | datetime, start: date | datetime, zone: ZoneInfo, what: str) -> date:
    """The local date of an EXDATE or RECURRENCE-ID that names an occurrence of the series."""
    if not isinstance(start, datetime):
        if isinstance(moment, datetime):
            raise Unsupported(f"{what} is a DATE-TIME in an all-day series")
        return moment
    if not isinstance(moment, datetime):
        return moment  # the oracle drops every occurrence on that date
    moment = _aware(moment, zone, what)
    day = moment.astimezone(zone).date()
    if local(day, start.astimezone(zone).time(), zone) != moment:
        raise Unsupported(f"{what} {moment} is not at the series' time of day")
    return day


def _series(uid: str, events: list[icalendar.Event]) -> Series:
    masters = [event for event in events if "RECURRENCE-ID" not in event]
    if len(masters) != 1:
        raise Unsupported(f"{len(masters)} master components for one UID")
    (master,) = masters
    for name in ("RDATE", "EXRULE"):
        if name in master:
            raise Unsupported(f"{name} is not supported")
    start = master["DTSTART"].dt
    zone = _zone_of(start)
    end = _end(master, start)
    all_day = not isinstance(start, datetime)
    if all_day:
        if isinstance(end, datetime) or end <= start:
            raise Unsupported("all-day event without a whole day")
        schedule_start, schedule_end = local(start, zone=zone), local(end - timedelta(1), zone=zone)
    else:
        schedule_start, schedule_end = start, _aware(end, zone, "DTEND")
        if schedule_end < schedule_start:
            raise Unsupported("DTEND before DTSTART")
    rule = _rule(master, start, zone)
    excluded = {_local_day(day, start, zone, "EXDATE") for day in _values(master, "EXDATE")}

    changes = []
    for child in events:
        if child is master:
            continue
        recurrence_id = child["RECURRENCE-ID"]
        if "RANGE" in recurrence_id.params:
            raise Unsupported("RECURRENCE-ID with RANGE")
        day = _local_day(recurrence_id.dt, start, zone, "RECURRENCE-ID")
        new_start = child["DTSTART"].dt if "DTSTART" in child else recurrence_id.dt
        new_end = _end(child, new_start)
        if all_day:
            if isinstance(new_start, datetime) or isinstance(new_end, datetime):
                raise Unsupported("a timed change in an all-day series")
            unchanged = (new_start, new_end) == (day, day + (end - start))
            moved = (local(new_start, zone=zone), local(new_end - timedelta(1), zone=zone))
        else:
            moved = (_aware(new_start, zone, "DTSTART"), _aware(new_end, zone, "DTEND"))
            original_start = local(day, start.astimezone(zone).time(), zone)
            unchanged = moved == (original_start, original_start + (schedule_end - start))
        cancelled = str(child.get("STATUS", "")).upper() == "CANCELLED"
        if cancelled and unchanged:
            changes.append(OccurrenceChange(day, Status.CANCELLED))
        else:
            status = Status.CANCELLED if cancelled else Status.MOVED
            changes.append(OccurrenceChange(day, status, moved[0], moved[1]))
    if len({change.original_date for change in changes}) != len(changes):
        raise Unsupported("several changes of one occurrence")
    cancelled = str(master.get("STATUS", "")).upper() == "CANCELLED"
    schedule = Schedule(
        start=schedule_start,
        end=schedule_end,
        all_day=all_day,
        rule=rule,
        excluded_dates=frozenset(excluded),
        changes=tuple(changes),
        status=Status.CANCELLED if cancelled else Status.SCHEDULED,
    )
    return Series(uid, str(master.get("SUMMARY", "")), schedule, zone)


def read_calendar(name: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical((WHEEL_CALENDARS / name).read_bytes())


def series_from_calendar(calendar: icalendar.Calendar) -> list[Series]:
    """Every VEVENT series of the calendar, or ``Unsupported`` naming the first obstacle."""
    groups: dict[str, list[icalendar.Event]] = {}
    for event in calendar.walk("VEVENT"):
        groups.setdefault(str(event.get("UID", "")), []).append(event)
    if not groups:
        raise Unsupported("no VEVENT")
    series = []
    for uid, events in groups.items():
        try:
            series.append(_series(uid, events))
        except Unsupported as error:
            raise Unsupported(f"UID {uid}: {error}") from None
    return series
