"""A schedule's occurrences inside a bounded window: dateutil's starts in local wall time,
each placed in the zone with the event's duration, excluded dates left out and changed
occurrences moved or cancelled."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .rules import Occurrence, OccurrenceChange, Schedule, Status, _dateutil_rule, _local


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


def next_occurrences(
    schedule: Schedule, *, after: datetime, limit: int, zone: ZoneInfo, horizon_days: int = 366
) -> list[Occurrence]:
    found = expand(
        schedule, window_start=after, window_end=after + timedelta(days=horizon_days), zone=zone
    )
    return [o for o in found if o.start >= after][:limit]
