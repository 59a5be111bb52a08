"""The occurrence table: each live event's occurrences as rows, written when the event is
published (``calendar_app.occurrence_table``), so that listings read a window with one indexed
range query instead of expanding every event's rule.

The rows are a cache of ``recurrence.expand`` over the live version, never a second source of
truth: which events may be shown is decided at read time (``public_pages``), and a window the
rows do not cover (``MaterialisedSeries``) is expanded as before."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.db import models
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _

from cms.content.conf import content_settings

from .. import recurrence
from ..conf import site_zone

ROW_FIELDS = ("page_id", "start", "end", "all_day", "status", "original_start", "changed")


class MaterialisedOccurrence(models.Model):
    """One occurrence of a live event as ``recurrence.expand`` gave it at publication, so a
    listing reads a window's occurrences by an index on their times."""

    page = models.ForeignKey(
        "calendar_app.EventPage",
        on_delete=models.CASCADE,
        related_name="materialised_occurrences",
        verbose_name=_("event"),
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(_("all day"), default=False)
    status = models.CharField(_("status"), max_length=20)
    original_start = models.DateTimeField(_("original start"))
    changed = models.BooleanField(_("changed"), default=False)

    class Meta:
        verbose_name = _("materialised occurrence")
        indexes = [
            models.Index(fields=["start"], name="calendar_occ_start"),
            models.Index(fields=["end"], name="calendar_occ_end"),
            models.Index(fields=["page", "start"], name="calendar_occ_page_start"),
        ]

    def __str__(self) -> str:
        return f"{self.page_id} {self.start.isoformat()}"


class MaterialisedSeries(models.Model):
    """Which times an event's rows cover: a window inside ``covered_from``..``covered_until``
    is read from the rows, any other is expanded at read time. No record, no rows to trust
    (never published, unpublished, or changed by a save that was not a publication)."""

    page = models.OneToOneField(
        "calendar_app.EventPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="materialised_series",
        verbose_name=_("event"),
    )
    #: None: from the series' first occurrence (nothing before it).
    covered_from = models.DateTimeField(_("covered from"), null=True)
    #: None: to its last occurrence (a series with an end, or a single event).
    covered_until = models.DateTimeField(_("covered until"), null=True, db_index=True)
    written_at = models.DateTimeField(_("written at"), auto_now=True)

    class Meta:
        verbose_name = _("materialised series")

    def __str__(self) -> str:
        return f"{self.page_id} {self.covered_from} {self.covered_until}"


def covering(window_start: datetime, window_end: datetime) -> Exists:
    """Whether an event's rows answer for the whole window (an ``EventPage`` condition)."""
    return Exists(_covering(window_start, window_end).filter(page_id=OuterRef("pk")))


def _covering(window_start: datetime, window_end: datetime) -> QuerySet["MaterialisedSeries"]:
    if not content_settings().read_model:  # the reference: every event expanded at read time
        return MaterialisedSeries.objects.none()
    return MaterialisedSeries.objects.filter(
        Q(covered_from__isnull=True) | Q(covered_from__lte=window_start),
        Q(covered_until__isnull=True) | Q(covered_until__gte=window_end),
    )


def rows_overlapping(
    window_start: datetime, window_end: datetime, *, include_cancelled: bool
) -> QuerySet["MaterialisedOccurrence"]:
    """Rows meeting [window_start, window_end) as ``recurrence.expand`` decides it: one without
    length belongs to the window it starts in."""
    rows = MaterialisedOccurrence.objects.filter(
        Q(end__gt=window_start) | Q(start=F("end"), start__gte=window_start),
        start__lt=window_end,
    )
    if not include_cancelled:
        rows = rows.exclude(status=recurrence.Status.CANCELLED)
    return rows


def as_occurrence(row: tuple) -> recurrence.Occurrence:
    """A ``ROW_FIELDS`` row as expansion gives it: times in the site's zone."""
    _, start, end, all_day, status, original_start, changed = row
    zone = site_zone()
    return recurrence.Occurrence(
        start.astimezone(zone),
        end.astimezone(zone),
        all_day,
        status,
        original_start.astimezone(zone),
        changed,
    )


def next_rows(
    page_ids: Iterable[int], *, now: datetime, limit: int, days: int
) -> dict[int, list[recurrence.Occurrence] | None]:
    """Each event's first ``limit`` occurrences starting from ``now`` within ``days``, by start
    (cancelled ones included), as ``recurrence.next_occurrences`` finds them, in two queries
    for any number of events; None for an event whose rows do not cover that time."""
    page_ids = list(page_ids)
    window_end = now + timedelta(days=days)
    covered = set(
        _covering(now, window_end).filter(page_id__in=page_ids).values_list("page_id", flat=True)
    )
    found: dict[int, list[recurrence.Occurrence] | None] = {
        pk: ([] if pk in covered else None) for pk in page_ids
    }
    rows = (
        MaterialisedOccurrence.objects.filter(
            page_id__in=covered, start__gte=now, start__lt=window_end
        )
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("page_id")], order_by=[F("start"), F("end")])
        )
        .filter(rank__lte=limit)
        .order_by("page_id", "start", "end")
        .values_list(*ROW_FIELDS)
    )
    for row in rows:
        found[row[0]].append(as_occurrence(row))
    return found
