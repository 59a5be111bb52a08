"""Faults outside the code: the database or the cache going away. Clients get an answer they can
act on (503 with Retry-After, in their format), and a cache outage is not an outage at all."""

import json

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

SITE_PAGES = 'query SitePages { pages(locale: "sl") { title } }'

UNAVAILABLE = {
    "message": "The service is temporarily unavailable: its database cannot be reached. "
    "Retry in 30 seconds.",
    "extensions": {"code": "SERVICE_UNAVAILABLE"},
}


@pytest.fixture
def database_down(monkeypatch):
    """Every new statement fails the way it does when PostgreSQL has gone away."""

    def refuse(self, *args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)


def ask(client, query=SITE_PAGES):
    return client.post(
        "/graphql/", data=json.dumps({"query": query}), content_type="application/json"
    )


@pytest.mark.django_db
def test_graphql_answers_503_in_graphqls_shape_when_the_database_is_down(
    site_tree, client, database_down
):
    response = ask(client)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json() == {"errors": [UNAVAILABLE]}


@pytest.mark.django_db
def test_a_database_failure_before_the_api_runs_is_also_a_graphql_503(
    site_tree, client, database_down, settings
):
    # A session is read from the database by middleware, before the view runs.
    client.raise_request_exception = False
    client.cookies[settings.SESSION_COOKIE_NAME] = "some-session"
    response = client.get("/graphql/", {"query": SITE_PAGES}, HTTP_ACCEPT="application/json")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"


@pytest.mark.django_db
def test_feeds_answer_503_in_plain_text_when_the_database_is_down(site_tree, client, database_down):
    client.raise_request_exception = False  # answer as in production, through handler500
    response = client.get("/calendar.ics")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.django_db
def test_healthz_says_the_database_is_down(client, database_down):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "error"


@pytest.mark.django_db
def test_with_redis_down_the_api_serves_uncached(site_tree, client, settings):
    # Nothing listens on port 1: every cache call fails at once, and the cache fails open.
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }

    response = ask(client)

    assert response.status_code == 200
    assert response.json() == {"data": {"pages": [{"title": "Domov"}]}}
