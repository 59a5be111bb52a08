"""What an editor must correct in a schedule (``check``, ``validate``) and when a series ends
(``series_end``), every walk over a rule's occurrences bounded.

dateutil looks for a rule's next occurrence period by period up to the year 9999: seconds for
a rule that never occurs (30 February) or a date far away. So every check is bounded: the
first occurrence is looked for in a year laid out alike near 9999, and the others are walked
only up to MAX_YEAR and CHECK_LIMIT (for a rule whose first occurrence is its start the next
one is at most one 400-year cycle of periods away, as the calendar's layout repeats).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule
from django.utils.translation import gettext

from .expansion import _moved_span, _occurrence
from .rules import (
    CHECK_LIMIT,
    MAX_YEAR,
    MIN_YEAR,
    OccurrenceChange,
    RuleError,
    Schedule,
    Status,
    _check_values,
    _dateutil_rule,
    _local,
    _unreadable,
    parse_rule,
    until_date,
)


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
