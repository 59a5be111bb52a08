"""``events``, ``upcomingEvents`` and event fields: windows, filters, errors, locales and what
the public may see."""

import json
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from project_pages.models import TargetGroup
from tests.calendar_app.factories import (
    EventCategoryFactory,
    EventPageFactory,
    VenueFactory,
    local,
)
from tests.factories import publish, translate
from tests.project_pages.factories import ProjectPageFactory

EVENTS = """
query EventList(
  $from: Date!, $to: Date!, $locale: String, $category: String, $audience: String,
  $venue: ID, $project: ID, $includeCancelled: Boolean, $limit: Int
) {
  events(
    from: $from, to: $to, locale: $locale, category: $category, audience: $audience,
    venue: $venue, project: $project, includeCancelled: $includeCancelled, limit: $limit
  ) {
    start end allDay status isChanged
    event { title locale }
  }
}
"""

pytestmark = pytest.mark.django_db


def events(graphql, **variables):
    result = graphql(EVENTS, {"from": "2020-12-01", "to": "2020-12-31", **variables})
    assert "errors" not in result, result["errors"]
    return [
        (item["event"]["title"], item["start"], item["status"]) for item in result["data"]["events"]
    ]


def test_occurrences_overlapping_the_window_sorted_by_start(graphql, calendar):
    publish(
        EventPageFactory(
            parent=calendar,
            title="Pravljice",
            start=local(2020, 12, 10, 17),
            end=local(2020, 12, 10, 18),
        )
    )
    publish(
        EventPageFactory(
            parent=calendar,
            title="Silvestrovanje",
            start=local(2020, 12, 31, 22),
            end=local(2021, 1, 1, 2),
        )
    )
    publish(
        EventPageFactory(
            parent=calendar,
            title="Novembrski",
            start=local(2020, 11, 30, 23),
            end=local(2020, 12, 1, 1),
        )
    )
    publish(
        EventPageFactory(
            parent=calendar,
            title="Januarski",
            start=local(2021, 1, 1, 10),
            end=local(2021, 1, 1, 12),
        )
    )
    assert [title for title, _, _ in events(graphql)] == [
        "Novembrski",  # started the day before, still running on 1 December
        "Pravljice",
        "Silvestrovanje",
    ]


def test_weekly_event_with_exclusion_and_cancellation(graphql, calendar):
    event = EventPageFactory(
        parent=calendar,
        title="Bralni klub",
        start=local(2020, 11, 5, 18),
        end=local(2020, 11, 5, 20),
        recurrence_rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20210128",
    )
    event.excluded_dates.create(date=local(2020, 12, 24).date())
    event.occurrence_changes.create(original_date=local(2020, 12, 31).date(), change="CANCELLED")
    publish(event)
    assert events(graphql) == [
        ("Bralni klub", "2020-12-03T18:00:00+01:00", "SCHEDULED"),
        ("Bralni klub", "2020-12-10T18:00:00+01:00", "SCHEDULED"),
        ("Bralni klub", "2020-12-17T18:00:00+01:00", "SCHEDULED"),
    ]
    with_cancelled = events(graphql, includeCancelled=True)
    assert with_cancelled[-1] == ("Bralni klub", "2020-12-31T18:00:00+01:00", "CANCELLED")


def test_filters(graphql, calendar, project_index):
    workshop = EventCategoryFactory(slug="workshop")
    adults = TargetGroup.objects.create(name="odrasli", slug="adults", locale=calendar.locale)
    venue = VenueFactory()
    project = publish(ProjectPageFactory(parent=project_index, title="LinkINjob"))
    matching = EventPageFactory(
        parent=calendar, title="Delavnica", venue=venue, related_project=project
    )
    matching.categories = [workshop]
    matching.audiences = [adults]
    publish(matching)
    publish(EventPageFactory(parent=calendar, title="Drugo"))
    for variables in (
        {"category": "workshop"},
        {"audience": "adults"},
        {"venue": str(venue.pk)},
        {"project": str(project.pk)},
        {"category": "workshop", "audience": "adults", "venue": str(venue.pk)},
    ):
        assert [title for title, _, _ in events(graphql, **variables)] == ["Delavnica"], variables


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"from": "2020-12-31", "to": "2020-12-01"}, "is before `from`"),
        ({"from": "2020-01-01", "to": "2021-01-01"}, "at most 366 days"),
        ({"category": "nope"}, 'Unknown category "nope"'),
        ({"audience": "nope"}, 'Unknown audience "nope"'),
        ({"venue": "999999"}, "no venue with id 999999"),
        ({"venue": "abc"}, "numeric id"),
        ({"project": "999999"}, "no published project"),
        ({"limit": 501}, "between 1 and 500"),
        ({"locale": "de"}, "Valid locale codes"),
    ],
)
def test_bad_arguments_are_named_errors(graphql, calendar, variables, message):
    result = graphql(EVENTS, {"from": "2020-12-01", "to": "2020-12-31", **variables})
    assert result["data"] is None
    assert message in result["errors"][0]["message"]
    assert result["errors"][0]["extensions"]["code"] in ("BAD_USER_INPUT", "UNKNOWN_LOCALE")


def test_window_of_exactly_366_days_is_allowed(graphql, calendar):
    assert events(graphql, **{"from": "2020-01-01", "to": "2020-12-31"}) == []


