"""Import events from an iCalendar (RFC 5545) file: Google Calendar's and LibCal's exports, or
this site's own feed.

Each VEVENT becomes an event page below a calendar (an EventIndexPage), in that calendar's
language. Importing is idempotent: a file's UID is stored on the page it created
(``imported_uid``), and a UID this site wrote itself (``<ical_uid>@<frontend host>``) finds its
page again, so the same file, or an export of what was imported, updates pages instead of
adding new ones; an event that has not changed is left alone.

The whole file is one transaction: the file is read in full first, then every event is saved
and validated as an editor's would be (``EventPage.full_clean``, hence ``recurrence.validate``),
and if any event is wrong nothing is kept. The error names each such event by SUMMARY, UID and
line in the file.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import slugify
from icalendar import Calendar

from . import recurrence
from .ical import uid_host
from .models import (
    EventCategory,
    EventExcludedDate,
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
    EventStatus,
    Venue,
)
from .selectors import site_zone

SUMMARY_LENGTH = 400
#: The order the event editor writes a rule's parts in (forms.EventPageForm).
RULE_ORDER = ("FREQ", "INTERVAL", "BYDAY", "BYSETPOS", "BYMONTHDAY", "BYMONTH", "UNTIL", "COUNT")
STATUSES = {"CANCELLED": EventStatus.CANCELLED, "TENTATIVE": EventStatus.POSTPONED}
#: The properties an import reads; a malformed one elsewhere (an ATTENDEE, say) is ignored.
READ = frozenset(
    ("UID", "SUMMARY", "DESCRIPTION", "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE")
    + ("RDATE", "EXRULE", "RECURRENCE-ID", "STATUS", "LOCATION", "URL", "CATEGORIES")
    + ("CONFERENCE", "X-GOOGLE-CONFERENCE")
)
UNSUPPORTED = {
    "RDATE": "extra dates (RDATE) are not supported; add them as separate events",
    "EXRULE": "exclusion rules (EXRULE) are not supported; list the dates with EXDATE",
}


class IcsImportError(Exception):
    """The file cannot be imported; nothing was saved. ``problems`` lists each one."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(
            "Nothing was imported. Fix the file and import it again:\n"
            + "\n".join(f"- {problem}" for problem in problems)
        )


@dataclass(frozen=True)
class ChangeData:
    original_date: date
    change: str  # EventOccurrenceChange.Change
    new_start: datetime | None = None
    new_end: datetime | None = None


@dataclass
class EventData:
    """One event as read from the file, in the site's time zone."""

    uid: str
    label: str
    title: str
    summary: str
    start: datetime
    end: datetime
    all_day: bool
    rule: str
    excluded: set[date]
    changes: list[ChangeData]
    status: str
    location: str
    url: str
    conference: str
    categories: list[str] | None  # None: the file says nothing about categories

    @property
    def span_days(self) -> int:
        """Local days an all-day event covers."""
        return (self.end.date() - self.start.date()).days + 1

    @property
    def length(self) -> timedelta:
        """Exact, as ``recurrence.duration`` measures it."""
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)


