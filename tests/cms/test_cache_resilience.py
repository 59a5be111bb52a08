"""Redis as a dependency that can hang: a frozen or refusing Redis costs one short timeout, then
nothing, and logs one line; and no change is forgotten by a Redis that was down during it or
came back from a snapshot older than it."""

import json
import logging
import time

import pytest
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import OutOfMemoryError
from redis.exceptions import TimeoutError as RedisTimeoutError

import cms.cache
from cms.cache import ResilientRedisCache
from cms.content.changes import ContentChange, content_changed, page_tag, pages_tag
from cms.settings.base import resilient
from tests.cms.frozen_redis import FrozenRedis
from tests.factories import PlainPageFactory, publish

PAGE = "query Page($id: ID, $locale: String) { page(id: $id, locale: $locale) { title } }"


@pytest.fixture(autouse=True)
def fresh_breakers(monkeypatch):
    """Breakers are per process and server: each test starts with none open."""
    monkeypatch.setattr(cms.cache, "_breakers", {}, raising=False)


@pytest.fixture
def frozen_redis():
    with FrozenRedis() as server:
        yield server


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def problems(caplog) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.levelno >= logging.WARNING]


# The backend on its own.


def test_a_frozen_redis_costs_one_short_timeout_then_nothing(frozen_redis, caplog):
    redis_cache = ResilientRedisCache(frozen_redis.url, {"OPTIONS": {"socket_timeout": 0.2}})

    started = time.monotonic()
    assert redis_cache.get("key", "default") == "default"
    assert time.monotonic() - started < 1.0
    connections = frozen_redis.accepted

    started = time.monotonic()
    redis_cache.set("key", "value")
    assert redis_cache.get_many(["key"]) == {}
    assert redis_cache.add("key", "value") is False
    assert time.monotonic() - started < 0.05
    assert frozen_redis.accepted == connections  # the breaker is open: nothing was tried

    [line] = problems(caplog)
    assert line.name == "cms.cache"
    assert line.exc_info is None
    assert "unreachable (TimeoutError" in line.getMessage()


@pytest.mark.parametrize(
    "failure",
    [
        RedisConnectionError("Connection refused"),
        RedisTimeoutError("Timeout reading from socket"),
        TimeoutError("timed out"),  # socket.timeout
        ConnectionResetError("Connection reset by peer"),
    ],
    ids=lambda failure: type(failure).__name__,
)
def test_every_kind_of_unreachable_opens_the_breaker(failure, monkeypatch, caplog):
    calls = []

    def fail(self, *args, **kwargs):
        calls.append(args)
        raise failure

    monkeypatch.setattr(RedisCache, "get", fail)
    redis_cache = ResilientRedisCache("redis://127.0.0.1:1/0", {})

    assert redis_cache.get("a") is None
    assert redis_cache.get("b", 7) == 7
    assert len(calls) == 1
    assert redis_cache.breaker.is_open
    assert [record.exc_info for record in problems(caplog)] == [None]


def test_the_breaker_tries_again_after_its_cooldown_and_says_when_redis_is_back(
    monkeypatch, caplog
):
    answers = iter([RedisTimeoutError("Timeout"), RedisTimeoutError("Timeout"), "value"])
    calls = []

    def answer(self, key, default=None, version=None):
        calls.append(key)
        outcome = next(answers)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(RedisCache, "get", answer)
    redis_cache = ResilientRedisCache(
        "redis://127.0.0.1:1/0", {"OPTIONS": {"circuit_breaker_seconds": 3}}
    )
    redis_cache.breaker.clock = clock = Clock()

    assert redis_cache.get("key") is None
    clock.now += 2.9
    assert redis_cache.get("key") is None
    assert len(calls) == 1
    clock.now += 0.2
    assert redis_cache.get("key") is None  # one try, which fails: three seconds more
    assert len(calls) == 2
    clock.now += 2.9
    assert redis_cache.get("key") is None
    clock.now += 0.2
    assert redis_cache.get("key") == "value"
    assert len(calls) == 3
    assert not redis_cache.breaker.is_open

    opened, closed = problems(caplog)
    assert "unreachable" in opened.getMessage()
    assert "answers again after 6.2 s" in closed.getMessage()
    assert opened.exc_info is None
    assert closed.exc_info is None


def test_a_redis_that_answers_with_an_error_is_not_an_outage(monkeypatch, caplog):
    def full(self, *args, **kwargs):
        raise OutOfMemoryError("command not allowed when used memory > 'maxmemory'.")

    monkeypatch.setattr(RedisCache, "set", full)
    redis_cache = ResilientRedisCache("redis://127.0.0.1:1/0", {})

    for _ in range(3):
        redis_cache.set("key", "value")

    assert not redis_cache.breaker.is_open
    [line] = problems(caplog)
    assert line.exc_info is None
    assert "OutOfMemoryError" in line.getMessage()


