"""HTTP caching of the iCalendar feeds: ETag, Cache-Control and 304 for If-None-Match."""

import pytest
from django.contrib.auth import get_user_model

from tests.calendar_app.factories import EventPageFactory
from tests.factories import publish

pytestmark = pytest.mark.django_db

PUBLIC = {"public", "max-age=60", "stale-while-revalidate=300"}


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


@pytest.fixture
def event(calendar):
    return publish(EventPageFactory(parent=calendar, title="Pravljice"))


@pytest.fixture(params=["calendar", "event"])
def feed_url(request, event):
    return "/calendar.ics" if request.param == "calendar" else f"/events/{event.pk}.ics"


def test_a_feed_is_publicly_cacheable(client, feed_url):
    response = client.get(feed_url)
    assert response.status_code == 200
    assert b"Pravljice" in response.content
    assert cache_control(response) == PUBLIC
    assert response["ETag"].startswith('"')
    assert len(response["ETag"]) == 66  # a quoted SHA-256


def test_an_unchanged_feed_is_answered_304(client, feed_url):
    etag = client.get(feed_url)["ETag"]

    not_modified = client.get(feed_url, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == etag
    assert cache_control(not_modified) == PUBLIC


def test_a_changed_feed_is_sent_again(client, feed_url, event):
    etag = client.get(feed_url)["ETag"]
    event.title = "Pravljice za odrasle"
    event.save_revision().publish()

    changed = client.get(feed_url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert b"Pravljice za odrasle" in changed.content
    assert changed["ETag"] != etag


def test_the_etag_is_stable_across_requests(client, feed_url):
    assert client.get(feed_url)["ETag"] == client.get(feed_url)["ETag"]


def test_a_feed_for_a_logged_in_user_is_not_stored(client, feed_url):
    client.force_login(get_user_model().objects.create_user(username="editor", password="x"))
    response = client.get(feed_url)
    assert response.status_code == 200
    assert cache_control(response) == {"private", "no-store"}
    assert "ETag" not in response


def test_a_refused_feed_is_not_stored(client, calendar):
    response = client.get("/calendar.ics?category=no-such-category")
    assert response.status_code == 400
    assert cache_control(response) == {"private", "no-store"}
