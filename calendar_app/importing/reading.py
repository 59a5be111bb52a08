"""Reading an iCalendar file into events (``EventData``), in the site's time zone, without
touching the database: every problem is collected with the event's SUMMARY, UID and line."""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils.html import strip_tags
from icalendar import Calendar

from .. import recurrence
from ..conf import site_zone
from ..models import EventOccurrenceChange, EventStatus
from . import dates
from .data import ChangeData, EventData, EventProblem, IcsImportError, Problem

SUMMARY_LENGTH = 400
#: Where the link to join is: RFC 7986's, Google Calendar's, Outlook's (a Teams meeting).
CONFERENCE = ("CONFERENCE", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL")
STATUSES = {"CANCELLED": EventStatus.CANCELLED, "TENTATIVE": EventStatus.POSTPONED}
#: The properties an import reads; a malformed one elsewhere (an ATTENDEE, say) is ignored.
READ = frozenset(
    ("UID", "SUMMARY", "DESCRIPTION", "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE")
    + ("RDATE", "EXRULE", "RECURRENCE-ID", "STATUS", "LOCATION", "URL", "CATEGORIES")
    + CONFERENCE
)
#: The properties an event has at most once.
ONCE = ("UID", "SUMMARY", "DESCRIPTION", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "STATUS")
ONCE += ("LOCATION", "URL")  # several RRULEs have their own message
#: The property that ``recurrence.validate``'s fields come from.
SCHEDULE_PROPS = {
    "start": "DTSTART",
    "end": "DTEND",
    "rule": "RRULE",
    "excluded_dates": "EXDATE",
    "changes": None,
}
#: What a value icalendar accepted may still raise in the code reading it (the fuzz tests
#: found none left, but an import names the event rather than end in a traceback).
UNFORESEEN = (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError)
UNSUPPORTED = {
    "RDATE": "extra dates (RDATE) are not supported; add them as separate events",
    "EXRULE": "exclusion rules (EXRULE) are not supported; list the dates with EXDATE",
}


def read_events(data: bytes, zone: ZoneInfo | None = None) -> list[EventData]:
    """Every event in the file, or IcsImportError listing every event that cannot be read."""
    events, problems = read_calendar(data, zone)
    if problems:
        raise IcsImportError([f"{problem.label}: {problem.text}" for problem in problems])
    return events


def read_calendar(
    data: bytes, zone: ZoneInfo | None = None
) -> tuple[list[EventData], list[Problem]]:
    """The events that can be read, and what is wrong with the others: a repeating event is
    left out whole when one of its changed occurrences (RECURRENCE-ID) cannot be read.
    IcsImportError only when the file is not an iCalendar file at all."""
    zone = zone or site_zone()
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise IcsImportError([f"The file is not an iCalendar file: {error}"]) from None
    vevents = list(calendar.walk("VEVENT"))
    lines = _vevent_lines(data)
    if len(lines) != len(vevents):
        lines = [{} for _ in vevents]  # cannot tell which is which: no line numbers
    problems: list[Problem] = []
    masters: dict[str, tuple] = {}
    overrides: dict[str, list[tuple]] = {}
    for index, (vevent, where) in enumerate(zip(vevents, lines, strict=True)):
        uid = _text(vevent.get("UID", ""))
        label = _label(vevent, uid, where)
        if not uid:
            problems.append(Problem(f"#{index}", label, "it has no UID."))
            continue
        if len(uid) > 255:
            problems.append(Problem(uid, label, "its UID is longer than 255 characters."))
            continue
        if errors := [(name, text) for name, text in vevent.errors if (name or "").upper() in READ]:
            problems += [Problem(uid, label, f"{_at(name, where)}{text}") for name, text in errors]
            continue
        if repeated := [name for name in ONCE if isinstance(vevent.get(name), list)]:
            problems += [
                Problem(uid, label, f"{_at(name, where)}it is given more than once.")
                for name in repeated
            ]
            continue
        if "RECURRENCE-ID" in vevent:
            overrides.setdefault(uid, []).append((vevent, where, label))
        elif uid in masters:
            first = masters[uid][1].get("BEGIN")
            problems.append(
                Problem(
                    uid,
                    label,
                    f"the UID is already used by the event at line {first}."
                    if first
                    else "the UID appears twice in the file.",
                )
            )
        else:
            masters[uid] = (vevent, where, label)
    for uid, items in overrides.items():
        if uid not in masters:
            problems += [
                Problem(
                    uid,
                    label,
                    "a changed occurrence (RECURRENCE-ID) whose repeating event is not in the "
                    "file.",
                )
                for _, _, label in items
            ]
    events = []
    for uid, (vevent, where, label) in masters.items():
        try:
            event = _read_event(vevent, uid, label, zone)
            _read_overrides(event, overrides.get(uid, []), zone, problems)
            errors = _schedule_problems(event, zone)
        except EventProblem as problem:
            problems.append(Problem(uid, label, f"{_at(problem.prop, where)}{problem}"))
            continue
        except UNFORESEEN as error:  # named with its event rather than a traceback
            text = f"it cannot be read ({type(error).__name__}: {error})."
            problems.append(Problem(uid, label, text))
            continue
        if errors:
            problems += [
                Problem(uid, label, f"{_at(SCHEDULE_PROPS[k], where)}{m}")
                for k, m in errors.items()
            ]
            continue
        events.append(event)
    wrong = {problem.uid for problem in problems}
    return [event for event in events if event.uid not in wrong], problems


def _schedule_problems(event: EventData, zone: ZoneInfo) -> dict[str, str]:
    """What the event page's validation will say of the dates and rule (bounded, see
    ``recurrence.validate``), known before anything is saved."""
    changes = (
        EventOccurrenceChange(
            original_date=c.original_date, change=c.change, new_start=c.new_start, new_end=c.new_end
        ).as_change()
        for c in event.changes
    )
    schedule = recurrence.Schedule(
        start=event.start,
        end=event.end,
        all_day=event.all_day,
        rule=event.rule,
        excluded_dates=frozenset(event.excluded),
        changes=tuple(changes),
    )
    return recurrence.validate(schedule, zone)


def _vevent_lines(data: bytes) -> list[dict[str, int]]:
    """For each VEVENT in file order: the line it begins on ("BEGIN") and the line of each of
    its own properties (the first, by name; those of a VALARM inside are not its own)."""
    blocks: list[dict[str, int]] = []
    current: dict[str, int] | None = None
    nested = 0
    text = data.decode("utf-8", errors="replace")
    for number, line in enumerate(text.split("\n"), start=1):
        if line[:1] in (" ", "\t"):
            continue  # a folded line continues the one before
        upper = line.strip().upper()
        if upper == "BEGIN:VEVENT":
            current, nested = {"BEGIN": number}, 0
            blocks.append(current)
        elif current is None:
            continue
        elif upper.startswith("BEGIN:"):
            nested += 1
        elif upper.startswith("END:"):
            if nested:
                nested -= 1
            else:
                current = None
        elif not nested and upper:
            current.setdefault(re.split(r"[;:]", upper, maxsplit=1)[0], number)
    return blocks


def _label(vevent, uid: str, where: dict[str, int]) -> str:
    summary = _text(vevent.get("SUMMARY") or "") or "(no SUMMARY)"
    where_text = f", line {where['BEGIN']}" if "BEGIN" in where else ""
    recurrence_id = _first(vevent.get("RECURRENCE-ID"))
    occurrence = ""
    if recurrence_id is not None:  # as written, even if it cannot be read
        occurrence = f", occurrence {recurrence_id.to_ical().decode()}"
    return f'Event "{summary}" (UID {uid or "missing"}{occurrence}{where_text})'


def _at(prop: str | None, where: dict[str, int]) -> str:
    if prop is None:
        return ""
    line = where.get(prop.upper())
    return f"{prop.upper()} (line {line}): " if line else f"{prop.upper()}: "


def _read_event(vevent, uid: str, label: str, zone: ZoneInfo) -> EventData:
    for name, message in UNSUPPORTED.items():
        if name in vevent:
            raise EventProblem(message + ".", name)
    title = _text(vevent.get("SUMMARY", ""))
    if not title:
        raise EventProblem("it has no SUMMARY (the title).")
    start, end, all_day = dates.span(vevent, zone)
    rule = ""
    if "RRULE" in vevent:
        rule = dates.rule(vevent, start, all_day, zone)
    excluded = set()
    if "EXDATE" in vevent:
        if not rule:
            raise EventProblem("it has excluded dates (EXDATE) but does not repeat.", "EXDATE")
        for item in _as_list(vevent["EXDATE"]):
            for value in item.dts:
                excluded.add(dates.local_date(value.dt, value.params, zone, "EXDATE"))
    description = _plain_text(str(vevent.get("DESCRIPTION", "")))
    return EventData(
        uid=uid,
        label=label,
        title=title[:255],
        summary=description[:SUMMARY_LENGTH].rstrip() or title[:SUMMARY_LENGTH],
        start=start,
        end=end,
        all_day=all_day,
        rule=rule,
        excluded=excluded,
        changes=[],
        status=STATUSES.get(_text(vevent.get("STATUS", "")).upper(), EventStatus.SCHEDULED),
        location=_plain_text(str(vevent.get("LOCATION", ""))),
        url=_text(vevent.get("URL", "")),
        conference=_conference(vevent),
        categories=_categories(vevent),
    )


def _read_overrides(
    event: EventData, items: list[tuple], zone: ZoneInfo, problems: list[Problem]
) -> None:
    """RECURRENCE-ID overrides as changed occurrences: cancelled, or moved. An override that
    keeps the occurrence's time (a changed title, say) changes nothing the page can show."""
    if items and not event.rule:
        raise EventProblem("it has changed occurrences (RECURRENCE-ID) but does not repeat.")
    seen: set[date] = set()
    for vevent, where, label in items:
        try:
            recurrence_id = vevent["RECURRENCE-ID"]
            if str(recurrence_id.params.get("RANGE", "")).upper() == "THISANDFUTURE":
                raise EventProblem(
                    "RANGE=THISANDFUTURE is not supported; split the series in two.",
                    "RECURRENCE-ID",
                )
            if isinstance(recurrence_id.dt, datetime) == event.all_day:
                raise EventProblem(
                    "RECURRENCE-ID must be a date for an all-day event and a time otherwise.",
                    "RECURRENCE-ID",
                )
            original = dates.local_date(
                recurrence_id.dt, recurrence_id.params, zone, "RECURRENCE-ID"
            )
            if original in seen:
                raise EventProblem("this occurrence is changed twice.", "RECURRENCE-ID")
            seen.add(original)
            if str(vevent.get("STATUS", "")).strip().upper() == "CANCELLED":
                event.changes.append(ChangeData(original, EventOccurrenceChange.Change.CANCELLED))
                continue
            if "DTSTART" not in vevent:
                continue  # nothing but other details changed
            if event.all_day:
                new_start, new_end = dates.moved_days(vevent, event, zone)
                due_start = dates.midnight(original, zone)
                due_end = dates.midnight(original + timedelta(days=event.span_days - 1), zone)
            else:
                new_start, new_end, all_day = dates.span(vevent, zone)
                if all_day:
                    raise EventProblem("the event has times but this occurrence is all-day.")
                if "DTEND" not in vevent and "DURATION" not in vevent:
                    new_end = dates.plus(new_start, event.length, zone)
                due_start = dates.aware(
                    recurrence_id.dt, recurrence_id.params, zone, "RECURRENCE-ID"
                )
                due_end = dates.plus(due_start, event.length, zone)
            if (new_start, new_end) != (due_start, due_end):
                event.changes.append(
                    ChangeData(original, EventOccurrenceChange.Change.MOVED, new_start, new_end)
                )
        except EventProblem as problem:
            problems.append(Problem(event.uid, label, f"{_at(problem.prop, where)}{problem}"))


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _plain_text(value: str) -> str:
    """Descriptions often carry HTML (Google Calendar, LibCal): the page's summary is text."""
    text = html.unescape(strip_tags(re.sub(r"<br\s*/?>", "\n", value, flags=re.IGNORECASE)))
    return _text(re.sub(r"[ \t]+", " ", text))


def _text(value) -> str:
    """Without NUL characters, which PostgreSQL cannot store."""
    return str(_first(value)).replace("\x00", "").strip()


def _first(value):
    """A property given more than once is refused; until then its first value names it."""
    return (value or [None])[0] if isinstance(value, list) else value


def _conference(vevent) -> str:
    for name in CONFERENCE:
        if name in vevent:
            return _text(_as_list(vevent[name])[0])
    return ""


def _categories(vevent) -> list[str] | None:
    if "CATEGORIES" not in vevent:
        return None
    return [_text(name) for item in _as_list(vevent["CATEGORIES"]) for name in item.cats]
