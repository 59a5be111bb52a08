"""GraphQL for the calendar: occurrences in a window, the month grid, upcoming events, and
the event fields that need arguments. Event page fields live on the model."""

import graphene
from django.conf import settings
from django.utils import timezone
from grapple.registry import registry

from cms.content import bounds, formatting
from cms.content.locales import LOCALE_ARGUMENT_HELP, resolve_locale
from cms.graphql.errors import ApiError
from cms.graphql.localization import snippets_in_locale
from cms.graphql.types import snippet_type

from .models import EventCategory, EventPage, Venue
from .selectors import (
    MAX_OCCURRENCES,
    MAX_WINDOW_DAYS,
    EventFilters,
    Listed,
    month_grid,
    next_occurrences_of,
    occurrences_between,
    site_zone,
    upcoming,
)

DEFAULT_LIMIT = 100


class EventStatusEnum(graphene.Enum):
    """The event as a whole."""

    SCHEDULED = "SCHEDULED"
    CANCELLED = "CANCELLED"
    POSTPONED = "POSTPONED"
    MOVED_ONLINE = "MOVED_ONLINE"

    class Meta:
        name = "EventStatus"


class RegistrationEnum(graphene.Enum):
    NONE = "NONE"
    REQUIRED = "REQUIRED"

    class Meta:
        name = "Registration"


class EventOccurrence(graphene.ObjectType):
    """One time an event takes place."""

    start = graphene.DateTime(required=True)
    end = graphene.DateTime(required=True)
    all_day = graphene.Boolean(
        required=True, description="Whole days: `start` and `end` are local midnights."
    )
    status = graphene.Field(EventStatusEnum, required=True)
    is_changed = graphene.Boolean(
        required=True, description="This occurrence was moved or cancelled on its own."
    )
    original_start = graphene.DateTime(
        required=True, description="When it was due before a change (RECURRENCE-ID)."
    )
    event = graphene.Field(graphene.NonNull(lambda: registry.pages[EventPage]))

    @staticmethod
    def from_listed(item: Listed) -> "EventOccurrence":
        occurrence = item.occurrence
        return EventOccurrence(
            start=occurrence.start,
            end=occurrence.end,
            all_day=occurrence.all_day,
            status=occurrence.status,
            is_changed=occurrence.changed,
            original_start=occurrence.original_start,
            event=item.event,
        )


class YearMonth(graphene.ObjectType):
    year = graphene.Int(required=True)
    month = graphene.Int(required=True)


class CalendarDay(graphene.ObjectType):
    date = graphene.Date(required=True)
    in_month = graphene.Boolean(required=True)
    is_today = graphene.Boolean(required=True)
    occurrence_count = graphene.Int(required=True)
    occurrences = graphene.List(graphene.NonNull(EventOccurrence), required=True)


class CalendarWeek(graphene.ObjectType):
    number = graphene.Int(required=True, description="ISO 8601 week number.")
    days = graphene.List(graphene.NonNull(CalendarDay), required=True)


class CalendarMonth(graphene.ObjectType):
    """A month as a Monday-first grid, with the days of the adjacent months that fill its
    first and last weeks."""

    year = graphene.Int(required=True)
    month = graphene.Int(required=True)
    title = graphene.String(required=True, description="e.g. 'December 2020'.")
    weekday_names = graphene.List(graphene.NonNull(graphene.String), required=True)
    previous = graphene.Field(YearMonth, required=True)
    next = graphene.Field(YearMonth, required=True)
    weeks = graphene.List(graphene.NonNull(CalendarWeek), required=True)


def weekday_names(language: str) -> list[str]:
    """Monday first. ``CALENDAR_WEEKDAY_NAMES`` can fix a language's headers (the library's
    site uses the first two letters of each name); otherwise CLDR's short names."""
    configured = getattr(settings, "CALENDAR_WEEKDAY_NAMES", {}).get(language)
    if configured:
        return list(configured)
    return formatting.weekday_names(language, "short")


def filter_arguments() -> dict:
    return {
        "category": graphene.String(description="An event category's slug."),
        "audience": graphene.String(description="A target group's slug."),
        "venue": graphene.ID(description="A venue's id."),
        "project": graphene.ID(description="A project page's id: that project's events."),
        "include_cancelled": graphene.Boolean(
            default_value=False, description="Also list cancelled occurrences (marked)."
        ),
    }


def _filters(info, locale, category=None, audience=None, venue=None, project=None,
             include_cancelled=False) -> EventFilters:  # fmt: skip
    def as_id(value, name):
        bounds.check_database_id(value, name=name)  # the middleware checks it too
        return None if value is None else int(value)

    return EventFilters(
        locale=locale
        if not isinstance(locale, str | None)
        else resolve_locale(locale, request=info.context),
        category=category,
        audience=audience,
        venue=as_id(venue, "venue"),
        project=as_id(project, "project"),
        include_cancelled=include_cancelled,
    )


def _check_limit(limit: int | None, maximum: int) -> None:
    if limit is None or not 1 <= limit <= maximum:
        got = "null" if limit is None else limit
        raise ApiError(f"limit must be between 1 and {maximum}, got {got}.")


