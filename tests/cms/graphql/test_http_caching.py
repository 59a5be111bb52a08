"""HTTP caching of /graphql/: public GET answers carry a strong ETag and Cache-Control, and a
matching If-None-Match is answered 304; everything else is ``no-store``."""

import hashlib
import json
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone

from tests.factories import PlainPageFactory, publish

pytestmark = pytest.mark.django_db

HOME = 'query Home { page(urlPath: "/") { title } }'
PREVIEW = "query DraftPreview($token: String!) { page(token: $token) { title } }"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def get(client):
    def send(query: str = HOME, variables: dict | None = None, **headers):
        params = {"query": query}
        if variables:
            params["variables"] = json.dumps(variables)
        return client.get("/graphql/", params, HTTP_ACCEPT="application/json", **headers)

    return send


def vary(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def test_a_public_get_answer_is_cacheable(get, site_tree):
    response = get()
    assert response.status_code == 200
    assert response.json() == {"data": {"page": {"title": "Domov"}}}
    assert cache_control(response) == {"public", "max-age=60", "stale-while-revalidate=300"}
    digest = hashlib.sha256(b"application/json\n" + response.content).hexdigest()
    assert response["ETag"] == f'"{digest}"'
    assert {"accept", "origin"} <= vary(response)


def test_cache_lifetimes_come_from_settings(get, site_tree, settings):
    settings.HTTP_CACHE_MAX_AGE = 5
    settings.HTTP_CACHE_STALE_WHILE_REVALIDATE = 30
    assert cache_control(get()) == {"public", "max-age=5", "stale-while-revalidate=30"}


@pytest.mark.parametrize("response_cache", [False, True])
def test_if_none_match_is_answered_304(get, site_tree, settings, response_cache):
    settings.RESPONSE_CACHE = response_cache
    etag = get()["ETag"]

    not_modified = get(HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == etag
    assert cache_control(not_modified) == {"public", "max-age=60", "stale-while-revalidate=300"}
    assert {"accept", "origin"} <= vary(not_modified)


def test_a_changed_answer_is_sent_again(get, site_tree):
    etag = get()["ETag"]
    site_tree["sl"].title = "Začetek"
    site_tree["sl"].save_revision().publish()

    changed = get(HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json() == {"data": {"page": {"title": "Začetek"}}}
    assert changed["ETag"] != etag


def test_each_media_type_has_its_own_etag(get, client, site_tree):
    json_etag = get()["ETag"]
    graphql_response = client.get(
        "/graphql/", {"query": HOME}, HTTP_ACCEPT="application/graphql-response+json"
    )
    assert graphql_response.status_code == 200
    assert graphql_response["ETag"] != json_etag
    assert get(HTTP_IF_NONE_MATCH=graphql_response["ETag"]).status_code == 200


def test_cors_requests_vary_on_origin(get, site_tree, settings):
    origin = settings.CORS_ALLOWED_ORIGINS[0]
    response = get(HTTP_ORIGIN=origin)
    assert response["Access-Control-Allow-Origin"] == origin
    assert {"accept", "origin"} <= vary(response)
    assert "public" in cache_control(response)


def test_post_answers_are_not_stored(client, site_tree):
    response = client.post(
        "/graphql/", data=json.dumps({"query": HOME}), content_type="application/json"
    )
    assert response.status_code == 200
    assert cache_control(response) == {"private", "no-store"}
    assert "ETag" not in response


def test_preview_answers_are_not_stored(get, site_tree):
    home = site_tree["sl"]
    home.title = "Osnutek"
    home.save_revision()
    token = home.get_latest_revision_as_object().create_page_preview().token

    response = get(PREVIEW, {"token": token})
    assert response.json() == {"data": {"page": {"title": "Osnutek"}}}
    assert cache_control(response) == {"private", "no-store"}
    assert "ETag" not in response


def test_answers_to_logged_in_users_are_not_stored(get, client, site_tree):
    client.force_login(get_user_model().objects.create_user(username="editor", password="x"))
    response = get()
    assert response.status_code == 200
    assert cache_control(response) == {"private", "no-store"}
    assert "ETag" not in response


@pytest.mark.parametrize(
    ("query", "variables", "request_error"),
    [
        ('query Wrong { pages(locale: "xx") { title } }', None, False),  # a field error
        ("query Wrong { nope }", None, True),  # a validation error
        ("query Wrong {", None, True),  # a syntax error
        ("query Wrong($n: PositiveInt) { pages(limit: $n) { title } }", {"n": "x"}, True),
    ],
)
@pytest.mark.parametrize(
    ("accept", "request_error_status"),
    # GraphQL over HTTP: a request error is 200 in application/json, 400 in the new type.
    [("application/json", 200), ("application/graphql-response+json", 400)],
)
def test_error_answers_are_not_stored(
    client, site_tree, query, variables, request_error, accept, request_error_status
):
    params = {"query": query} | ({"variables": json.dumps(variables)} if variables else {})
    response = client.get("/graphql/", params, HTTP_ACCEPT=accept)
    assert response.status_code == (request_error_status if request_error else 200)
    assert "errors" in response.json()
    assert cache_control(response) == {"private", "no-store"}
    assert "ETag" not in response
    assert client.get("/graphql/", params, HTTP_ACCEPT=accept).get("X-Cache") != "HIT"


def test_an_unknown_persisted_query_keeps_its_own_cache_control(
    client, site_tree, settings, tmp_path
):
    settings.HEADLESS_PERSISTED_QUERIES_MANIFEST = tmp_path / "none.json"
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}
    response = client.get("/graphql/", {"extensions": json.dumps(extensions)})
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    assert cache_control(response) == {"private", "no-cache", "must-revalidate"}
    assert "ETag" not in response


def test_http_lifetimes_end_when_a_page_expires(get, site_tree):
    with time_machine.travel(datetime(2030, 1, 1, 12, tzinfo=UTC), tick=False):
        publish(
            PlainPageFactory(
                parent=site_tree["sl"], expire_at=timezone.now() + timedelta(seconds=100)
            )
        )
        # 60 s fresh, then stale only until the page expires, not the configured 300 s.
        assert cache_control(get()) == {"public", "max-age=60", "stale-while-revalidate=40"}

    with time_machine.travel(datetime(2030, 1, 1, 12, 1, 20, tzinfo=UTC), tick=False):
        assert cache_control(get()) == {"public", "max-age=20", "stale-while-revalidate=0"}
