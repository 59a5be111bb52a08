"""What a response-cache hit costs does not grow with the answer: one cache read and one SQL
query whether the entry has 10 tags or 1,000, and the ETag and next expiry kept with it."""

import hashlib
import json
from collections import Counter

import pytest
from django.core.cache import cache

from cms.content.changes import page_tag
from cms.graphql import caching, caching_tags
from tests.factories import PlainPageFactory, publish

pytestmark = pytest.mark.django_db

PAGE = "query Page($id: ID) { page(id: $id) { id title } }"
#: Tags no content has: they stand for the hundreds of events of a busy month.
FIRST_EXTRA_ID = 1_000_000
CACHE_METHODS = ("get", "get_many", "set", "set_many", "add", "delete", "delete_many", "has_key")


@pytest.fixture(autouse=True)
def response_cache(settings):
    settings.RESPONSE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page(site_tree):
    return publish(PlainPageFactory(parent=site_tree["sl"], title="Stran A", slug="a"))


@pytest.fixture
def extra_tags(monkeypatch):
    """Answers kept from now on carry ``count`` more page tags."""
    all_tags = caching_tags.TagCollector.all_tags

    def with_extra(count: int) -> None:
        extra = {page_tag(FIRST_EXTRA_ID + number) for number in range(count)}
        monkeypatch.setattr(
            caching_tags.TagCollector, "all_tags", lambda self: all_tags(self) | extra
        )

    return with_extra


@pytest.fixture
def cache_calls(monkeypatch):
    """Every call to the ``default`` cache, by method."""
    calls: Counter = Counter()
    for method in CACHE_METHODS:
        real = getattr(cache, method)

        def counted(*args, _real=real, _method=method, **kwargs):
            calls[_method] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(cache, method, counted)
    return calls


@pytest.fixture
def get(client, count_queries, cache_calls):
    """GET a query; the response has the SQL statements it ran as ``.sql`` and its cache calls
    as ``.cache_calls``."""

    def send(variables: dict, **headers):
        cache_calls.clear()
        with count_queries() as sql:
            response = client.get(
                "/graphql/",
                {"query": PAGE, "variables": json.dumps(variables)},
                **{"HTTP_ACCEPT": "application/json", **headers},
            )
        response.sql = sql.count
        response.cache_calls = dict(cache_calls)
        return response

    return send


def hit_with(count: int, get, page, extra_tags):
    extra_tags(count)
    cache.clear()
    miss = get({"id": page.pk})
    assert miss["X-Cache"] == "MISS"
    hit = get({"id": page.pk})
    assert hit["X-Cache"] == "HIT"
    assert hit.content == miss.content
    assert hit["ETag"] == miss["ETag"]
    assert hit["Cache-Control"] == miss["Cache-Control"]
    return hit


def test_a_hit_costs_the_same_with_10_and_1000_tags(get, page, extra_tags):
    small = hit_with(10, get, page, extra_tags)
    large = hit_with(1000, get, page, extra_tags)
    assert small.sql == large.sql == 1  # the tags changed since the answer was kept: none
    assert small.cache_calls == large.cache_calls
    assert large.cache_calls.get("get") == 1  # the entry; its ETag and expiry come with it
    assert not {"get_many", "set", "set_many", "add"} & large.cache_calls.keys()


def test_a_change_of_any_of_1000_tags_drops_the_answer(get, page, extra_tags):
    hit_with(1000, get, page, extra_tags)
    caching.invalidate([page_tag(FIRST_EXTRA_ID + 2_000)])  # a tag the answer does not have
    assert get({"id": page.pk})["X-Cache"] == "HIT"  # reads the next expiry at the new number
    unrelated = get({"id": page.pk})
    assert unrelated["X-Cache"] == "HIT"
    assert unrelated.sql == 1
    assert unrelated.cache_calls == {"get": 2}  # the entry, the next expiry at that number
    caching.invalidate([page_tag(FIRST_EXTRA_ID + 999)])
    assert get({"id": page.pk})["X-Cache"] == "MISS"
    assert get({"id": page.pk})["X-Cache"] == "HIT"


def test_the_kept_etag_is_the_answers_hash_and_answers_if_none_match(get, page, extra_tags):
    hit = hit_with(10, get, page, extra_tags)
    digest = hashlib.sha256(b"application/json\n" + hit.content).hexdigest()
    assert hit["ETag"] == f'"{digest}"'
    not_modified = get({"id": page.pk}, HTTP_IF_NONE_MATCH=hit["ETag"])
    assert not_modified.status_code == 304
    assert not_modified.sql == 1


def test_each_media_type_keeps_its_own_etag(get, page, extra_tags):
    json_answer = hit_with(10, get, page, extra_tags)
    accept = "application/graphql-response+json"
    get({"id": page.pk}, HTTP_ACCEPT=accept)
    other = get({"id": page.pk}, HTTP_ACCEPT=accept)
    assert other["X-Cache"] == "HIT"
    assert other["Content-Type"] == f"{accept}; charset=utf-8"
    assert other.content == json_answer.content
    assert other["ETag"] != json_answer["ETag"]
    digest = hashlib.sha256(other["Content-Type"].encode() + b"\n" + other.content).hexdigest()
    assert other["ETag"] == f'"{digest}"'


def plain_get(client, page):
    return client.get(
        "/graphql/",
        {"query": PAGE, "variables": json.dumps({"id": page.pk})},
        HTTP_ACCEPT="application/json",
    )


@pytest.mark.parametrize("broken", ["get", "set"])
def test_a_broken_cache_read_or_write_fails_open(client, page, monkeypatch, broken):
    def fail(*args, **kwargs):
        raise ConnectionError("cache down")

    plain_get(client, page)
    monkeypatch.setattr(cache, broken, fail)
    for _ in range(2):
        answer = plain_get(client, page)
        assert answer.status_code == 200
        assert answer.json()["data"]["page"]["title"] == "Stran A"
        assert answer["ETag"].startswith('"')
        if broken == "get":
            assert answer["X-Cache"] == "MISS"


def test_an_entry_of_an_unknown_layout_is_not_served(client, page, monkeypatch):
    keys = []
    store = caching.CachedQuery._store
    monkeypatch.setattr(
        caching.CachedQuery, "_store", lambda self, body: keys.append(self.key) or store(self, body)
    )
    plain_get(client, page)
    entry = cache.get(keys[0])
    cache.set(keys[0], {**entry, "body": entry["body"].decode()}, 60)  # the layout before bytes
    assert plain_get(client, page)["X-Cache"] == "MISS"
    assert plain_get(client, page)["X-Cache"] == "HIT"
