"""Everything about repeating events: the supported subset of RFC 5545 RRULE, its validation,
and expansion into occurrences inside a bounded window. Nothing else in the project does date
arithmetic on rules; expansion itself is python-dateutil's.

Rules are expanded in the site's local wall time (a weekly 18:00 event stays 18:00 across the
daylight-saving changes); each occurrence is then placed in the zone, and its end is its start
plus the event's duration measured in UTC. All-day events have date semantics: an occurrence
covers whole local days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr
from django.utils.translation import gettext, gettext_noop

SUPPORTED_PARTS = (
    "FREQ",
    "INTERVAL",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "BYSETPOS",
    "COUNT",
    "UNTIL",
)
SUPPORTED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_COUNT = 1000
#: The years an event, the end of its repetition, its excluded dates and its changed
#: occurrences may fall in. Outside them a date is a slip (9999 for "no end"), and rule
#: arithmetic near the year 9999 overflows.
MIN_YEAR = 1900
MAX_YEAR = 2200
#: Occurrences looked at by any one check of a rule (that an excluded date is an occurrence,
#: that some occurrence is left, where the series ends): a daily rule covers 5 years with it,
#: and the walk takes well under 100 ms.
CHECK_LIMIT = 2000


class RuleError(ValueError):
    """A rule, exclusion or change an editor must correct; the message says how.

    ``plain`` says it without the rule's part names, for an editor who chose the repetition
    from the form's fields and never saw "UNTIL"; ``part`` names the rule part at fault
    (e.g. "UNTIL"), so the form can put the message on the field that set it."""

    def __init__(self, message: str, *, plain: str | None = None, part: str | None = None):
        super().__init__(message)
        self.plain = plain or message
        self.part = part


class Status:
    SCHEDULED = "SCHEDULED"
    CANCELLED = "CANCELLED"
    POSTPONED = "POSTPONED"
    MOVED_ONLINE = "MOVED_ONLINE"
    MOVED = "MOVED"  # one occurrence at another time


@dataclass(frozen=True)
class OccurrenceChange:
    """What happens to the occurrence that would start on ``original_date`` (local)."""

    original_date: date
    status: str = Status.SCHEDULED
    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True)
class Schedule:
    start: datetime  # aware
    end: datetime  # aware
    all_day: bool = False
    rule: str = ""  # RRULE value without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=TU;UNTIL=20201231"
    excluded_dates: frozenset[date] = frozenset()
    changes: tuple[OccurrenceChange, ...] = ()
    status: str = Status.SCHEDULED


@dataclass(frozen=True, order=True)
class Occurrence:
    start: datetime
    end: datetime
    all_day: bool = field(compare=False)
    status: str = field(compare=False)
    original_start: datetime = field(compare=False)
    changed: bool = field(default=False, compare=False)

    @property
    def is_cancelled(self) -> bool:
        return self.status == Status.CANCELLED


def parse_rule(text: str) -> dict[str, str]:
    """``"FREQ=WEEKLY;BYDAY=TU"`` → ``{"FREQ": "WEEKLY", "BYDAY": "TU"}``, checked against the
    supported subset."""
    text = text.strip().removeprefix("RRULE:")
    parts: dict[str, str] = {}
    for item in filter(None, text.split(";")):
        name, sep, value = item.partition("=")
        name = name.strip().upper()
        if not sep or not value.strip():
            raise RuleError(gettext('"%(item)s" is not of the form NAME=VALUE.') % {"item": item})
        if name not in SUPPORTED_PARTS:
            raise RuleError(
                gettext("%(name)s is not supported. Supported parts: %(parts)s.")
                % {"name": name, "parts": ", ".join(SUPPORTED_PARTS)}
            )
        parts[name] = value.strip().upper()
    if parts.get("FREQ") not in SUPPORTED_FREQUENCIES:
        raise RuleError(
            gettext("FREQ must be one of %(frequencies)s.")
            % {"frequencies": ", ".join(SUPPORTED_FREQUENCIES)}
        )
    if "COUNT" in parts and "UNTIL" in parts:
        raise RuleError(
            gettext("Give either an end date (UNTIL) or a number of times (COUNT), not both.")
        )
    if "COUNT" in parts and not (
        parts["COUNT"].isdigit() and 1 <= int(parts["COUNT"]) <= MAX_COUNT
    ):
        raise RuleError(
            gettext("COUNT must be a whole number from 1 to %(max)s.") % {"max": MAX_COUNT}
        )
    if "INTERVAL" in parts and not (parts["INTERVAL"].isdigit() and int(parts["INTERVAL"]) >= 1):
        raise RuleError(gettext("INTERVAL must be a whole number of 1 or more."))
    return parts


#: The numbers a rule's lists may hold, by part: (lowest, highest), zero excluded; outside them
#: dateutil fails while it expands the rule (an IndexError for the 53rd Monday of a month),
#: or no date matches.
VALUE_RANGES = {"BYMONTH": (1, 12), "BYMONTHDAY": (-31, 31), "BYSETPOS": (-366, 366)}
VALUE_MESSAGES = {
    "BYMONTH": gettext_noop("BYMONTH must list months from 1 to 12."),
    "BYMONTHDAY": gettext_noop(
        "BYMONTHDAY must list days from 1 to 31, or from -1 to -31 (from the end)."
    ),
    "BYSETPOS": gettext_noop(
        "BYSETPOS must list positions from 1 to 366, or from -1 to -366 (from the end)."
    ),
    "BYDAY": gettext_noop(
        "BYDAY must list days such as TU, or with a position such as 2TU or -1FR (1 to 5 "
        "within a month, 1 to 53 within a year)."
    ),
}


def _check_values(parts: dict[str, str]) -> None:
    """For ``validate`` only: a rule saved before these checks still expands as it did."""
    widest = 5 if parts["FREQ"] == "MONTHLY" else 53
    for name in VALUE_MESSAGES.keys() & parts.keys():
        for item in parts[name].split(","):
            number, (lowest, highest) = item, VALUE_RANGES.get(name, (-widest, widest))
            if name == "BYDAY":
                number, day = item[:-2], item[-2:]
                if day in WEEKDAY_CODES and not number:
                    continue
            else:
                day = WEEKDAY_CODES[0]
            if (
                day not in WEEKDAY_CODES
                or not re.fullmatch(r"[+-]?\d{1,3}", number)
                or not lowest <= int(number) <= highest
                or int(number) == 0
            ):
                raise RuleError(gettext(VALUE_MESSAGES[name]))


def until_date(parts: dict[str, str]) -> date | None:
    """An editor's "until" is a local date, inclusive (the whole day)."""
    value = parts.get("UNTIL")
    if value is None:
        return None
    try:
        return datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        raise RuleError(
            gettext('UNTIL "%(value)s" is not a date such as 20201231.') % {"value": value}
        ) from None


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone)