@dataclass
class ImportReport:
    created: list[EventPage] = field(default_factory=list)
    updated: list[EventPage] = field(default_factory=list)
    unchanged: list[EventPage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def pages(self) -> list[EventPage]:
        return [*self.created, *self.updated, *self.unchanged]


class _EventProblem(Exception):
    """One thing wrong with one event; ``prop`` points at the offending property's line."""

    def __init__(self, message: str, prop: str | None = None):
        self.prop = prop
        super().__init__(message)


# Finding the calendar.


def find_parent(value: str) -> EventIndexPage:
    """The calendar to import into, by page id or by URL path (``/koledar/``, ``/en/calendar/``
    or Wagtail's url_path such as ``/domov/koledar/``)."""
    calendars = list(EventIndexPage.objects.order_by("path"))
    text = value.strip()
    if text.isdigit():
        matches = [page for page in calendars if page.pk == int(text)]
    else:
        path = "/" + "".join(f"{part}/" for part in text.split("/") if part)
        matches = [page for page in calendars if path in (page.url_path, _page_path(page))]
    if len(matches) == 1:
        return matches[0]
    known = (
        ", ".join(f"{page.pk} ({_page_path(page) or page.url_path})" for page in calendars)
        or "none yet"
    )
    if matches:
        raise IcsImportError(
            [f'"{value}" matches several calendars; give the id. Calendars: {known}.']
        )
    raise IcsImportError(
        [f'There is no calendar (event index page) "{value}". Calendars: {known}.']
    )


def _page_path(page) -> str | None:
    parts = page.get_url_parts()
    return parts[2] if parts else None


# Reading the file.


def read_events(data: bytes, zone: ZoneInfo | None = None) -> list[EventData]:
    """Every event in the file, or IcsImportError listing every event that cannot be read."""
    zone = zone or site_zone()
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise IcsImportError([f"The file is not an iCalendar file: {error}"]) from None
    vevents = list(calendar.walk("VEVENT"))
    lines = _vevent_lines(data)
    if len(lines) != len(vevents):
        lines = [{} for _ in vevents]  # cannot tell which is which: no line numbers
    problems: list[str] = []
    masters: dict[str, tuple] = {}
    overrides: dict[str, list[tuple]] = {}
    for vevent, where in zip(vevents, lines, strict=True):
        uid = str(vevent.get("UID", "")).strip()
        label = _label(vevent, uid, where)
        if not uid:
            problems.append(f"{label}: it has no UID.")
            continue
        if len(uid) > 255:
            problems.append(f"{label}: its UID is longer than 255 characters.")
            continue
        if errors := [(name, text) for name, text in vevent.errors if name.upper() in READ]:
            problems += [f"{label}: {_at(name, where)}{text}" for name, text in errors]
            continue
        if "RECURRENCE-ID" in vevent:
            overrides.setdefault(uid, []).append((vevent, where, label))
        elif uid in masters:
            first = masters[uid][1].get("BEGIN")
            problems.append(
                f"{label}: the UID is already used by the event at line {first}."
                if first
                else f"{label}: the UID appears twice in the file."
            )
        else:
            masters[uid] = (vevent, where, label)
    for uid, items in overrides.items():
        if uid not in masters:
            problems += [
                f"{label}: a changed occurrence (RECURRENCE-ID) whose repeating event is not in "
                "the file."
                for _, _, label in items
            ]
    events = []
    for uid, (vevent, where, label) in masters.items():
        try:
            event = _read_event(vevent, uid, label, zone)
            _read_overrides(event, overrides.get(uid, []), zone, problems)
        except _EventProblem as problem:
            problems.append(f"{label}: {_at(problem.prop, where)}{problem}")
            continue
        events.append(event)
    if problems:
        raise IcsImportError(problems)
    return events


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
    summary = str(vevent.get("SUMMARY", "")).strip() or "(no SUMMARY)"
    where_text = f", line {where['BEGIN']}" if "BEGIN" in where else ""
    recurrence_id = vevent.get("RECURRENCE-ID")
    occurrence = ""
    if recurrence_id is not None and hasattr(recurrence_id, "dt"):
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
            raise _EventProblem(message + ".", name)
    title = str(vevent.get("SUMMARY", "")).strip()
    if not title:
        raise _EventProblem("it has no SUMMARY (the title).")
    start, end, all_day = _span(vevent, zone)
    rule = ""
    if "RRULE" in vevent:
        rule = _rule(vevent, start, all_day, zone)
    excluded = set()
    if "EXDATE" in vevent:
        if not rule:
            raise _EventProblem("it has excluded dates (EXDATE) but does not repeat.", "EXDATE")
        for item in _as_list(vevent["EXDATE"]):
            for value in item.dts:
                excluded.add(_local_date(value.dt, value.params, zone, "EXDATE"))
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
        status=STATUSES.get(str(vevent.get("STATUS", "")).strip().upper(), EventStatus.SCHEDULED),
        location=_plain_text(str(vevent.get("LOCATION", ""))),
        url=str(vevent.get("URL", "")).strip(),
        conference=_conference(vevent),
        categories=_categories(vevent),
    )


def _span(vevent, zone: ZoneInfo) -> tuple[datetime, datetime, bool]:
    """Start and end as the event page keeps them: aware local times, or for an all-day
    event the local midnights of its first and last day."""
    if "DTSTART" not in vevent:
        raise _EventProblem("it has no DTSTART.")
    begin = vevent["DTSTART"]
    if not isinstance(begin.dt, datetime):
        first = begin.dt
        last = first
        if "DTEND" in vevent:
            after = vevent["DTEND"].dt
            if isinstance(after, datetime):
                raise _EventProblem("DTSTART is a date but DTEND is a time.", "DTEND")
            last = max(first, after - timedelta(days=1))  # DTEND is the day after
        elif "DURATION" in vevent:
            last = first + timedelta(days=max(vevent["DURATION"].dt.days, 1) - 1)
        return _midnight(first, zone), _midnight(last, zone), True
    start = _aware(begin.dt, begin.params, zone, "DTSTART")
    end = start
    if "DTEND" in vevent:
        finish = vevent["DTEND"]
        if not isinstance(finish.dt, datetime):
            raise _EventProblem("DTSTART is a time but DTEND is a date.", "DTEND")
        end = _aware(finish.dt, finish.params, zone, "DTEND")
    elif "DURATION" in vevent:
        end = _add(start, vevent["DURATION"].dt, zone)
    if end < start:
        raise _EventProblem("it ends (DTEND) before it starts (DTSTART).", "DTEND")
    return start, end, False


