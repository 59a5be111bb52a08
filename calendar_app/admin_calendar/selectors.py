"""Which events and occurrences an editor's calendar holds.

Visibility is the page explorer's: ``explorable_instances`` of the registered page permission
policy, in one locale (each language tree has its own calendar). Events are read as stored on
the page row, what the explorer lists: a draft's later revisions are not expanded, and the
views mark drafts and live events with unpublished changes.

Every function costs a fixed number of queries, whatever the number of events: the events,
then their excluded dates and changed occurrences for the whole listing
(``EventPage.listed_schedule``). Python's work grows with the events and their occurrences in
the window; the month view renders at most ``max_month_occurrences()`` of them.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Q, QuerySet
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry

from cms.content.selectors import prepare_for_listing

from .. import recurrence
from ..conf import calendar_settings, site_zone
from ..models import EventPage
from ..selectors import (
    Listed,
    by_day,
    expand_events,
    local_day_bounds,
    month_weeks,
    overlapping,
)

#: How far ahead the list looks for an event's next occurrence: a month first (most series
#: repeat within one), then a year, as the API's ``upcomingEvents`` does.
NEXT_OCCURRENCE_WINDOWS = (timedelta(days=31), timedelta(days=366))


def max_month_occurrences() -> int:
    """``CALENDAR_ADMIN_MAX_OCCURRENCES``; by default the API's bound on one window's
    occurrences. Beyond it the month view says how many it leaves out, day by day."""
    return calendar_settings().admin_max_occurrences


def editor_events(*, user, locale: Locale) -> QuerySet[EventPage]:
    """The events of ``locale`` the page explorer shows ``user``, live or not."""
    explorable = policy_registry.get_by_type(Page).explorable_instances(user)
    return EventPage.objects.filter(locale=locale, pk__in=explorable.values("pk")).select_related(
        "locale"
    )


@dataclass(frozen=True)
class EditorMonth:
    """A Monday-first month of the editor's occurrences; ``by_day`` holds the first
    ``limit`` occurrences by start, ``hidden_by_day`` counts those left out."""

    year: int
    month: int
    weeks: list[list[date]]
    by_day: dict[date, list[Listed]]
    hidden_by_day: dict[date, int] = field(default_factory=dict)
    hidden: int = 0


def editor_month(*, user, locale: Locale, year: int, month: int, limit: int) -> EditorMonth:
    """The month's grid (``year`` and ``month`` already checked by the caller), cancelled
    occurrences included: editors see what readers see marked as cancelled."""
    weeks = month_weeks(year, month)
    first, last = weeks[0][0], weeks[-1][-1]
    window_start, window_end = local_day_bounds(first, last)
    events = prepare_for_listing(
        overlapping(
            editor_events(user=user, locale=locale),
            window_start=window_start,
            window_end=window_end,
        )
    )
    found = expand_events(
        events, window_start=window_start, window_end=window_end, include_cancelled=True
    )
    shown, left_out = found[:limit], found[limit:]
    hidden_by_day = {
        day: len(items) for day, items in by_day(left_out, first=first, last=last).items()
    }
    return EditorMonth(
        year,
        month,
        weeks,
        by_day(shown, first=first, last=last),
        hidden_by_day,
        len(left_out),
    )


@dataclass(frozen=True)
class EventRow:
    """One event of the editors' list with the occurrences its row shows: the next one
    (upcoming), those of the week (this week), none (past, or none within a year)."""

    event: EventPage
    occurrences: tuple[recurrence.Occurrence, ...] = ()


def upcoming_rows(*, user, locale: Locale, now: datetime) -> list[EventRow]:
    """Events with an occurrence not over yet, by their next (or current) occurrence; those
    with none within a year (an endless series all excluded ahead, say) come last."""
    events = prepare_for_listing(
        editor_events(user=user, locale=locale).filter(
            Q(series_end__isnull=True) | Q(series_end__gt=now)
        )
    )
    rows = [EventRow(event, tuple(_next_occurrence(event, now))) for event in events]
    return sorted(rows, key=lambda row: _row_order(row, now))


def _next_occurrence(event: EventPage, now: datetime) -> list[recurrence.Occurrence]:
    schedule = event.listed_schedule()
    windows = [(now, now + length) for length in NEXT_OCCURRENCE_WINDOWS]
    if event.start > windows[-1][1]:  # first held more than a year from now
        windows.append((event.start, event.start + NEXT_OCCURRENCE_WINDOWS[-1]))
    for window_start, window_end in windows:
        found = recurrence.expand(
            schedule, window_start=window_start, window_end=window_end, zone=site_zone()
        )
        if found:
            return found[:1]
    return []


def _row_order(row: EventRow, now: datetime) -> tuple:
    first = row.occurrences[0].start if row.occurrences else None
    return (first is None, first or now, row.event.title, row.event.pk)


def past_events(*, user, locale: Locale, now: datetime) -> QuerySet[EventPage]:
    """Events whose last occurrence is over, the latest first: ``series_end`` orders them in
    the database, so a page of them is all that is read."""
    return (
        editor_events(user=user, locale=locale)
        .filter(series_end__lte=now)
        .order_by("-series_end", "title", "pk")
    )


def week_rows(*, user, locale: Locale, today: date) -> list[EventRow]:
    """Events with an occurrence in the local Monday-to-Sunday week of ``today``, with those
    occurrences, by the first of them."""
    monday = today - timedelta(days=today.weekday())
    window_start, window_end = local_day_bounds(monday, monday + timedelta(days=6))
    events = prepare_for_listing(
        overlapping(
            editor_events(user=user, locale=locale),
            window_start=window_start,
            window_end=window_end,
        )
    )
    found = expand_events(
        events, window_start=window_start, window_end=window_end, include_cancelled=True
    )
    return _grouped(found)


def _grouped(found: Iterable[Listed]) -> list[EventRow]:
    """Occurrences (by start) as one row per event, in the order of each event's first."""
    by_event: dict[int, list[Listed]] = {}
    for item in found:
        by_event.setdefault(item.event.pk, []).append(item)
    return [
        EventRow(items[0].event, tuple(item.occurrence for item in items))
        for items in by_event.values()
    ]
