"""Read logic for the calendar: which events may overlap a window, their occurrences in it,
and the month grid. Resolvers and feeds call these."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from uuid import UUID

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from wagtail.models import Locale

from cms.content import bounds
from cms.content.errors import ContentError
from cms.content.selectors import (
    check_known_slug,
    fallback_enabled,
    prepare_for_listing,
    public_pages,
)
from project_pages.models import ProjectPage, TargetGroup

from . import recurrence
from .conf import MAX_OCCURRENCES, site_zone
from .models import EventCategory, EventOccurrenceChange, EventPage, Venue
from .models.materialised import ROW_FIELDS, as_occurrence, covering, rows_overlapping
from .occurrences import (
    MAX_WINDOW_DAYS,
    Listed,
    MonthGrid,
    by_day,
    check_window,
    days_spanned,
    local_day_bounds,
    month_weeks,
    next_occurrences_of,
    readable_rule,
)

#: Also importable from here, with the queries that use them.
__all__ = [
    "MAX_OCCURRENCES",
    "MAX_WINDOW_DAYS",
    "EventFilters",
    "Listed",
    "MonthGrid",
    "by_day",
    "candidate_events",
    "check_filters",
    "check_window",
    "days_spanned",
    "expand_events",
    "listed_in_window",
    "local_day_bounds",
    "month_grid",
    "month_weeks",
    "next_occurrences_of",
    "occurrences_between",
    "overlapping",
    "readable_rule",
    "site_zone",
    "upcoming",
    "visible_events",
    "with_event_relations",
]


@dataclass(frozen=True)
class EventFilters:
    """Which events a listing asks for, checked (``check_filters``) before any is read."""

    locale: Locale
    category: str | None = None
    audience: str | None = None
    venue: int | None = None
    project: int | None = None
    #: A project's own events, by its translation key: for the project page's ``events``,
    #: which a preview of a never-published project asks for too (``project`` must be public).
    project_key: UUID | None = None
    include_cancelled: bool = False


def check_filters(filters: EventFilters) -> None:
    check_known_slug(EventCategory, filters.category, argument="category", locale=filters.locale)
    check_known_slug(TargetGroup, filters.audience, argument="audience", locale=filters.locale)
    if filters.venue is not None and not Venue.objects.filter(pk=filters.venue).exists():
        raise ContentError(f"There is no venue with id {filters.venue}.")
    if (
        filters.project is not None
        and not public_pages(model=ProjectPage).filter(pk=filters.project).exists()
    ):
        raise ContentError(f"There is no published project with id {filters.project}.")


def candidate_events(
    filters: EventFilters, *, window_start: datetime, window_end: datetime
) -> QuerySet[EventPage]:
    """Public events of the locale whose series may overlap the window, with everything an
    occurrence list shows prefetched."""
    return with_event_relations(
        overlapping(visible_events(filters), window_start=window_start, window_end=window_end)
    )


def visible_events(filters: EventFilters) -> QuerySet[EventPage]:
    """The events a listing with ``filters`` may show: public in the locale, filtered."""
    events = public_pages(locale=filters.locale, model=EventPage)
    if filters.category is not None:
        events = events.filter(
            Exists(
                EventPage.categories.through.objects.filter(
                    eventpage_id=OuterRef("pk"), eventcategory__slug=filters.category
                )
            )
        )
    if filters.audience is not None:
        events = events.filter(
            Exists(
                EventPage.audiences.through.objects.filter(
                    eventpage_id=OuterRef("pk"), targetgroup__slug=filters.audience
                )
            )
        )
    if filters.venue is not None:
        venue = Venue.objects.get(pk=filters.venue)
        events = events.filter(venue__translation_key=venue.translation_key)
    if filters.project is not None:
        project = ProjectPage.objects.get(pk=filters.project)
        events = events.filter(related_project__translation_key=project.translation_key)
    if filters.project_key is not None:
        events = events.filter(related_project__translation_key=filters.project_key)
    return events


def overlapping(
    events: QuerySet[EventPage], *, window_start: datetime, window_end: datetime
) -> QuerySet[EventPage]:
    """``events`` whose series may overlap the window: the API's public events and the
    admin calendar's explorable ones are narrowed alike (expansion then decides exactly)."""
    return events.filter(
        Q(start__lt=window_end) | Exists(_moved_into(window_start, window_end)),
        Q(series_end__isnull=True) | Q(series_end__gte=window_start),
    )


def _moved_into(window_start: datetime, window_end: datetime):
    # Generous on purpose: expansion decides exactly; a move without a new end keeps the
    # event's duration, which is never known here.
    return EventOccurrenceChange.objects.filter(
        Q(new_end__gte=window_start) | Q(new_end__isnull=True),
        page_id=OuterRef("pk"),
        new_start__lt=window_end,
    )


#: The columns a month grid reads of its events: their identity, title and address, and the
#: dates of one expanded at read time. A column a client asks for besides these is read for
#: the whole month at the first ask (``ListedColumns``), in one query.
MONTH_COLUMNS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "content_type",
    "locale",
    "translation_key",
    "start",
    "end",
    "all_day",
    "recurrence_rule",
    "status",
    "series_end",
)


