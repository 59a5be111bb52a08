"""How the admin calendar writes an occurrence for an editor: its time, its date in a sentence
(Slovene in the genitive, "8. marca 2027"), and the marks that say what readers see
differently (cancelled, moved, a draft). Dates and times are the site's local ones, as the
grid's days are."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.content import formatting

from .. import recurrence
from ..conf import site_zone
from ..models import EventPage

#: Occurrence statuses other than scheduled; a moved occurrence is marked by ``moved_from``.
STATUS_LABELS = {
    recurrence.Status.CANCELLED: _("Cancelled"),
    recurrence.Status.POSTPONED: _("Postponed"),
    recurrence.Status.MOVED_ONLINE: _("Moved online"),
}


@dataclass(frozen=True)
class Mark:
    """A status tag; ``primary`` for what readers get differently (the occurrence's status),
    plain for what only editors see (drafts)."""

    label: str
    primary: bool = False


@dataclass(frozen=True)
class Entry:
    """One occurrence as a day, or a row of the list, shows it."""

    title: str
    edit_url: str
    time: str
    when: str
    marks: tuple[Mark, ...]
    moved_from: str | None


def event_marks(event: EventPage) -> list[Mark]:
    if not event.live:
        return [Mark(gettext("Draft"))]
    if event.has_unpublished_changes:
        return [Mark(gettext("Has draft changes"))]
    return []


def place_marks(event: EventPage) -> list[Mark]:
    """What readers are told of the place when it is not known yet (an imported event
    without LOCATION, or one saved without venue and online address)."""
    if event.venue_to_be_announced:
        return [Mark(gettext("Venue to be announced"), primary=True)]
    return []


def occurrence_marks(occurrence: recurrence.Occurrence) -> list[Mark]:
    marks = []
    if occurrence.status in STATUS_LABELS:
        marks.append(Mark(str(STATUS_LABELS[occurrence.status]), primary=True))
    if _is_moved(occurrence):
        marks.append(Mark(gettext("Moved"), primary=True))
    return marks


def _is_moved(occurrence: recurrence.Occurrence) -> bool:
    return occurrence.changed and occurrence.start != occurrence.original_start


def moment(value, language: str, *, all_day: bool) -> str:
    """'Monday 8 March 2027, 18:00' / 'ponedeljek, 8. marca 2027, ob 18:00'."""
    local = value.astimezone(site_zone())
    day = formatting.written_date(local.date(), language, weekday=True)
    if all_day:
        return day
    return gettext("%(date)s at %(time)s") % {
        "date": day,
        "time": formatting.short_time(local.time(), language),
    }


def ended(event: EventPage, language: str) -> str:
    """When a past event's last occurrence ended; for an all-day event, its last day (the
    stored end is the midnight after it)."""
    end = event.series_end
    if event.all_day:
        end -= timedelta(microseconds=1)
    return moment(end, language, all_day=event.all_day)


def moved_from(occurrence: recurrence.Occurrence, language: str) -> str | None:
    if not _is_moved(occurrence):
        return None
    return gettext("Moved from %(when)s") % {
        "when": moment(occurrence.original_start, language, all_day=occurrence.all_day)
    }


def day_time(occurrence: recurrence.Occurrence, day: date | None, language: str) -> str:
    """What a day cell shows before the title: the start time, "All day", or "Continues" on
    the later days of an occurrence that began before ``day``."""
    local_start = occurrence.start.astimezone(site_zone())
    if day is not None and local_start.date() < day:
        return gettext("Continues")
    if occurrence.all_day:
        return gettext("All day")
    return formatting.short_time(local_start.time(), language)


def entry(
    event: EventPage, occurrence: recurrence.Occurrence, language: str, *, day: date | None = None
) -> Entry:
    return Entry(
        title=event.get_admin_display_title(),
        edit_url=edit_url(event),
        time=day_time(occurrence, day, language),
        when=moment(occurrence.start, language, all_day=occurrence.all_day),
        marks=(*occurrence_marks(occurrence), *place_marks(event), *event_marks(event)),
        moved_from=moved_from(occurrence, language),
    )


def edit_url(event: EventPage) -> str:
    return reverse("wagtailadmin_pages:edit", args=[event.pk])