def _aware(value: datetime, params, zone: ZoneInfo, prop: str) -> datetime:
    """In the site's zone. A floating time (no zone) is the site's local time; a TZID nobody
    knows is an error rather than a guess."""
    if value.tzinfo is None:
        if params.get("TZID"):
            raise _EventProblem(
                f'the time zone "{params["TZID"]}" is unknown and the file does not describe it '
                "(VTIMEZONE).",
                prop,
            )
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)


def _local_date(value: date | datetime, params, zone: ZoneInfo, prop: str) -> date:
    if isinstance(value, datetime):
        return _aware(value, params, zone, prop).date()
    return value


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone)


def _add(start: datetime, length: timedelta, zone: ZoneInfo) -> datetime:
    """RFC 5545 durations: whole days are calendar days (local), the rest is exact time."""
    days = timedelta(days=length.days)
    return (start + days).astimezone(zone) + (length - days)


def _rule(vevent, start: datetime, all_day: bool, zone: ZoneInfo) -> str:
    """The RRULE in the event page's form (UNTIL a local date, inclusive), checked against the
    subset ``recurrence.parse_rule`` supports."""
    value = vevent["RRULE"]
    if isinstance(value, list):
        raise _EventProblem("more than one RRULE is not supported.", "RRULE")
    parts: dict[str, str] = {}
    for name, values in value.items():
        name = name.upper()
        if name == "UNTIL":
            parts[name] = f"{_until(values[0], vevent['DTSTART'], start, all_day, zone):%Y%m%d}"
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
        raise _EventProblem(
            f"WKST={week_start} with INTERVAL and several days (BYDAY) is not supported: weeks "
            "start on Monday here.",
            "RRULE",
        )
    ordered = sorted(parts, key=lambda k: RULE_ORDER.index(k) if k in RULE_ORDER else 99)
    text = ";".join(f"{name}={parts[name]}" for name in ordered)
    try:
        recurrence.parse_rule(text)
    except recurrence.RuleError as error:
        raise _EventProblem(str(error), "RRULE") from None
    return text


def _until(value, dtstart, start: datetime, all_day: bool, zone: ZoneInfo) -> date:
    """The last local day an occurrence may start on. A timed UNTIL earlier in its day than
    the event's start time ends the series the day before."""
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        # A local UNTIL is in DTSTART's zone (RFC 5545, 3.3.10).
        source = getattr(dtstart.dt, "tzinfo", None) or zone
        value = value.replace(tzinfo=source)
    local = value.astimezone(zone)
    if not all_day and local.time() < start.time():
        return local.date() - timedelta(days=1)
    return local.date()