def _dateutil_rule(schedule: Schedule, zone: ZoneInfo, *, year: int | None = None) -> rrule:
    """The rule from the event's start; with ``year``, from the same date in that year and
    without end (see ``_follows_rule``)."""
    parts = parse_rule(schedule.rule)
    start = _local(schedule.start, zone).replace(tzinfo=None)
    if schedule.all_day:
        start = datetime.combine(start.date(), time())
    ends = ("UNTIL",) if year is None else ("UNTIL", "COUNT")
    text = ";".join(f"{k}={v}" for k, v in parts.items() if k not in ends)
    if year is not None:
        start = start.replace(year=year)
    elif (last_day := until_date(parts)) is not None:
        text += f";UNTIL={last_day:%Y%m%d}T235959"
    try:
        return rrulestr(text, dtstart=start)
    except (ValueError, TypeError) as error:
        raise _unreadable(error) from None


def _unreadable(error: Exception) -> RuleError:
    return RuleError(
        gettext("The rule cannot be read: %(error)s.") % {"error": error},
        plain=gettext("These repeat settings give no dates; choose others."),
    )


def duration(schedule: Schedule) -> timedelta:
    """Measured in UTC, so a 2-hour event is 2 hours on the night the clocks change."""
    return schedule.end.astimezone(UTC) - schedule.start.astimezone(UTC)


