"""Requests per client address on /graphql/ and the iCalendar feeds: 429 with Retry-After."""

import json

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache

from cms.ratelimit import Rate

SITE_LOCALES = "query SiteLocales { locales { code } }"


@pytest.fixture
def limit(settings):
    """Three requests a minute, from a clean count."""
    settings.HEADLESS_RATE_LIMIT = "3/60"
    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture
def frozen_clock():
    """Ten seconds into a window, and still: a count made of several requests never spans two
    windows, however slowly they run."""
    with time_machine.travel("2026-03-02 10:00:10 +00:00", tick=False) as clock:
        yield clock


def ask(client, address="203.0.113.7", **extra):
    return client.post(
        "/graphql/",
        data=json.dumps({"query": SITE_LOCALES}),
        content_type="application/json",
        REMOTE_ADDR=address,
        **extra,
    )


@pytest.mark.django_db
def test_a_client_over_the_limit_gets_429_in_graphqls_shape(client, limit):
    with time_machine.travel("2026-03-02 10:00:10 +00:00", tick=False):
        answers = [ask(client) for _ in range(4)]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
    refused = answers[-1]
    assert refused["Retry-After"] == "50"
    assert refused.json() == {
        "errors": [
            {
                "message": "Too many requests: at most 3 every 60 seconds from one address. "
                "Retry after 50 seconds.",
                "extensions": {"code": "RATE_LIMITED"},
            }
        ]
    }


@pytest.mark.django_db
def test_the_next_window_serves_again(client, limit):
    with time_machine.travel("2026-03-02 10:00:10 +00:00", tick=False) as clock:
        for _ in range(4):
            ask(client)
        clock.shift(60)
        assert ask(client).status_code == 200


@pytest.mark.django_db
def test_each_address_has_its_own_count(client, limit, frozen_clock):
    for _ in range(3):
        ask(client, address="203.0.113.7")

    assert ask(client, address="203.0.113.7").status_code == 429
    assert ask(client, address="198.51.100.2").status_code == 200


@pytest.mark.django_db
def test_feeds_are_limited_with_a_plain_text_answer(client, limit, frozen_clock):
    answers = [client.get("/calendar.ics", REMOTE_ADDR="203.0.113.7") for _ in range(4)]

    assert answers[-1].status_code == 429
    assert answers[-1]["Content-Type"].startswith("text/plain")
    assert "Retry-After" in answers[-1]
    # The feeds' count is not the API's.
    assert ask(client).status_code == 200


@pytest.mark.django_db
def test_exempt_addresses_and_editors_are_not_limited(client, limit):
    limit.HEADLESS_RATE_LIMIT_EXEMPT = ["10.0.0.5"]
    assert all(ask(client, address="10.0.0.5").status_code == 200 for _ in range(5))

    editor = get_user_model().objects.create_user(username="editor", password="x")
    client.force_login(editor)
    assert all(ask(client).status_code == 200 for _ in range(5))


@pytest.mark.django_db
def test_behind_a_proxy_the_forwarded_address_is_counted(client, limit, frozen_clock):
    limit.HEADLESS_RATE_LIMIT_TRUSTED_PROXIES = 1
    for _ in range(3):
        ask(client, address="10.0.0.1", HTTP_X_FORWARDED_FOR="spoofed, 203.0.113.7")

    # Another reader behind the same proxy is not held back by the first one...
    assert ask(client, address="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 200
    # ...and what a client writes on the left of the header does not reset its count.
    again = ask(client, address="10.0.0.1", HTTP_X_FORWARDED_FOR="other, 203.0.113.7")
    assert again.status_code == 429


@pytest.mark.django_db
def test_with_the_cache_down_nothing_is_refused(client, limit):
    # Nothing listens on port 1: every cache call fails, and the cache fails open.
    limit.CACHES = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    assert [ask(client).status_code for _ in range(5)] == [200] * 5


def test_a_malformed_rate_is_reported_with_its_form():
    with pytest.raises(ValueError, match="must be '<requests>/<seconds>'"):
        Rate.parse("0/60")