def _read_overrides(event: EventData, items: list[tuple], zone: ZoneInfo, problems: list[str]):
    """RECURRENCE-ID overrides as changed occurrences: cancelled, or moved. An override that
    keeps the occurrence's time (a changed title, say) changes nothing the page can show."""
    if items and not event.rule:
        raise _EventProblem("it has changed occurrences (RECURRENCE-ID) but does not repeat.")
    seen: set[date] = set()
    for vevent, where, label in items:
        try:
            recurrence_id = vevent["RECURRENCE-ID"]
            if str(recurrence_id.params.get("RANGE", "")).upper() == "THISANDFUTURE":
                raise _EventProblem(
                    "RANGE=THISANDFUTURE is not supported; split the series in two.",
                    "RECURRENCE-ID",
                )
            if isinstance(recurrence_id.dt, datetime) == event.all_day:
                raise _EventProblem(
                    "RECURRENCE-ID must be a date for an all-day event and a time otherwise.",
                    "RECURRENCE-ID",
                )
            original = _local_date(recurrence_id.dt, recurrence_id.params, zone, "RECURRENCE-ID")
            if original in seen:
                raise _EventProblem("this occurrence is changed twice.", "RECURRENCE-ID")
            seen.add(original)
            if str(vevent.get("STATUS", "")).strip().upper() == "CANCELLED":
                event.changes.append(ChangeData(original, EventOccurrenceChange.Change.CANCELLED))
                continue
            if "DTSTART" not in vevent:
                continue  # nothing but other details changed
            if event.all_day:
                new_start, new_end = _moved_days(vevent, event, zone)
                due_start = _midnight(original, zone)
                due_end = _midnight(original + timedelta(days=event.span_days - 1), zone)
            else:
                new_start, new_end, all_day = _span(vevent, zone)
                if all_day:
                    raise _EventProblem("the event has times but this occurrence is all-day.")
                if "DTEND" not in vevent and "DURATION" not in vevent:
                    new_end = _plus(new_start, event.length, zone)
                due_start = _aware(recurrence_id.dt, recurrence_id.params, zone, "RECURRENCE-ID")
                due_end = _plus(due_start, event.length, zone)
            if (new_start, new_end) != (due_start, due_end):
                event.changes.append(
                    ChangeData(original, EventOccurrenceChange.Change.MOVED, new_start, new_end)
                )
        except _EventProblem as problem:
            problems.append(f"{label}: {_at(problem.prop, where)}{problem}")