def _all_day_span(schedule: Schedule, zone: ZoneInfo) -> int:
    """Days an all-day occurrence covers (its last day included)."""
    return (_local(schedule.end, zone).date() - _local(schedule.start, zone).date()).days + 1


def _occurrence(schedule: Schedule, local_start: datetime, zone: ZoneInfo) -> Occurrence:
    if schedule.all_day:
        first_day = local_start.date()
        start = datetime.combine(first_day, time(), zone)
        end = datetime.combine(
            first_day + timedelta(days=_all_day_span(schedule, zone)), time(), zone
        )
    else:
        start = local_start.replace(tzinfo=zone)
        end = (start.astimezone(UTC) + duration(schedule)).astimezone(zone)
    return Occurrence(start, end, schedule.all_day, schedule.status, start)


def _moved_span(
    schedule: Schedule, change: OccurrenceChange, zone: ZoneInfo
) -> tuple[datetime, datetime]:
    """Where a moved occurrence lies. Without a new end it keeps the event's length; all-day,
    it covers whole local days, the new end naming its last day (as the event's end does)."""
    assert change.start is not None
    if schedule.all_day:
        first_day = _local(change.start, zone).date()
        last_day = (
            _local(change.end, zone).date()
            if change.end is not None
            else first_day + timedelta(days=_all_day_span(schedule, zone) - 1)
        )
        return (
            datetime.combine(first_day, time(), zone),
            datetime.combine(last_day + timedelta(days=1), time(), zone),
        )
    start = _local(change.start, zone)
    if change.end is not None:
        return start, _local(change.end, zone)
    return start, (start.astimezone(UTC) + duration(schedule)).astimezone(zone)


def _apply_change(
    schedule: Schedule, occurrence: Occurrence, change: OccurrenceChange, zone: ZoneInfo
) -> Occurrence:
    start, end = occurrence.start, occurrence.end
    if change.start is not None:
        start, end = _moved_span(schedule, change, zone)
    status = (
        occurrence.status if change.status in (Status.SCHEDULED, Status.MOVED) else change.status
    )
    if change.status == Status.MOVED and occurrence.status == Status.SCHEDULED:
        status = Status.SCHEDULED
    return Occurrence(start, end, occurrence.all_day, status, occurrence.original_start, True)


def _overlaps(start: datetime, end: datetime, window_start: datetime, window_end: datetime) -> bool:
    """Whether [start, end) meets [window_start, window_end). An occurrence without length
    belongs to the window it starts in, so that a day view shows one at midnight once."""
    return start < window_end and (end > window_start or start == end >= window_start)


def expand(
    schedule: Schedule, *, window_start: datetime, window_end: datetime, zone: ZoneInfo
) -> list[Occurrence]:
    """Occurrences overlapping [window_start, window_end), in start order. Only the window is
    expanded, so an endless rule costs what the window holds."""
    changes = {change.original_date: change for change in schedule.changes}
    if not schedule.rule:
        candidates = [
            _occurrence(schedule, _local(schedule.start, zone).replace(tzinfo=None), zone)
        ]
    else:
        rule = _dateutil_rule(schedule, zone)
        # How far before the window an occurrence may start and still reach into it.
        reach = (
            timedelta(days=_all_day_span(schedule, zone))
            if schedule.all_day
            else duration(schedule)
        )
        longest = reach + timedelta(days=2)
        # Moved occurrences may land in the window from anywhere: look them up by date.
        moved_in = [
            c.original_date
            for c in schedule.changes
            if c.start is not None
            and _overlaps(*_moved_span(schedule, c, zone), window_start, window_end)
        ]
        begin = _local(window_start - longest, zone).replace(tzinfo=None)
        finish = _local(window_end, zone).replace(tzinfo=None)
        starts = set(rule.between(begin, finish, inc=True))
        for original in moved_in:
            for moment in rule.between(
                datetime.combine(original, time()), datetime.combine(original, time.max), inc=True
            ):
                starts.add(moment)
        candidates = [_occurrence(schedule, moment, zone) for moment in sorted(starts)]
    result = []
    for occurrence in candidates:
        original_day = occurrence.original_start.date()
        if original_day in schedule.excluded_dates:
            continue
        if (change := changes.get(original_day)) is not None:
            occurrence = _apply_change(schedule, occurrence, change, zone)
        if _overlaps(occurrence.start, occurrence.end, window_start, window_end):
            result.append(occurrence)
    return sorted(result)


