"""An event's dates and rule as the event page keeps them: aware times in the site's zone
(local midnights for all-day events), and a rule in the editor's form."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .. import recurrence
from .data import EventData, EventProblem

#: The order the event editor writes a rule's parts in (forms.EventPageForm).
RULE_ORDER = ("FREQ", "INTERVAL", "BYDAY", "BYSETPOS", "BYMONTHDAY", "BYMONTH", "UNTIL", "COUNT")


def in_years(value: date | datetime, prop: str) -> date | datetime:
    """``value``, if it falls in the years an event may (``recurrence.MIN_YEAR`` to
    ``MAX_YEAR``); checked before any arithmetic, which overflows near the years 1 and 9999."""
    if not recurrence.MIN_YEAR <= value.year <= recurrence.MAX_YEAR:
        raise EventProblem(
            f"{value:%d. %m. %Y} is outside the years {recurrence.MIN_YEAR} to "
            f"{recurrence.MAX_YEAR}.",
            prop,
        )
    return value


def span(vevent, zone: ZoneInfo) -> tuple[datetime, datetime, bool]:
    """Start and end as the event page keeps them: aware local times, or for an all-day
    event the local midnights of its first and last day."""
    if "DTSTART" not in vevent:
        raise EventProblem("it has no DTSTART.")
    begin = vevent["DTSTART"]
    if not isinstance(begin.dt, datetime):
        first = in_years(begin.dt, "DTSTART")
        last = first
        if "DTEND" in vevent:
            after = in_years(vevent["DTEND"].dt, "DTEND")
            if isinstance(after, datetime):
                raise EventProblem("DTSTART is a date but DTEND is a time.", "DTEND")
            last = max(first, after - timedelta(days=1))  # DTEND is the day after
        elif "DURATION" in vevent:
            length = timedelta(days=max(vevent["DURATION"].dt.days, 1) - 1)
            last = in_years(_later(first, length), "DURATION")
        return midnight(first, zone), midnight(last, zone), True
    start = aware(begin.dt, begin.params, zone, "DTSTART")
    end = start
    if "DTEND" in vevent:
        finish = vevent["DTEND"]
        if not isinstance(finish.dt, datetime):
            raise EventProblem("DTSTART is a time but DTEND is a date.", "DTEND")
        end = aware(finish.dt, finish.params, zone, "DTEND")
    elif "DURATION" in vevent:
        end = add(start, vevent["DURATION"].dt, zone)
        in_years(end, "DURATION")
    if end < start:
        raise EventProblem("it ends (DTEND) before it starts (DTSTART).", "DTEND")
    return start, end, False


def aware(value: datetime, params, zone: ZoneInfo, prop: str) -> datetime:
    """In the site's zone. A floating time (no zone) is the site's local time; a TZID nobody
    knows is an error rather than a guess."""
    in_years(value, prop)
    if value.tzinfo is None:
        if params.get("TZID"):
            raise EventProblem(
                f'the time zone "{params["TZID"]}" is unknown and the file does not describe it '
                "(VTIMEZONE).",
                prop,
            )
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)


def local_date(value: date | datetime, params, zone: ZoneInfo, prop: str) -> date:
    if isinstance(value, datetime):
        return aware(value, params, zone, prop).date()
    return in_years(value, prop)


def midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone)


def add(start: datetime, length: timedelta, zone: ZoneInfo) -> datetime:
    """RFC 5545 durations: whole days are calendar days (local), the rest is exact time."""
    days = timedelta(days=length.days)
    return in_years(_later(start, days), "DURATION").astimezone(zone) + (length - days)


def _later(moment, length: timedelta):
    try:
        return moment + length
    except OverflowError:
        raise EventProblem("it is too long.", "DURATION") from None


def rule(vevent, start: datetime, all_day: bool, zone: ZoneInfo) -> str:
    """The RRULE in the event page's form (UNTIL a local date, inclusive), checked against the
    subset ``recurrence.parse_rule`` supports."""
    value = vevent["RRULE"]
    if isinstance(value, list):
        raise EventProblem("more than one RRULE is not supported.", "RRULE")
    parts: dict[str, str] = {}
    for name, values in value.items():
        name = name.upper()
        if name == "UNTIL":
            parts[name] = f"{until(values[0], vevent['DTSTART'], start, all_day, zone):%Y%m%d}"
        else:
            parts[name] = ",".join(str(item).upper() for item in values)
    week_start = parts.pop("WKST", "MO")
    if (
        week_start != "MO"
        and parts.get("FREQ") == "WEEKLY"
        and int(parts.get("INTERVAL", "1") or 1) > 1
        and len(parts.get("BYDAY", "").split(",")) > 1
    ):
        # Only then does the first day of the week change which days an event takes.
        raise EventProblem(
            f"WKST={week_start} with INTERVAL and several days (BYDAY) is not supported: weeks "
            "start on Monday here.",
            "RRULE",
        )
    ordered = sorted(parts, key=lambda k: RULE_ORDER.index(k) if k in RULE_ORDER else 99)
    text = ";".join(f"{name}={parts[name]}" for name in ordered)
    try:
        recurrence.parse_rule(text)
    except recurrence.RuleError as error:
        raise EventProblem(str(error), "RRULE") from None
    return text


def until(value, dtstart, start: datetime, all_day: bool, zone: ZoneInfo) -> date:
    """The last local day an occurrence may start on. A timed UNTIL earlier in its day than
    the event's start time ends the series the day before. Outside the years an event may
    take, the date as written: ``recurrence.validate`` names the problem."""
    if not isinstance(value, datetime):
        return value
    if not recurrence.MIN_YEAR <= value.year <= recurrence.MAX_YEAR:
        return value.date()
    if value.tzinfo is None:
        # A local UNTIL is in DTSTART's zone (RFC 5545, 3.3.10).
        source = getattr(dtstart.dt, "tzinfo", None) or zone
        value = value.replace(tzinfo=source)
    local = value.astimezone(zone)
    if not all_day and local.time() < start.time():
        return local.date() - timedelta(days=1)
    return local.date()


def moved_days(vevent, event: EventData, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A moved all-day occurrence as the page keeps it: the local midnights of its first and
    last day (like the event's own start and end), DTEND being the day after the last."""
    begin = in_years(vevent["DTSTART"].dt, "DTSTART")
    if isinstance(begin, datetime):
        raise EventProblem("the event is all-day but this occurrence has times.", "DTSTART")
    last = begin + timedelta(days=event.span_days - 1)
    if "DTEND" in vevent:
        after = in_years(vevent["DTEND"].dt, "DTEND")
        if isinstance(after, datetime):
            raise EventProblem("DTSTART is a date but DTEND is a time.", "DTEND")
        last = max(after - timedelta(days=1), begin)
    return midnight(begin, zone), midnight(last, zone)


def plus(start: datetime, length: timedelta, zone: ZoneInfo) -> datetime:
    return (start.astimezone(UTC) + length).astimezone(zone)