def test_redis_gets_timeouts_well_under_a_second_from_the_settings():
    options = resilient({"BACKEND": "django.core.cache.backends.redis.RedisCache"})["OPTIONS"]

    assert options["socket_connect_timeout"] < 1
    assert options["socket_timeout"] < 1
    assert 1 <= options["circuit_breaker_seconds"] <= 30
    given = resilient(
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "OPTIONS": {"socket_timeout": 2}}
    )
    assert given["OPTIONS"]["socket_timeout"] == 2


# The API with Redis frozen.


@pytest.mark.django_db
def test_the_api_answers_at_once_while_redis_is_frozen(
    site_tree, client, settings, frozen_redis, caplog
):
    settings.CACHES = {"default": frozen_redis.cache_settings()}
    settings.RESPONSE_CACHE = True
    settings.HEADLESS_RATE_LIMIT = "600/60"  # counted in the cache too
    body = json.dumps({"query": PAGE, "variables": {"id": site_tree["sl"].pk}})

    started = time.monotonic()
    first = client.post("/graphql/", data=body, content_type="application/json")
    first_took = time.monotonic() - started
    connections = frozen_redis.accepted
    started = time.monotonic()
    second = client.post("/graphql/", data=body, content_type="application/json")
    second_took = time.monotonic() - started

    assert first.status_code == second.status_code == 200
    assert first.json() == second.json() == {"data": {"page": {"title": "Domov"}}}
    assert first_took < 2.0  # one Redis timeout (0.5 s), then the breaker is open
    assert second_took < 0.5
    assert frozen_redis.accepted == connections
    [line] = problems(caplog)
    assert (line.name, line.exc_info) == ("cms.cache", None)


# Invalidation that outlives Redis.


@pytest.fixture
def response_cache(settings):
    settings.RESPONSE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ask(client, response_cache):
    def post(page_id: int, locale: str = "sl"):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": PAGE, "variables": {"id": page_id, "locale": locale}}),
            content_type="application/json",
        )
        return response["X-Cache"], response.json()["data"]["page"]

    return post


def unpublish_quietly(page) -> None:
    """Take ``page`` off the site behind Wagtail's back, then announce it as Wagtail would."""
    type(page).objects.filter(pk=page.pk).update(live=False)
    content_changed.send(
        sender=ContentChange,
        change=ContentChange(
            event="page.unpublished",
            label=page._meta.label_lower,
            object_id=page.pk,
            locale="sl",
            tags=(page_tag(page.pk), pages_tag("sl")),
        ),
    )


def snapshot(backend) -> object:
    """Everything the cache holds, as Redis' RDB snapshot would keep it."""
    if isinstance(backend, LocMemCache):
        with backend._lock:
            return dict(backend._cache), dict(backend._expire_info)
    client = backend._cache.get_client(write=True)
    keys = client.keys(backend.make_key("*"))
    return {key: (client.dump(key), client.pttl(key)) for key in keys}


def restore(backend, saved) -> None:
    """The cache as ``snapshot`` found it: Redis restarted from that snapshot."""
    if isinstance(backend, LocMemCache):
        entries, expiry = saved
        with backend._lock:
            backend._cache.clear()
            backend._cache.update(entries)
            backend._expire_info.clear()
            backend._expire_info.update(expiry)
        return
    client = backend._cache.get_client(write=True)
    for key in client.keys(backend.make_key("*")):
        client.delete(key)
    for key, (dumped, ttl) in saved.items():
        client.restore(key, max(ttl, 0), dumped, replace=True)


@pytest.mark.django_db
def test_a_change_made_while_redis_was_frozen_is_not_undone_when_it_returns(
    ask, site_tree, frozen_redis
):
    page = publish(PlainPageFactory(parent=site_tree["sl"], title="Razstava", slug="razstava"))
    assert ask(page.pk) == ("MISS", {"title": "Razstava"})
    assert ask(page.pk) == ("HIT", {"title": "Razstava"})

    with override_settings(CACHES={"default": frozen_redis.cache_settings()}):
        unpublish_quietly(page)

    # Redis is back, with the answer made before the change.
    assert ask(page.pk) == ("MISS", None)


@pytest.mark.django_db
def test_redis_back_from_a_snapshot_older_than_a_change_serves_nothing_from_before_it(
    ask, site_tree
):
    page = publish(PlainPageFactory(parent=site_tree["sl"], title="Razstava", slug="razstava"))
    other = publish(PlainPageFactory(parent=site_tree["en"], title="Books", slug="books"))
    ask(page.pk)
    ask(other.pk, "en")
    before_the_change = snapshot(caches["default"])

    unpublish_quietly(page)
    assert ask(page.pk) == ("MISS", None)

    restore(caches["default"], before_the_change)
    assert ask(page.pk) == ("MISS", None)
    assert ask(other.pk, "en") == ("HIT", {"title": "Books"})  # unchanged, still cached