# Checks. dateutil looks for a rule's next occurrence period by period up to the year 9999:
# seconds for a rule that never occurs (30 February) or a date far away. So every check is
# bounded: the first occurrence is looked for in a year laid out alike near 9999, and the
# others are walked only up to MAX_YEAR and CHECK_LIMIT (for a rule whose first occurrence is
# its start the next one is at most one 400-year cycle of periods away, as the calendar's
# layout repeats).


def _year(moment: datetime, zone: ZoneInfo) -> int:
    try:
        return _local(moment, zone).year
    except OverflowError:  # hours from the year 1 or 9999
        return moment.year


def _outside_years(schedule: Schedule, zone: ZoneInfo, problems: Problems) -> None:
    """Dates outside MIN_YEAR to MAX_YEAR, by field (as ``validate`` names them) and by
    excluded date and changed occurrence."""
    outside = [
        ("start", None, schedule.start, _year(schedule.start, zone)),
        ("end", None, schedule.end, _year(schedule.end, zone)),
        *(("excluded_dates", day, day, day.year) for day in sorted(schedule.excluded_dates)),
        *(
            ("changes", (index, "date"), c.original_date, c.original_date.year)
            for index, c in enumerate(schedule.changes)
        ),
        *(
            ("changes", (index, part), moment, _year(moment, zone))
            for index, c in enumerate(schedule.changes)
            for part, moment in (("start", c.start), ("end", c.end))
            if moment is not None
        ),
    ]
    for name, item, value, year in outside:
        if not MIN_YEAR <= year <= MAX_YEAR:
            problems.add(
                name,
                gettext("%(date)s is outside the years %(first)s to %(last)s.")
                % {"date": f"{value:%d. %m. %Y}", "first": MIN_YEAR, "last": MAX_YEAR},
                item=item,
            )


def _twin_year(year: int) -> int:
    """The last year before 9999 laid out like ``year``: leap or not, and 1 January on the
    same weekday. A rule's first period (day, week, month or year) is then the same."""
    layout = (calendar.isleap(year), date(year, 1, 1).weekday())
    twins = (
        y for y in range(9998, 9950, -1) if (calendar.isleap(y), date(y, 1, 1).weekday()) == layout
    )
    return next(twins, year)


def _follows_rule(schedule: Schedule, zone: ZoneInfo) -> bool:
    """Whether the rule's first occurrence is the event's start, found within 50 years of
    periods: from the same date in the start year's twin (``_twin_year``)."""
    twin = _twin_year(_local(schedule.start, zone).year)
    expected = _local(schedule.start, zone).replace(tzinfo=None, year=twin)
    if schedule.all_day:
        expected = datetime.combine(expected.date(), time())
    return next(_moments(_dateutil_rule(schedule, zone, year=twin)), None) == expected


def _moments(rule: rrule):
    """The rule's occurrences; dateutil's own failures while expanding become a RuleError."""
    try:
        yield from rule
    except (ValueError, IndexError) as error:
        raise _unreadable(error) from None


def _starts(
    schedule: Schedule, zone: ZoneInfo, *, through: date, limit: int = CHECK_LIMIT
) -> tuple[list[datetime], date | None]:
    """The rule's starts (local wall time) up to the day ``through`` and MAX_YEAR, at most
    ``limit`` of them; and the last day the list is complete to (None: no more follow).
    Only for a schedule whose start follows its rule."""
    last = min(through, date(MAX_YEAR, 12, 31))
    starts: list[datetime] = []
    for moment in _moments(_dateutil_rule(schedule, zone)):
        if moment.date() > last:
            return starts, last
        if len(starts) == limit:
            return starts, starts[-1].date()
        starts.append(moment)
    return starts, None


