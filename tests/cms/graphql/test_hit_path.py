"""What a response-cache hit may do on its way through the whole request path (every
middleware, the view): a persisted GET answered from the cache reads the cache once and the
database once, makes no CSRF token and sets no cookie; with the rate limit on, counting it is
one more cache call. GraphiQL's HTML page still gets its CSRF cookie."""

import json
from collections import Counter

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.middleware import csrf
from django.views.decorators import csrf as csrf_decorators

from cms.graphql import caching, persisted
from cms.graphql.models import CacheTagChange, ContentGeneration
from tests.factories import PlainPageFactory, publish

pytestmark = pytest.mark.django_db

CACHE_METHODS = ("get", "get_many", "set", "set_many", "add", "incr", "delete", "has_key")


@pytest.fixture(autouse=True)
def response_cache(settings):
    settings.RESPONSE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def cache_calls(monkeypatch):
    calls: Counter = Counter()
    for method in CACHE_METHODS:
        real = getattr(cache, method)

        def counted(*args, _real=real, _method=method, **kwargs):
            calls[_method] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(cache, method, counted)
    return calls


@pytest.fixture
def csrf_tokens(monkeypatch):
    """How many times a CSRF token was asked for (``get_token``), by anyone."""
    made = []
    real = csrf.get_token

    def counted(request):
        made.append(request.path)
        return real(request)

    monkeypatch.setattr(csrf, "get_token", counted)
    monkeypatch.setattr(csrf_decorators, "get_token", counted)
    return made


@pytest.fixture
def sitemap_url(site_tree):
    publish(PlainPageFactory(parent=site_tree["sl"], title="Stran A", slug="a"))
    body = next(
        text for text in persisted.manifest_documents().values() if "query Sitemap(" in text
    )
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": persisted.sha256(body)}}
    return "/graphql/?" + "&".join(
        [
            "operationName=Sitemap",
            "variables=" + json.dumps({"locale": "sl"}),
            "extensions=" + json.dumps(extensions),
        ]
    )


@pytest.fixture
def get(client, count_queries, cache_calls, sitemap_url):
    def send(**headers):
        cache_calls.clear()
        with count_queries() as sql:
            response = client.get(sitemap_url, **{"HTTP_ACCEPT": "application/json", **headers})
        response.sql = sql.count
        response.cache_calls = dict(cache_calls)
        return response

    return send


def test_a_persisted_hit_is_one_cache_read_and_one_query_and_makes_no_csrf_token(get, csrf_tokens):
    miss = get()
    assert miss["X-Cache"] == "MISS"
    hit = get()
    assert hit["X-Cache"] == "HIT"
    assert hit.content == miss.content
    assert hit.sql == 1  # the tags changed since the answer was kept
    assert hit.cache_calls == {"get": 1}  # the entry (the manifest's document is in memory)
    assert csrf_tokens == []
    assert not hit.cookies
    assert "Set-Cookie" not in hit.headers
    # As before the token was skipped: the answer varies with the session cookie, first.
    assert hit["Vary"] == "Cookie, Accept, Origin, Accept-Language"
    assert hit["Cache-Control"].startswith("public, ")


def test_a_conditional_hit_is_answered_304_at_the_same_cost(get, csrf_tokens):
    get()
    etag = get()["ETag"]
    not_modified = get(HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.sql == 1
    assert not_modified.cache_calls == {"get": 1}
    assert csrf_tokens == []
    assert not not_modified.cookies


def test_with_the_rate_limit_on_a_hit_counts_with_one_more_cache_call(get, settings):
    settings.HEADLESS_RATE_LIMIT = "100/60"
    first = get()  # the window's first request makes its count
    assert first.cache_calls["add"] == 1
    hit = get()
    assert hit["X-Cache"] == "HIT"
    assert hit.sql == 1
    assert hit.cache_calls == {"get": 1, "incr": 1}


def test_graphiqls_page_still_gets_its_csrf_cookie(client, settings, csrf_tokens):
    settings.HEADLESS_GRAPHIQL = True
    page = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert page["Content-Type"].startswith("text/html")
    assert csrf_tokens  # the wrapper's, and the page's template's
    assert django_settings.CSRF_COOKIE_NAME in page.cookies
    csrf_tokens.clear()
    answer = client.get(
        "/graphql/", {"query": "{ locales { code } }"}, HTTP_ACCEPT="application/json"
    )
    assert answer.status_code == 200
    assert not answer.cookies
    assert csrf_tokens == []


def test_the_prebuilt_change_query_reads_what_the_models_does(site_tree):
    before = ContentGeneration.current()
    caching.invalidate(["page:1", "page:2"])
    caching.invalidate(["page:3"])
    for since in (before, ContentGeneration.current() - 1, ContentGeneration.current()):
        expected = CacheTagChange.changed_since(since, limit=caching.MAX_CHANGES_READ)
        assert sorted(caching.changed_since(since)) == sorted(expected)
