"""``/healthz`` tells load balancers whether this process can serve: the database is required,
the cache is optional."""

import logging
import threading
import time
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

import cms.cache
from tests.cms.frozen_redis import FrozenRedis

pytestmark = pytest.mark.django_db


def problems(caplog) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.levelno >= logging.WARNING]


def refuse_connection(*args, **kwargs):
    raise OperationalError("connection refused")


def test_healthy_service_answers_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}


def test_unreachable_database_takes_the_service_out_of_rotation(client, monkeypatch, caplog):
    with monkeypatch.context() as patch, caplog.at_level(logging.ERROR, logger="cms.health"):
        patch.setattr(BaseDatabaseWrapper, "cursor", refuse_connection)
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "checks": {"database": "error", "cache": "ok"}}
    [line] = [record for record in problems(caplog) if record.name == "cms.health"]
    assert "database unreachable" in line.getMessage()
    assert line.exc_info is None


def test_broken_cache_degrades_but_keeps_serving(client, monkeypatch):
    def cache_down(*args, **kwargs):
        raise ConnectionError("cache down")

    with monkeypatch.context() as patch:
        patch.setattr(caches["default"], "set", cache_down)
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {"database": "ok", "cache": "error"}}


def test_cache_that_stores_nothing_is_reported(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {"database": "ok", "cache": "error"}}


def test_unreachable_redis_degrades_but_keeps_serving(client, settings):
    # Nothing listens on port 1: the Redis client's connection is refused at once.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "cache": "error"}


def test_a_frozen_redis_is_reported_within_two_seconds_in_one_line(
    client, settings, caplog, monkeypatch
):
    monkeypatch.setattr(cms.cache, "_breakers", {}, raising=False)
    with FrozenRedis() as frozen:
        settings.CACHES = {"default": frozen.cache_settings()}

        started = time.monotonic()
        response = client.get("/healthz")
        took = time.monotonic() - started
        started = time.monotonic()
        again = client.get("/healthz")
        took_again = time.monotonic() - started

    assert took < 2.0
    assert took_again < 0.5  # Redis is not tried again for a while
    assert response.status_code == again.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {"database": "ok", "cache": "error"}}
    [line] = problems(caplog)
    assert line.exc_info is None
    assert "unreachable" in line.getMessage()


def test_a_cache_that_never_answers_is_given_up_on(client, monkeypatch, caplog):
    released = threading.Event()

    def hang(*args, **kwargs):
        released.wait(10)

    monkeypatch.setattr(caches["default"], "set", hang)
    try:
        started = time.monotonic()
        response = client.get("/healthz")
        took = time.monotonic() - started
        # The first probe still hangs: the next check does not wait for, or add, another.
        started = time.monotonic()
        again = client.get("/healthz")
        took_again = time.monotonic() - started
    finally:
        released.set()

    assert took < 2.0
    assert took_again < 0.5
    assert response.status_code == again.status_code == 200
    degraded = {"database": "ok", "cache": "error"}
    assert response.json()["checks"] == again.json()["checks"] == degraded
    assert [record.exc_info for record in problems(caplog)] == [None, None]


def test_post_is_not_allowed(client):
    response = client.post("/healthz")

    assert response.status_code == 405
    assert "GET" in response["Allow"]


def test_head_answers_for_uptime_checkers(client):
    assert client.head("/healthz").status_code == 200


def test_answers_are_never_cached(client):
    response = client.get("/healthz")

    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"no-cache", "no-store"} <= cache_control


def test_a_backed_up_task_queue_is_a_warning_not_a_fault(client, caplog):
    def queued(**fields):
        return DBTaskResult.objects.create(
            args_kwargs={"args": [], "kwargs": {}},
            task_path="wagtail.tasks.update_reference_index_task",
            backend_name="default",
            **fields,
        )

    queued()  # just enqueued
    queued(run_after=timezone.now() + timedelta(hours=1))  # a retry, not due
    assert client.get("/healthz").json() == {
        "status": "ok", "checks": {"database": "ok", "cache": "ok"}
    }  # fmt: skip

    stale = queued()
    DBTaskResult.objects.filter(pk=stale.pk).update(
        enqueued_at=timezone.now() - timedelta(minutes=11)
    )
    queued(run_after=timezone.now() - timedelta(minutes=11))  # a retry due 11 minutes ago
    with caplog.at_level(logging.WARNING, logger="cms.health"):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["warnings"] == ["2 tasks waiting over 10 minutes: is db_worker running?"]
    [line] = [record for record in problems(caplog) if record.name == "cms.health"]
    assert line.exc_info is None