@dataclass
class Problems:
    """What ``check`` found: one message by field (``start``, ``end``, ``rule``,
    ``excluded_dates``, ``changes``), and each excluded date (by date) and changed occurrence
    at fault (by its position in ``Schedule.changes`` and the part: "date", "start" or
    "end"), so the editor's form can put a message on the row and field it
    concerns. ``rule_error`` keeps the rule's error for its plain wording."""

    fields: dict[str, str] = field(default_factory=dict)
    excluded: dict[date, str] = field(default_factory=dict)
    changes: dict[tuple[int, str], str] = field(default_factory=dict)
    rule_error: RuleError | None = None

    def add(self, name: str, message: str, *, item=None) -> None:
        self.fields.setdefault(name, message)
        if name == "excluded_dates" and item is not None:
            self.excluded.setdefault(item, message)
        elif name == "changes" and item is not None:
            self.changes.setdefault(item, message)


def validate(schedule: Schedule, zone: ZoneInfo) -> dict[str, str]:
    """Problems an editor must fix, by field: ``start``, ``end``, ``rule``,
    ``excluded_dates``, ``changes``. Empty when the schedule is sound."""
    return check(schedule, zone).fields


def check(schedule: Schedule, zone: ZoneInfo) -> Problems:
    """``validate``, with the excluded dates and changed occurrences at fault one by one."""
    problems = Problems()
    _outside_years(schedule, zone, problems)
    if problems.fields:
        return problems
    # All-day events take whole days: only the dates count, not the times.
    if (
        _local(schedule.end, zone).date() < _local(schedule.start, zone).date()
        if schedule.all_day
        else schedule.end < schedule.start
    ):
        problems.add("end", gettext("The event cannot end before it starts."))
        return problems
    if not schedule.rule:
        for day in sorted(schedule.excluded_dates):
            problems.add(
                "excluded_dates",
                gettext("Only a repeating event can have excluded dates."),
                item=day,
            )
        for index, _change in enumerate(schedule.changes):
            problems.add(
                "changes",
                gettext("Only a repeating event can have changed occurrences."),
                item=(index, "date"),
            )
        return problems
    try:
        _check_rule(schedule, zone, problems)
    except RuleError as error:
        return Problems(fields={"rule": str(error)}, rule_error=error)
    for index, change in enumerate(schedule.changes):
        if change.status == Status.MOVED and change.start is None:
            problems.add(
                "changes", gettext("A moved occurrence needs its new start."), item=(index, "start")
            )
        if change.start and change.end and _ends_before_start(schedule, change, zone):
            problems.add(
                "changes",
                gettext("A moved occurrence cannot end before it starts."),
                item=(index, "end"),
            )
    return problems


def _check_rule(schedule: Schedule, zone: ZoneInfo, problems: Problems) -> None:
    parts = parse_rule(schedule.rule)
    _check_values(parts)
    local_start = _local(schedule.start, zone)
    if parts["FREQ"] == "WEEKLY" and "BYSETPOS" in parts and local_start.weekday() != 0:
        raise RuleError(
            gettext(
                "A weekly rule with a position (BYSETPOS) must start on a Monday; "
                "choose a monthly rule or move the start."
            ),
            plain=gettext(
                "A weekly repetition on the first or last of several days must start on a "
                "Monday; repeat monthly instead, or move the start."
            ),
        )
    if (last_day := until_date(parts)) is not None and last_day < local_start.date():
        raise RuleError(
            gettext("The repetition ends before the event first takes place."), part="UNTIL"
        )
    if last_day is not None and last_day.year > MAX_YEAR:
        raise RuleError(
            gettext(
                "The repetition must end by 31. 12. %(last)s (UNTIL %(until)s); leave "
                "the end out for an event that repeats without end."
            )
            % {"last": MAX_YEAR, "until": parts["UNTIL"]},
            plain=gettext(
                "The repetition must end by 31. 12. %(last)s; leave the end out for an event "
                "that repeats without end."
            )
            % {"last": MAX_YEAR},
            part="UNTIL",
        )
    if not _follows_rule(schedule, zone):
        raise RuleError(
            gettext(
                "The first date does not follow the rule (e.g. a rule for Tuesdays that starts "
                "on a Monday). Move the start to a day the rule includes."
            ),
            plain=gettext(
                "The first date is not one of the days chosen (e.g. Tuesdays, but the event "
                "starts on a Monday). Move the start to one of those days, or choose its day."
            ),
        )
    _not_occurrences(schedule, zone, problems)
    if ("COUNT" in parts or "UNTIL" in parts) and schedule.excluded_dates:
        limit = min(len(schedule.excluded_dates) + 1, CHECK_LIMIT)
        starts, complete = _starts(schedule, zone, through=date.max, limit=limit)
        if complete is None and all(m.date() in schedule.excluded_dates for m in starts):
            problems.add(
                "rule", gettext("Every occurrence is excluded: the event would never take place.")
            )


