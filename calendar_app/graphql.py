"""GraphQL for the calendar: occurrences in a window, the month grid, upcoming events, and
projects' events. The event page's own fields are declared on the model, with the types and
field builders of ``graphql_fields``."""

import graphene
from django.utils import timezone
from grapple.models import GraphQLField

from cms.content import bounds, formatting
from cms.content.locales import LOCALE_ARGUMENT_HELP, resolve_locale
from cms.graphql.localization import snippets_in_locale
from cms.graphql.types import snippet_type
from project_pages.models import ProjectPage

from .conf import MAX_OCCURRENCES, calendar_settings, site_zone
from .graphql_fields import (
    EventOccurrence,
    EventStatusEnum,
    RegistrationEnum,
    check_limit,
    next_occurrences_field,
    resolve_next_occurrences,
)
from .models import EventCategory, Venue
from .occurrences import MAX_WINDOW_DAYS
from .selectors import EventFilters, month_grid, occurrences_between, upcoming

#: The event page's own types and fields are declared in ``graphql_fields``; importable here too.
__all__ = [
    "CalendarQueries",
    "EventOccurrence",
    "EventStatusEnum",
    "extend_project_pages",
    "RegistrationEnum",
    "next_occurrences_field",
    "project_events_field",
    "resolve_next_occurrences",
    "resolve_project_events",
]

DEFAULT_LIMIT = 100
#: Most occurrences ``upcomingEvents`` and a project's ``events`` answer with.
MAX_UPCOMING = 100


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
    configured = calendar_settings().weekday_names.get(language)
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
        limit=graphene.Int(default_value=10, description=f"1 to {MAX_UPCOMING}."),
        **filter_arguments(),
    )

    def resolve_event_categories(self, info, locale=None):
        return snippets_in_locale(EventCategory, resolve_locale(locale, request=info.context))

    def resolve_venues(self, info, locale=None):
        return snippets_in_locale(Venue, resolve_locale(locale, request=info.context))

    def resolve_events(self, info, to, locale=None, limit=DEFAULT_LIMIT, **arguments):
        check_limit(limit, MAX_OCCURRENCES)
        start = arguments.pop("from")
        filters = _filters(info, locale, **arguments)
        found = occurrences_between(filters, start=start, end=to)
        return [EventOccurrence.from_listed(item) for item in found[:limit]]

    def resolve_upcoming_events(self, info, locale=None, limit=10, **arguments):
        check_limit(limit, MAX_UPCOMING)
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


def extend_project_pages() -> None:
    """The calendar's one extension of another app's API: ``events(limit)`` on ProjectPage,
    called once from ``CalendarAppConfig.ready``.

    The calendar depends on projects, not the other way round, so the field cannot be written
    in ``ProjectPage.graphql_fields``. grapple 0.31 has no declared way to add a field to
    another app's page type: it builds each type from its model's ``graphql_fields`` alone
    (its hooks add root queries, mutations and subscriptions; ``graphql_interfaces`` would put
    a new interface into the schema). So the field is appended to that list here, before
    grapple's ``ready`` builds the types (``grapple`` comes after the apps in INSTALLED_APPS).
    """
    ProjectPage.graphql_fields = [
        *ProjectPage.graphql_fields,
        lambda: project_events_field("events"),
    ]


def project_events_field(field_name: str):
    """``events(limit)`` on ProjectPage: the upcoming occurrences of the project's events."""

    return GraphQLField(field_name, EventOccurrence), lambda field_type: graphene.List(
        graphene.NonNull(EventOccurrence),
        required=True,
        limit=graphene.Int(default_value=10, description=f"1 to {MAX_UPCOMING}."),
        resolver=lambda project, info, limit=10: resolve_project_events(project, info, limit),
        description="Upcoming occurrences of this project's events.",
    )


def resolve_project_events(project, info, limit: int = 10):
    """Public events that name the project (in any of its language versions), whatever the
    state of the project page itself: a preview of a draft project shows the events that
    already point at it; a project not saved yet has none."""
    check_limit(limit, MAX_UPCOMING)
    if project.pk is None:
        return []
    filters = EventFilters(locale=project.locale, project_key=project.translation_key)
    return [
        EventOccurrence.from_listed(item)
        for item in upcoming(filters, now=timezone.now(), limit=limit)
    ]
