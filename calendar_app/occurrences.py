"""An event's occurrences as the API, the feeds and the admin read them, from event pages
already loaded: the window checks, the month's weeks and days, the next occurrences of one
event. Nothing here queries the database or imports the models, so the models can use it."""

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from wagtail.models import Page

from cms.content import bounds
from cms.content.errors import ContentError

from . import recurrence
from .conf import site_zone

MAX_WINDOW_DAYS = 366


@dataclass(frozen=True)
class Listed:
    """One occurrence with the event page it belongs to."""

    occurrence: recurrence.Occurrence
    #: An ``EventPage``.
    event: Page


def check_window(start: date, end: date) -> None:
    bounds.check_dates(start, end, names="from and to")
    if end < start:
        raise ContentError(f"`to` ({end}) is before `from` ({start}).")
    if (end - start).days + 1 > MAX_WINDOW_DAYS:
        raise ContentError(
            f"The window from {start} to {end} is {(end - start).days + 1} days; "
            f"at most {MAX_WINDOW_DAYS} days are allowed."
        )


def local_day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    zone = site_zone()
    return datetime.combine(start, time(), zone), datetime.combine(
        end + timedelta(days=1), time(), zone
    )


@contextmanager
def readable_rule(event) -> Iterator[None]:
    """A repeat rule that cannot be expanded, as the client's error rather than a server fault.

    A published event's rule was checked when it was saved; a preview's comes straight from
    the editor's form, which may hold anything (``recurrence.RuleError``).
    """
    try:
        yield
    except recurrence.RuleError as error:
        raise ContentError(
            f'The repeat rule "{event.recurrence_rule}" of "{event.title}" cannot be used: '
            f"{error} Correct it under Date and repeat and preview again."
        ) from None


def next_occurrences_of(event, *, now: datetime, limit: int) -> list[recurrence.Occurrence]:
    """The event's next ``limit`` occurrences after ``now`` (cancelled ones included)."""
    with readable_rule(event):
        return recurrence.next_occurrences(
            event.listed_schedule(), after=now, limit=limit, zone=site_zone()
        )


def days_spanned(occurrence: recurrence.Occurrence) -> list[date]:
    """Local days an occurrence covers: every day of a multi-day event; an event ending at
    midnight does not spill into the next day."""
    zone = site_zone()
    first = occurrence.start.astimezone(zone).date()
    last = (occurrence.end.astimezone(zone) - timedelta(microseconds=1)).date()
    return [first + timedelta(days=n) for n in range(max((last - first).days, 0) + 1)]


@dataclass(frozen=True)
class MonthGrid:
    """A month's weeks, Monday first, and the occurrences on each of their days."""

    year: int
    month: int
    weeks: list[list[date]]
    by_day: dict[date, list[Listed]]


def month_weeks(year: int, month: int) -> list[list[date]]:
    """The weeks a month grid shows, Monday first whatever the locale says, with the days of
    the adjacent months that fill its first and last weeks."""
    first = date(year, month, 1)
    grid_start = first - timedelta(days=first.weekday())
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last = next_month - timedelta(days=1)
    grid_end = last + timedelta(days=6 - last.weekday())
    days = [grid_start + timedelta(days=n) for n in range((grid_end - grid_start).days + 1)]
    return [days[i : i + 7] for i in range(0, len(days), 7)]


def by_day(listed: list[Listed], *, first: date, last: date) -> dict[date, list[Listed]]:
    """``listed`` on every day from ``first`` to ``last`` each occurrence covers."""
    days: dict[date, list[Listed]] = defaultdict(list)
    for item in listed:
        for day in days_spanned(item.occurrence):
            if first <= day <= last:
                days[day].append(item)
    return days