def _not_occurrences(schedule: Schedule, zone: ZoneInfo, problems: Problems) -> None:
    """Excluded dates and changed occurrences on a day the rule does not give."""
    named = {
        "excluded_dates": [(day, day) for day in sorted(schedule.excluded_dates)],
        "changes": sorted(
            ((c.original_date, (index, "date")) for index, c in enumerate(schedule.changes)),
            key=lambda pair: pair[0],
        ),
    }
    if not any(named.values()):
        return
    last = max(day for pairs in named.values() for day, _item in pairs)
    starts, complete = _starts(schedule, zone, through=last)
    occurs = {moment.date() for moment in starts}
    for name, pairs in named.items():
        for day, item in pairs:
            if complete is not None and day > complete:
                message = gettext(
                    "%(date)s is too far from the start to check (after the first %(limit)s "
                    "occurrences): start the event later, or split it in two."
                ) % {"date": f"{day:%d. %m. %Y}", "limit": CHECK_LIMIT}
            elif day not in occurs:
                message = gettext("%(date)s is not a date the event takes place on.") % {
                    "date": f"{day:%d. %m. %Y}"
                }
            else:
                continue
            problems.add(name, message, item=item)


def _ends_before_start(schedule: Schedule, change: OccurrenceChange, zone: ZoneInfo) -> bool:
    assert change.start is not None
    assert change.end is not None
    if schedule.all_day:  # whole days: the times do not count
        return _local(change.end, zone).date() < _local(change.start, zone).date()
    return change.end < change.start


def series_end(schedule: Schedule, zone: ZoneInfo) -> datetime | None:
    """When the last occurrence ends (moved ones included), or None for an endless rule. The
    listings only skip events that are over by then, so past what the checks walk (and for
    a schedule ``validate`` refuses) it is a time the series is surely over by, or None."""
    outside = Problems()
    _outside_years(schedule, zone, outside)
    if outside.fields:
        return None
    ends = [_moved_span(schedule, c, zone)[1] for c in schedule.changes if c.start is not None]
    if not schedule.rule:
        last = _occurrence(schedule, _local(schedule.start, zone).replace(tzinfo=None), zone).end
        return max([last, *ends])
    parts = parse_rule(schedule.rule)
    last_day = until_date(parts)
    if "COUNT" not in parts and (last_day is None or last_day.year > MAX_YEAR):
        return None
    if not _follows_rule(schedule, zone):
        return None
    starts, complete = _starts(schedule, zone, through=date.max)
    if complete is not None:
        if last_day is None or last_day.year > MAX_YEAR:
            return None
        latest = datetime.combine(last_day, _local(schedule.start, zone).time())
        return max([_occurrence(schedule, latest, zone).end, *ends])
    # Excluded occurrences do not take place; moved ones end where they were moved to.
    gone = set(schedule.excluded_dates) | {
        c.original_date for c in schedule.changes if c.start is not None
    }
    kept = [moment for moment in starts if moment.date() not in gone]
    last = _occurrence(schedule, kept[-1], zone).end if kept else None
    return max([end for end in (last, *ends) if end is not None], default=schedule.end)


def next_occurrences(
    schedule: Schedule, *, after: datetime, limit: int, zone: ZoneInfo, horizon_days: int = 366
) -> list[Occurrence]:
    found = expand(
        schedule, window_start=after, window_end=after + timedelta(days=horizon_days), zone=zone
    )
    return [o for o in found if o.start >= after][:limit]
