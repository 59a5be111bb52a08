"""When an event takes place: its excluded dates and changed occurrences (inline rows of the
event page) and the ``recurrence.Schedule`` they make with the page's dates."""

from collections import defaultdict
from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from cms.content.listing import is_preview, listing_of

from .. import recurrence
from ..conf import site_zone
from ..editor_widgets import MondayFirstDateInput, MondayFirstDateTimeInput
from ..occurrences import next_occurrences_of
from .materialised import next_rows

#: How far ahead ``nextOccurrences`` looks (``recurrence.next_occurrences``'s default).
NEXT_DAYS = 366


class ScheduledEvent:
    """The schedule part of ``EventPage``: its dates as the recurrence module reads them, for
    the editor's form, the API and the feeds alike."""

    def schedule(self, excluded=None, changes=None) -> recurrence.Schedule:
        """This event's dates as the recurrence module reads them."""
        if excluded is None:
            excluded = [item.date for item in self.excluded_dates.all()]
        if changes is None:
            changes = [item.as_change() for item in self.occurrence_changes.all()]
        return recurrence.Schedule(
            start=self.start,
            end=self.end,
            all_day=self.all_day,
            rule=self.recurrence_rule,
            excluded_dates=frozenset(excluded),
            changes=tuple(changes),
            status=self.status,
        )

    def listed_schedule(self) -> recurrence.Schedule:
        """``schedule()`` of a published event as the API and feeds read it: the excluded
        dates and changed occurrences of the event's whole listing are read at the first call,
        in one query each (the admin's form works on the unsaved relations instead, and so does
        a preview: its rows are the editor's unsaved ones, in memory)."""
        if is_preview(self):
            return self.schedule()
        listing_of(self).load("schedule", _load_schedule_changes)
        return self.schedule(self.listed_excluded_dates, self.listed_changes)

    def stored_next_occurrences(self, *, now, limit: int) -> list[recurrence.Occurrence]:
        """The next ``limit`` occurrences from ``now`` (cancelled ones included): a live
        event's from the occurrence table, read for its whole listing in two queries (with the
        listing's first ``now``); a preview's, or where the rows do not reach a year ahead,
        expanded (``next_occurrences_of``)."""
        if is_preview(self) or self.pk is None or not self.live:
            return next_occurrences_of(self, now=now, limit=limit)

        def load(events: list) -> None:
            found = next_rows([e.pk for e in events], now=now, limit=limit, days=NEXT_DAYS)
            for event in events:
                event.stored_next = {**getattr(event, "stored_next", {}), limit: found[event.pk]}

        listing_of(self).load(("stored_next", limit), load)
        stored = self.stored_next.get(limit)
        if stored is None:
            return next_occurrences_of(self, now=now, limit=limit)
        return [o for o in stored if o.start >= now]

    def changed_listing_paths(self) -> list[str]:
        """The calendar months that show this event, for ``cms.content.changes``: the month it
        starts in and, for a series, the months with an occurrence from a year ago to a year
        ahead (older months of an endless series are left to the frontends' cache lifetimes)."""
        calendar_url = self.get_parent().get_url()
        if not calendar_url or self.start is None or self.end is None:
            return []
        zone = site_zone()
        now = timezone.now()
        months = {(self.start.astimezone(zone).year, self.start.astimezone(zone).month)}
        window_start = max(self.start, now - timedelta(days=366))
        window_end = now + timedelta(days=366)
        if self.recurrence_rule and window_start < window_end:
            for occurrence in recurrence.expand(
                self.schedule(), window_start=window_start, window_end=window_end, zone=zone
            ):
                local = occurrence.start.astimezone(zone)
                months.add((local.year, local.month))
        return [f"{calendar_url}?year={year}&month={month}" for year, month in sorted(months)]


class EventExcludedDate(Orderable):
    """A date on which a repeating event does not take place (and is not shown)."""

    page = ParentalKey(
        "calendar_app.EventPage", on_delete=models.CASCADE, related_name="excluded_dates"
    )
    date = models.DateField(
        _("date"), help_text=_("A date the rule would give, e.g. a public holiday.")
    )

    panels = [FieldPanel("date", widget=MondayFirstDateInput())]

    class Meta(Orderable.Meta):
        verbose_name = _("excluded date")


class EventOccurrenceChange(Orderable):
    """One occurrence of a repeating event cancelled or moved; the others stay as they are."""

    class Change(models.TextChoices):
        CANCELLED = "CANCELLED", _("Cancelled (shown as cancelled)")
        MOVED = "MOVED", _("Moved to another time")

    page = ParentalKey(
        "calendar_app.EventPage", on_delete=models.CASCADE, related_name="occurrence_changes"
    )
    original_date = models.DateField(
        _("original date"), help_text=_("The date the occurrence was due on.")
    )
    change = models.CharField(
        _("change"), max_length=10, choices=Change.choices, default=Change.CANCELLED
    )
    new_start = models.DateTimeField(
        _("new start"), null=True, blank=True, help_text=_("Moved: the new start.")
    )
    new_end = models.DateTimeField(
        _("new end"), null=True, blank=True, help_text=_("Moved: the new end.")
    )

    panels = [
        FieldPanel("original_date", widget=MondayFirstDateInput()),
        FieldPanel("change"),
        FieldRowPanel(
            [
                FieldPanel("new_start", widget=MondayFirstDateTimeInput()),
                FieldPanel("new_end", widget=MondayFirstDateTimeInput()),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("changed occurrence")

    def as_change(self) -> recurrence.OccurrenceChange:
        return recurrence.OccurrenceChange(
            original_date=self.original_date,
            status=recurrence.Status.CANCELLED
            if self.change == self.Change.CANCELLED
            else recurrence.Status.MOVED,
            start=self.new_start if self.change == self.Change.MOVED else None,
            end=self.new_end if self.change == self.Change.MOVED else None,
        )


def _load_schedule_changes(events: list) -> None:
    ids = [event.pk for event in events]
    excluded = defaultdict(list)
    for page_id, day in EventExcludedDate.objects.filter(page_id__in=ids).values_list(
        "page_id", "date"
    ):
        excluded[page_id].append(day)
    changes = defaultdict(list)
    for change in EventOccurrenceChange.objects.filter(page_id__in=ids):
        changes[change.page_id].append(change.as_change())
    for event in events:
        event.listed_excluded_dates = excluded[event.pk]
        event.listed_changes = changes[event.pk]