class CalendarQueries:
    event_categories = graphene.List(
        graphene.NonNull(lambda: snippet_type(EventCategory)),
        required=True,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        description="Every event category in one language, by name.",
    )
    venues = graphene.List(
        graphene.NonNull(lambda: snippet_type(Venue)),
        required=True,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        description="Every venue in one language, by name.",
    )
    events = graphene.List(
        graphene.NonNull(EventOccurrence),
        required=True,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        **{"from": graphene.Date(required=True, description="First day, in the site's zone.")},
        to=graphene.Date(
            required=True, description=f"Last day (included); at most {MAX_WINDOW_DAYS} days."
        ),
        limit=graphene.Int(default_value=DEFAULT_LIMIT, description=f"1 to {MAX_OCCURRENCES}."),
        **filter_arguments(),
        description="Occurrences overlapping the days `from`..`to`, by start.",
    )
    calendar_month = graphene.Field(
        graphene.NonNull(CalendarMonth),
        year=graphene.Int(required=True),
        month=graphene.Int(required=True),
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        **filter_arguments(),
    )
    upcoming_events = graphene.List(
        graphene.NonNull(EventOccurrence),
        required=True,
        locale=graphene.String(description=LOCALE_ARGUMENT_HELP),
        limit=graphene.Int(default_value=10, description="1 to 100."),
        **filter_arguments(),
    )

    def resolve_event_categories(self, info, locale=None):
        return snippets_in_locale(EventCategory, resolve_locale(locale, request=info.context))

    def resolve_venues(self, info, locale=None):
        return snippets_in_locale(Venue, resolve_locale(locale, request=info.context))

    def resolve_events(self, info, to, locale=None, limit=DEFAULT_LIMIT, **arguments):
        _check_limit(limit, MAX_OCCURRENCES)
        start = arguments.pop("from")
        filters = _filters(info, locale, **arguments)
        found = occurrences_between(filters, start=start, end=to)
        return [EventOccurrence.from_listed(item) for item in found[:limit]]

    def resolve_upcoming_events(self, info, locale=None, limit=10, **arguments):
        _check_limit(limit, 100)
        filters = _filters(info, locale, **arguments)
        return [
            EventOccurrence.from_listed(item)
            for item in upcoming(filters, now=timezone.now(), limit=limit)
        ]

    def resolve_calendar_month(self, info, year, month, locale=None, **arguments):
        filters = _filters(info, locale, **arguments)
        grid = month_grid(filters, year=year, month=month)
        today = timezone.localdate(timezone=site_zone())
        language = filters.locale.language_code
        return CalendarMonth(
            year=year,
            month=month,
            title=formatting.month_title(year, month, language),
            weekday_names=weekday_names(language),
            previous=YearMonth(year=year - (month == 1), month=12 if month == 1 else month - 1),
            next=YearMonth(year=year + (month == 12), month=1 if month == 12 else month + 1),
            weeks=[
                CalendarWeek(
                    number=week[0].isocalendar().week,
                    days=[
                        CalendarDay(
                            date=day,
                            in_month=day.month == month,
                            is_today=day == today,
                            occurrence_count=len(grid.by_day.get(day, [])),
                            occurrences=[
                                EventOccurrence.from_listed(item)
                                for item in grid.by_day.get(day, [])
                            ],
                        )
                        for day in week
                    ],
                )
                for week in grid.weeks
            ],
        )


def resolve_next_occurrences(event: EventPage, info, limit: int = 5):
    _check_limit(limit, 50)
    found = next_occurrences_of(event, now=timezone.now(), limit=limit)
    return [
        EventOccurrence.from_listed(Listed(occurrence, event))
        for occurrence in found
        if not occurrence.is_cancelled
    ]


def next_occurrences_field(field_name: str):
    """``nextOccurrences(limit)`` on EventPage, in grapple's (field, wrapper) form."""
    from grapple.models import GraphQLField

    return GraphQLField(field_name, EventOccurrence), lambda field_type: graphene.List(
        graphene.NonNull(EventOccurrence),
        required=True,
        limit=graphene.Int(default_value=5, description="1 to 50."),
        resolver=lambda event, info, limit=5: resolve_next_occurrences(event, info, limit),
        description="The next occurrences from now (cancelled ones left out).",
    )


def project_events_field(field_name: str):
    """``events(limit)`` on ProjectPage: the upcoming occurrences of the project's events."""
    from grapple.models import GraphQLField

    return GraphQLField(field_name, EventOccurrence), lambda field_type: graphene.List(
        graphene.NonNull(EventOccurrence),
        required=True,
        limit=graphene.Int(default_value=10, description="1 to 100."),
        resolver=lambda project, info, limit=10: resolve_project_events(project, info, limit),
        description="Upcoming occurrences of this project's events.",
    )


def resolve_project_events(project, info, limit: int = 10):
    """Public events that name the project (in any of its language versions), whatever the
    state of the project page itself: a preview of a draft project shows the events that
    already point at it; a project not saved yet has none."""
    _check_limit(limit, 100)
    if project.pk is None:
        return []
    filters = EventFilters(locale=project.locale, project_key=project.translation_key)
    return [
        EventOccurrence.from_listed(item)
        for item in upcoming(filters, now=timezone.now(), limit=limit)
    ]
