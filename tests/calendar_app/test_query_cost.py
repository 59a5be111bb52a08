"""``events`` and ``calendarMonth`` cost the same number of SQL queries at 10 and 300 events."""

from datetime import timedelta

import pytest
import wagtail_factories

from calendar_app.models import EventExcludedDate, EventOccurrenceChange, EventPage
from project_pages.models import TargetGroup
from tests.calendar_app.factories import EventCategoryFactory, VenueFactory, local
from tests.factories import publish, translate

FIELDS = """
  start end allDay status
  event {
    title url locale summary status recurrenceDescription
    translations { locale url }
    venue { name address }
    audiences { name }
    categories { name }
    image { alt rendition(width: 320) { url } }
    relatedProject { title }
  }
"""
EVENTS = (
    f'query Events {{ events(from: "2020-12-01", to: "2020-12-31", limit: 500) {{ {FIELDS} }} }}'
)
MONTH = (
    "query Month { calendarMonth(year: 2020, month: 12) "
    f"{{ weeks {{ days {{ date occurrenceCount occurrences {{ {FIELDS} }} }} }} }} }}"
)
#: What a month grid shows (the contract's CalendarMonth): no more than ``MONTH_COLUMNS``.
GRID = (
    "query Grid { calendarMonth(year: 2020, month: 12) { weeks { days { date occurrenceCount "
    "occurrences { start end allDay status event { __typename id title url } } } } } }"
)

#: Measured: locales (1), hidden and private sections (1), the window's rows of the occurrence
#: table (1), their events with locale and venue joined (1), translations (1), audiences (1),
#: categories (1), images (1), renditions (1) (URLs come from ``url_path`` and Wagtail's
#: cached site roots: no query): each relation loaded
#: once for the whole listing when the first event asks for it. Events linked to a project
#: add one query for the projects, however many there are. (Expanded at read time instead,
#: the excluded dates and changed occurrences are read in one query each.)
QUERIES = 9
#: A month reads only ``MONTH_COLUMNS`` of its events at first: a grid showing titles and
#: links costs the rows (1) and the events (1) after the locales and sections (2), with no
#: translations, sites or relations; asked for more, the month reads the events' other columns
#: (1) and their venues (1) once, for all of them.
GRID_QUERIES = 4
MONTH_QUERIES = QUERIES + 2


def _add_events(calendar, numbers, venue, category, audience, image):
    for number in numbers:
        weekly = number % 3 == 0
        event = EventPage(
            title=f"Dogodek {number}",
            summary="Povzetek.",
            start=local(2020, 12, 1 + number % 28, 10 + number % 8),
            end=local(2020, 12, 1 + number % 28, 12 + number % 8),
            venue=venue,
            image=image,
            recurrence_rule="FREQ=WEEKLY;COUNT=6" if weekly else "",
        )
        event.audiences = [audience]
        event.categories = [category]
        if weekly:
            first_day = event.start.date()
            event.excluded_dates = [EventExcludedDate(date=first_day + timedelta(weeks=1))]
            event.occurrence_changes = [
                EventOccurrenceChange(
                    original_date=first_day + timedelta(weeks=2), change="CANCELLED"
                )
            ]
        calendar.add_child(instance=event)
        publish(event)
        translate(event, "en", title=f"Event {number}")


def _measure(graphql, count_queries, query):
    graphql(query)  # renditions are made once, by the first visitor
    with count_queries() as counter:
        result = graphql(query)
    assert "errors" not in result, result["errors"]
    return counter, result


@pytest.mark.django_db
def test_events_and_month_cost_a_fixed_number_of_queries(graphql, count_queries, calendar):
    translate(calendar, "en", title="Calendar", slug="calendar")
    venue = VenueFactory()
    category = EventCategoryFactory(locale=calendar.locale)
    audience = TargetGroup.objects.create(name="odrasli", slug="adults", locale=calendar.locale)
    image = wagtail_factories.ImageFactory()

    _add_events(calendar, range(10), venue, category, audience, image)
    small_events, small = _measure(graphql, count_queries, EVENTS)
    small_month, _ = _measure(graphql, count_queries, MONTH)
    small_grid, _ = _measure(graphql, count_queries, GRID)

    _add_events(calendar, range(10, 300), venue, category, audience, image)
    large_events, large = _measure(graphql, count_queries, EVENTS)
    large_month, month = _measure(graphql, count_queries, MONTH)
    large_grid, _ = _measure(graphql, count_queries, GRID)

    assert len(large["data"]["events"]) > 300 > len(small["data"]["events"])
    assert small_events.count == large_events.count == QUERIES, large_events.statements
    assert small_month.count == large_month.count == MONTH_QUERIES, large_month.statements
    assert small_grid.count == large_grid.count == GRID_QUERIES, large_grid.statements
    shown = [
        occurrence["event"]
        for week in month["data"]["calendarMonth"]["weeks"]
        for day in week["days"]
        for occurrence in day["occurrences"]
    ]
    assert len(shown) > 300
    assert {event["venue"]["name"] for event in shown} == {venue.name}
    assert {event["summary"] for event in shown} == {"Povzetek."}
