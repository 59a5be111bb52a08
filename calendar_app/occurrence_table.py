"""The occurrence table (``MaterialisedOccurrence``): written from ``recurrence.expand`` when an
event is published, read by the listings as indexed range queries.

Writing replaces all of an event's rows in one transaction (the publication's own, from the
``page_published`` signal), with the times they cover (``MaterialisedSeries``): a single event
or a COUNT-bounded series whole; an endless or UNTIL-bounded series from
``CALENDAR_OCCURRENCE_HISTORY_DAYS`` ago to ``CALENDAR_OCCURRENCE_HORIZON_DAYS`` ahead, a
horizon the daily ``materialise_occurrences`` job moves forward. Any save of an event's
schedule that is not a publication drops the record, so the listings expand that event at read
time until it is published again: rows are only ever read where they are known to be current.

Reading never decides visibility: rows are joined to the listing's public events at read time.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Page

from . import recurrence
from .conf import calendar_settings, site_zone
from .models import EventPage, MaterialisedOccurrence, MaterialisedSeries

#: Before a series' first start and after its end: an all-day occurrence begins at the local
#: midnight before its start, and a zero-length one at the very end still belongs to it.
MARGIN = timedelta(days=2)


@dataclass(frozen=True)
class Coverage:
    """The times an event's rows answer for (None: unbounded) and the window expanded to
    write them."""

    covered_from: datetime | None
    covered_until: datetime | None
    window_start: datetime
    window_end: datetime


def coverage(schedule: recurrence.Schedule, *, now: datetime) -> Coverage:
    settings = calendar_settings()
    lo = min([schedule.start, *(c.start for c in schedule.changes if c.start is not None)])
    lo -= MARGIN
    hi = recurrence.series_end(schedule, site_zone())
    whole = not schedule.rule or "COUNT" in recurrence.parse_rule(schedule.rule)
    history_start = now - timedelta(days=settings.occurrence_history_days)
    horizon_end = now + timedelta(days=settings.occurrence_horizon_days)
    covered_from = None if whole or lo >= history_start else history_start
    covered_until = None if hi is not None and (whole or hi <= horizon_end) else horizon_end
    return Coverage(
        covered_from,
        covered_until,
        lo if covered_from is None else covered_from,
        hi + MARGIN if covered_until is None else covered_until,
    )


def forget(page_id: int) -> None:
    """The event's rows are no longer to be read (unpublished, or saved other than by a
    publication)."""
    MaterialisedSeries.objects.filter(page_id=page_id).delete()
    MaterialisedOccurrence.objects.filter(page_id=page_id).delete()


def materialise(event: EventPage, *, now: datetime | None = None) -> int:
    """Replace the rows of ``event`` (its live version: the published instance, or the page
    row, which holds the live content) by its occurrences; how many were written. A rule that
    cannot be expanded leaves no rows: the listings report it as before."""
    now = now or timezone.now()
    with transaction.atomic():
        # Serialises with a publication of the same page (PostgreSQL; SQLite has one writer).
        list(Page.objects.select_for_update().filter(pk=event.pk).values_list("pk"))
        forget(event.pk)
        if not event.live or event.start is None or event.end is None:
            return 0
        try:
            schedule = event.schedule()
            cover = coverage(schedule, now=now)
            found = recurrence.expand(
                schedule,
                window_start=cover.window_start,
                window_end=cover.window_end,
                zone=site_zone(),
            )
        except recurrence.RuleError:
            return 0
        MaterialisedOccurrence.objects.bulk_create(
            [
                MaterialisedOccurrence(
                    page_id=event.pk,
                    start=o.start,
                    end=o.end,
                    all_day=o.all_day,
                    status=o.status,
                    original_start=o.original_start,
                    changed=o.changed,
                )
                for o in found
            ],
            batch_size=500,
        )
        MaterialisedSeries.objects.create(
            page_id=event.pk, covered_from=cover.covered_from, covered_until=cover.covered_until
        )
        return len(found)


def due_for_extension(*, now: datetime) -> QuerySet[EventPage]:
    """Live events whose rows end before the horizon, or that have none."""
    target = now + timedelta(days=calendar_settings().occurrence_horizon_days - 1)
    return EventPage.objects.live().filter(
        Q(materialised_series__isnull=True) | Q(materialised_series__covered_until__lt=target)
    )