def with_event_relations(
    events: QuerySet[EventPage], *, columns: tuple[str, ...] | None = None
) -> QuerySet[EventPage]:
    """The venue and locale joined (only the locale with ``columns``: a month grid shows no
    venue, and one asked for is read for the whole listing then). The rest is loaded for the
    whole listing at the first read: the dates that change a series
    (``EventPage.listed_schedule``) and what clients ask for (audiences, categories, image,
    related project)."""
    events = events.select_related("locale", *(("venue",) if columns is None else ())).annotate(
        related_project_key=F("related_project__translation_key")
    )
    return events if columns is None else events.only(*columns)


def occurrences_between(
    filters: EventFilters, *, start: date, end: date, columns: tuple[str, ...] | None = None
) -> list[Listed]:
    """Occurrences overlapping the local days ``start``..``end`` (both included), by start;
    ``columns``: only these of each event's are read at first (``MONTH_COLUMNS``)."""
    check_window(start, end)
    check_filters(filters)
    window_start, window_end = local_day_bounds(start, end)
    return listed_in_window(
        filters, window_start=window_start, window_end=window_end, columns=columns
    )


def listed_in_window(
    filters: EventFilters,
    *,
    window_start: datetime,
    window_end: datetime,
    after: datetime | None = None,
    limit: int | None = None,
    columns: tuple[str, ...] | None = None,
) -> list[Listed]:
    """The occurrences of the public events overlapping the window, by start (with ``after``
    and ``limit``: the first ``limit`` ending after ``after``).

    The occurrence table answers for the events whose rows cover the window; the others
    (never published through Wagtail, or a window past their horizon) are expanded as before.
    Visibility is the same ``visible_events`` for both, decided now: rows of an event that is
    no longer public are never read. A fixed number of queries: the rows, the events (with
    ``prepare_for_listing``'s), and the schedules only when some event is expanded."""
    events = overlapping(visible_events(filters), window_start=window_start, window_end=window_end)
    covered = covering(window_start, window_end)
    # The window's rows (of the locale, unless another's may stand in): which of them may be
    # shown is decided by the events' query below, which loads only public events.
    rows = rows_overlapping(window_start, window_end, include_cancelled=filters.include_cancelled)
    if not fallback_enabled() or filters.locale.language_code == settings.LANGUAGE_CODE:
        rows = rows.filter(page__locale_id=filters.locale.pk)  # no other language's events
    if after is not None:
        rows = rows.filter(end__gt=after)
    if limit is not None:
        rows = rows.filter(page_id__in=events.filter(covered).values("pk"))
        # Ties on the last start are kept: the order among them is the events' titles.
        last = list(rows.order_by("start").values_list("start", flat=True)[limit - 1 : limit])
        if last:
            rows = rows.filter(start__lte=last[0])
    found = list(rows.values_list(*ROW_FIELDS))
    wanted = events.filter(Q(pk__in={row[0] for row in found}) | ~covered).annotate(
        materialised=covered
    )
    loaded = prepare_for_listing(with_event_relations(wanted, columns=columns))
    by_id = {event.pk: event for event in loaded if event.materialised}
    listed = [Listed(as_occurrence(row), by_id[row[0]]) for row in found if row[0] in by_id]
    if expanded := [event for event in loaded if not event.materialised]:
        listed += [
            item
            for item in expand_events(
                expanded,
                window_start=window_start,
                window_end=window_end,
                include_cancelled=filters.include_cancelled,
            )
            if after is None or item.occurrence.end > after
        ]
    listed.sort(key=lambda item: (item.occurrence.start, item.event.title, item.event.pk))
    return listed if limit is None else listed[:limit]


def expand_events(
    events: list[EventPage],
    *,
    window_start: datetime,
    window_end: datetime,
    include_cancelled: bool,
) -> list[Listed]:
    """The occurrences of ``events`` (one listing, see ``prepare_for_listing``: their
    excluded dates and changes are read in one query each) overlapping the window, by start."""
    listed = []
    for event in events:
        for occurrence in recurrence.expand(
            event.listed_schedule(),
            window_start=window_start,
            window_end=window_end,
            zone=site_zone(),
        ):
            if occurrence.is_cancelled and not include_cancelled:
                continue
            listed.append(Listed(occurrence, event))
    listed.sort(key=lambda item: (item.occurrence.start, item.event.title, item.event.pk))
    return listed


def upcoming(filters: EventFilters, *, now: datetime, limit: int) -> list[Listed]:
    """The next ``limit`` occurrences from ``now`` within a year."""
    today = now.astimezone(site_zone()).date()
    last = today + timedelta(days=MAX_WINDOW_DAYS - 1)
    check_window(today, last)
    check_filters(filters)
    window_start, window_end = local_day_bounds(today, last)
    return listed_in_window(
        filters, window_start=window_start, window_end=window_end, after=now, limit=limit
    )


def month_grid(filters: EventFilters, *, year: int, month: int) -> MonthGrid:
    if not 1 <= month <= 12:
        raise ContentError(f"month must be from 1 to 12, got {month}.")
    bounds.check_year(year)
    weeks = month_weeks(year, month)
    grid_start, grid_end = weeks[0][0], weeks[-1][-1]
    found = occurrences_between(filters, start=grid_start, end=grid_end, columns=MONTH_COLUMNS)
    return MonthGrid(year, month, weeks, by_day(found, first=grid_start, last=grid_end))
