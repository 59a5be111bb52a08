"""A listing of several page models (``pages``, ``search``): each model's fields load for that
model's items only, once, whatever the listing holds. Before, the first event asking for its
image made the loader read ``image_id`` from the home page listed beside it: an internal error
(found by tests/security/test_fuzz.py)."""

import pytest
import wagtail_factories

from tests.calendar_app.factories import (
    EventCategoryFactory,
    EventIndexPageFactory,
    EventPageFactory,
)
from tests.factories import publish

MIXED_PAGES = """
query MixedPages {
  pages(limit: 100) {
    __typename
    title
    ... on EventPage {
      image { id alt objectPosition }
      categories { slug }
    }
  }
}
"""


def add_events(calendar, count: int) -> None:
    category = EventCategoryFactory(locale=calendar.locale)
    for _ in range(count):
        event = EventPageFactory(parent=calendar, image=wagtail_factories.ImageFactory())
        event.categories.add(category)
        publish(event)


@pytest.fixture
def calendar(site_tree):
    return publish(EventIndexPageFactory(parent=site_tree["sl"]))


def test_events_listed_beside_other_pages_answer_their_images_and_categories(calendar, graphql):
    add_events(calendar, 2)

    answer = graphql(MIXED_PAGES)

    assert "errors" not in answer, answer["errors"]
    pages = answer["data"]["pages"]
    assert {page["__typename"] for page in pages} >= {"HomePage", "EventIndexPage", "EventPage"}
    events = [page for page in pages if page["__typename"] == "EventPage"]
    assert len(events) == 2
    assert all(event["image"] and event["categories"] for event in events)


def test_a_mixed_listing_costs_the_same_queries_at_two_sizes(calendar, graphql, count_queries):
    add_events(calendar, 2)
    graphql(MIXED_PAGES)  # renditions and caches warm
    with count_queries() as small:
        graphql(MIXED_PAGES)

    add_events(calendar, 6)
    graphql(MIXED_PAGES)
    with count_queries() as large:
        answer = graphql(MIXED_PAGES)

    assert len([page for page in answer["data"]["pages"] if page["__typename"] == "EventPage"]) == 8
    assert large.count == small.count