def test_only_public_events_are_listed(graphql, calendar):
    publish(EventPageFactory(parent=calendar, title="Javni"))
    EventPageFactory(parent=calendar, title="Osnutek", live=False)
    private = publish(EventPageFactory(parent=calendar, title="Zasebni"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = publish(EventPageFactory(parent=calendar, title="Potekli"))
    expired.expire_at = timezone.now() - timedelta(minutes=1)
    expired.save()
    assert [title for title, _, _ in events(graphql, includeCancelled=True)] == ["Javni"]


def test_each_language_lists_its_own_events(graphql, calendar, site_tree):
    translate(calendar, "en", title="Calendar", slug="calendar")
    event = publish(EventPageFactory(parent=calendar, title="Pravljice"))
    translate(event, "en", title="Story time")
    assert events(graphql) == [("Pravljice", "2020-12-03T18:00:00+01:00", "SCHEDULED")]
    assert events(graphql, locale="en") == [
        ("Story time", "2020-12-03T18:00:00+01:00", "SCHEDULED")
    ]


def test_upcoming_and_next_occurrences(graphql, calendar):
    publish(
        EventPageFactory(
            parent=calendar,
            title="Tedenski",
            start=local(2020, 11, 5, 18),
            end=local(2020, 11, 5, 20),
            recurrence_rule="FREQ=WEEKLY;BYDAY=TH",
        )
    )
    with mock.patch("django.utils.timezone.now", return_value=local(2020, 12, 4, 12)):
        result = graphql(
            """
            query Upcoming {
              upcomingEvents(limit: 2) { start event { title nextOccurrences(limit: 3) { start } } }
            }
            """
        )
    upcoming = result["data"]["upcomingEvents"]
    assert [item["start"] for item in upcoming] == [
        "2020-12-10T18:00:00+01:00",
        "2020-12-17T18:00:00+01:00",
    ]
    assert [o["start"] for o in upcoming[0]["event"]["nextOccurrences"]] == [
        "2020-12-10T18:00:00+01:00",
        "2020-12-17T18:00:00+01:00",
        "2020-12-24T18:00:00+01:00",
    ]


def test_event_fields_for_the_event_page(graphql, calendar, project_index):
    project = publish(ProjectPageFactory(parent=project_index, title="LinkINjob", slug="linkinjob"))
    venue = VenueFactory(name="Knjižnica Otona Župančiča", latitude=46.05, longitude=14.5)
    event = publish(
        EventPageFactory(
            parent=calendar,
            title="Delavnica",
            slug="delavnica",
            venue=venue,
            related_project=project,
            price="",
            registration="REQUIRED",
            registration_url="https://www.mklj.si/prijava",
        )
    )
    result = graphql(
        """
        query EventDetail {
          page(urlPath: "/koledar/delavnica/") {
            ... on EventPage {
              title status recurrenceDescription isFree registration icsUrl
              venue { name latitude }
              relatedProject { title url }
              jsonLd
            }
          }
        }
        """
    )
    page = result["data"]["page"]
    assert page["venue"] == {"name": "Knjižnica Otona Župančiča", "latitude": 46.05}
    assert page["relatedProject"] == {"title": "LinkINjob", "url": "/projekti/linkinjob/"}
    assert page["recurrenceDescription"] == "Se ne ponavlja"
    assert page["icsUrl"] == f"http://cms.test/events/{event.pk}.ics"
    json_ld = json.loads(page["jsonLd"])
    assert json_ld["@type"] == "Event"
    assert json_ld["eventStatus"] == "https://schema.org/EventScheduled"
    assert json_ld["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert json_ld["location"][0]["name"] == "Knjižnica Otona Župančiča"
    assert json_ld["offers"]["price"] == "0"


def test_unpublished_related_project_is_hidden(graphql, calendar, project_index):
    project = ProjectPageFactory(parent=project_index, title="Osnutek", live=False)
    publish(
        EventPageFactory(parent=calendar, title="Dogodek", slug="dogodek", related_project=project)
    )
    result = graphql(
        'query E { page(urlPath: "/koledar/dogodek/") '
        "{ ... on EventPage { relatedProject { title } } } }"
    )
    assert result["data"]["page"]["relatedProject"] is None
    listed = graphql(
        'query L { events(from: "2020-12-01", to: "2020-12-31") '
        "{ event { relatedProject { title } } } }"
    )
    assert listed["data"]["events"][0]["event"]["relatedProject"] is None


def test_project_lists_its_upcoming_events(graphql, calendar, project_index):
    project = publish(ProjectPageFactory(parent=project_index, title="TECH.LIBRARY", slug="tech"))
    publish(EventPageFactory(parent=calendar, title="Srečanje", related_project=project))
    publish(EventPageFactory(parent=calendar, title="Drugo"))
    with mock.patch("django.utils.timezone.now", return_value=local(2020, 12, 1)):
        result = graphql(
            'query P { page(urlPath: "/projekti/tech/") '
            "{ ... on ProjectPage { events { event { title } } } } }"
        )
    assert result["data"]["page"]["events"] == [{"event": {"title": "Srečanje"}}]


EVENT_TIMES = """
query EventTimes($from: Date!, $to: Date!) {
  events(from: $from, to: $to) { start end event { start end } }
}
"""


def test_an_event_page_states_its_times_in_the_library_zone_like_its_occurrences(graphql, calendar):
    # Read from the database the times are UTC; a preview's draft has them local. The API
    # answers one way: a client cache holding both would otherwise see two values.
    publish(
        EventPageFactory(
            parent=calendar, start=local(2020, 12, 10, 17), end=local(2020, 12, 10, 18, 30)
        )
    )

    answer = graphql(EVENT_TIMES, {"from": "2020-12-01", "to": "2020-12-31"})

    (occurrence,) = answer["data"]["events"]
    assert occurrence["event"] == {
        "start": "2020-12-10T17:00:00+01:00",
        "end": "2020-12-10T18:30:00+01:00",
    }
    assert (occurrence["start"], occurrence["end"]) == (
        occurrence["event"]["start"],
        occurrence["event"]["end"],
    )