def _moved_days(vevent, event: EventData, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A moved all-day occurrence as the page keeps it: the local midnights of its first and
    last day (like the event's own start and end), DTEND being the day after the last."""
    begin = vevent["DTSTART"].dt
    if isinstance(begin, datetime):
        raise _EventProblem("the event is all-day but this occurrence has times.", "DTSTART")
    last = begin + timedelta(days=event.span_days - 1)
    if "DTEND" in vevent:
        after = vevent["DTEND"].dt
        if isinstance(after, datetime):
            raise _EventProblem("DTSTART is a date but DTEND is a time.", "DTEND")
        last = max(after - timedelta(days=1), begin)
    return _midnight(begin, zone), _midnight(last, zone)


def _plus(start: datetime, length: timedelta, zone: ZoneInfo) -> datetime:
    return (start.astimezone(UTC) + length).astimezone(zone)


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def _plain_text(value: str) -> str:
    """Descriptions often carry HTML (Google Calendar, LibCal): the page's summary is text."""
    text = html.unescape(strip_tags(re.sub(r"<br\s*/?>", "\n", value, flags=re.IGNORECASE)))
    return re.sub(r"[ \t]+", " ", text).strip()


def _conference(vevent) -> str:
    for name in ("CONFERENCE", "X-GOOGLE-CONFERENCE"):
        if name in vevent:
            return str(_as_list(vevent[name])[0]).strip()
    return ""


def _categories(vevent) -> list[str] | None:
    if "CATEGORIES" not in vevent:
        return None
    return [str(name).strip() for item in _as_list(vevent["CATEGORIES"]) for name in item.cats]


def _is_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text


# Saving.


def import_calendar(data: bytes, parent: EventIndexPage, *, draft: bool = False) -> ImportReport:
    """Create or update the file's events below ``parent``; publish them unless ``draft``.
    All or nothing: IcsImportError (and no change at all) if any event is wrong."""
    events = read_events(data)
    report = ImportReport()
    problems: list[str] = []
    with transaction.atomic():
        context = _Context(parent)
        for event in events:
            venues = dict(context.venues)
            try:
                with transaction.atomic():
                    _save(event, context, draft=draft, report=report)
            except (_EventProblem, ValidationError) as error:
                context.venues = venues  # a venue made for this event is rolled back with it
                problems.append(f"{event.label}: {_problem_text(error)}")
        if problems:
            raise IcsImportError(problems)
    report.warnings = context.warnings
    return report


class _Context:
    """What the import looks up once: the calendar's events, venues and categories."""

    def __init__(self, parent: EventIndexPage):
        self.parent = parent
        self.locale = parent.locale
        self.host = uid_host()
        children = EventPage.objects.child_of(parent)
        self.by_imported_uid = {
            page.imported_uid: page for page in children.exclude(imported_uid="")
        }
        self.by_own_uid = {str(page.ical_uid): page for page in children}
        self.venues: dict[str, Venue] = {}
        for venue in Venue.objects.filter(locale=self.locale).order_by("pk"):
            for text in (venue.name, f"{venue.name}, {venue.address}"):
                self.venues.setdefault(text.casefold(), venue)
        self.categories: dict[str, EventCategory] = {}
        for category in EventCategory.objects.filter(locale=self.locale):
            self.categories.setdefault(category.name.casefold(), category)
            self.categories.setdefault(category.slug.casefold(), category)
        self.warnings: list[str] = []

    def existing(self, uid: str) -> EventPage | None:
        if uid in self.by_imported_uid:
            return self.by_imported_uid[uid]
        own, _, host = uid.rpartition("@")
        if host.lower() == self.host.lower():
            return self.by_own_uid.get(own)
        return None

    def venue(self, location: str) -> Venue:
        key = location.casefold()
        if key not in self.venues:
            venue = Venue(name=location[:150], address=location[:250], locale=self.locale)
            venue.full_clean()
            venue.save()
            self.venues[key] = venue
        return self.venues[key]

    def categories_for(self, event: EventData) -> list[EventCategory]:
        found = []
        for name in event.categories or []:
            category = self.categories.get(name.casefold())
            if category is None:
                self.warnings.append(
                    f'{event.label}: no category "{name}" in {self.locale.language_code}; left out.'
                )
            elif category not in found:
                found.append(category)
        return found


def _save(event: EventData, context: _Context, *, draft: bool, report: ImportReport) -> None:
    venue, online_url = _place(event, context)
    existing = context.existing(event.uid)
    page = existing.get_latest_revision_as_object() if existing else EventPage()
    values = {
        "title": event.title,
        "summary": event.summary,
        "start": event.start,
        "end": event.end,
        "all_day": event.all_day,
        "recurrence_rule": event.rule,
        "status": event.status,
        "venue": venue,
        "online_url": online_url,
    }
    excluded = [EventExcludedDate(date=day) for day in sorted(event.excluded)]
    changes = [
        EventOccurrenceChange(
            original_date=c.original_date,
            change=c.change,
            new_start=c.new_start,
            new_end=c.new_end,
        )
        for c in sorted(event.changes, key=lambda c: c.original_date)
    ]
    categories = context.categories_for(event) if event.categories is not None else None
    if existing is not None:
        before = _snapshot(page)
        _apply(page, values, excluded, changes, categories)
        published = existing.live and not existing.has_unpublished_changes
        if _snapshot(page) == before and (draft or published):
            report.unchanged.append(existing)
            return
        revision = page.save_revision(clean=True)
        report.updated.append(page)
    else:
        _apply(page, values, excluded, changes, categories)
        page.locale = context.locale
        page.imported_uid = event.uid
        page.live = False
        page.has_unpublished_changes = True
        if not slugify(event.title, allow_unicode=True):
            digest = hashlib.sha1(event.uid.encode(), usedforsecurity=False).hexdigest()
            page.slug = f"event-{digest[:8]}"
        context.parent.add_child(instance=page)
        revision = page.save_revision(clean=True)
        report.created.append(page)
    if not draft:
        revision.publish()


def _place(event: EventData, context: _Context) -> tuple[Venue | None, str]:
    """LOCATION is a venue (found by its name, or created in the calendar's language), unless
    it is a link; the link to join is CONFERENCE, else the LOCATION link, else (with no
    LOCATION) the event's URL."""
    location, online_url = event.location, event.conference
    if location and _is_url(location):
        online_url, location = online_url or location, ""
    if not location and not online_url:
        online_url = event.url
    if not location and not online_url:
        raise _EventProblem(
            "it has no LOCATION and no URL: an event needs a venue or an online address."
        )
    return (context.venue(location) if location else None), online_url


def _apply(page: EventPage, values: dict, excluded, changes, categories) -> None:
    for name, value in values.items():
        setattr(page, name, value)
    page.excluded_dates = excluded
    page.occurrence_changes = changes
    if categories is not None:
        page.categories = categories


def _snapshot(page: EventPage) -> tuple:
    return (
        page.title,
        page.summary,
        page.start,
        page.end,
        page.all_day,
        page.recurrence_rule,
        page.status,
        page.venue_id,
        page.online_url,
        frozenset(item.date for item in page.excluded_dates.all()),
        frozenset(
            (c.original_date, c.change, c.new_start, c.new_end)
            for c in page.occurrence_changes.all()
        ),
        frozenset(category.pk for category in page.categories.all()),
    )


def _problem_text(error: Exception) -> str:
    if not isinstance(error, ValidationError):
        return str(error)
    if hasattr(error, "error_dict"):
        return " ".join(
            " ".join(messages) if name == NON_FIELD_ERRORS else f"{name}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)
