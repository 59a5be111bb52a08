"""Persisted operations: Apollo's automatic persisted queries (APQ) and, in allow-list mode,
only the frontend contract's manifest of operations."""

import hashlib
import json

import pytest
from django.core.cache import cache

from cms.graphql import persisted

pytestmark = pytest.mark.django_db

PAGES_IN = "query PagesIn($locale: String) { pages(locale: $locale) { title } }"
HOME_TITLE = 'query HomeTitle { pages(locale: "sl") { title } }'
AD_HOC = 'query AdHoc { pages(locale: "sl") { title locale } }'
HOME = {"data": {"pages": [{"title": "Domov"}]}}
NOT_FOUND = {
    "errors": [
        {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    ]
}


def sha256(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def persisted_query(document: str) -> dict:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256(document)}}


@pytest.fixture(autouse=True)
def nothing_persisted(settings, tmp_path):
    """No manifest (the frontend contract's own one changes with the frontend) and an empty
    APQ cache."""
    settings.HEADLESS_PERSISTED_QUERIES_MANIFEST = tmp_path / "no-manifest.json"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def manifest(tmp_path, settings):
    """A manifest with PAGES_IN and HOME_TITLE, as the frontend contract's generator writes it."""
    path = tmp_path / "persisted-operations.json"
    operations = [
        {"id": sha256(body), "name": name, "type": "query", "body": body}
        for name, body in (("PagesIn", PAGES_IN), ("HomeTitle", HOME_TITLE))
    ]
    path.write_text(
        json.dumps(
            {"format": "apollo-persisted-query-manifest", "version": 1, "operations": operations}
        )
    )
    settings.HEADLESS_PERSISTED_QUERIES_MANIFEST = path
    return path


@pytest.fixture
def allow_list(manifest, settings):
    settings.HEADLESS_PERSISTED_QUERIES_ONLY = True
    return manifest


@pytest.fixture
def post(client):
    def send(**body):
        return client.post("/graphql/", data=json.dumps(body), content_type="application/json")

    return send


@pytest.fixture
def get(client):
    """GET with ``variables`` and ``extensions`` as JSON in the query string, as Apollo sends."""

    def send(**params):
        encoded = {
            name: json.dumps(value) if isinstance(value, dict) else value
            for name, value in params.items()
        }
        return client.get("/graphql/", encoded, HTTP_ACCEPT="application/json")

    return send


def test_unknown_hash_asks_for_the_document(site_tree, post):
    response = post(operationName="HomeTitle", extensions=persisted_query(HOME_TITLE))

    # Exactly what Apollo Client's persisted-queries link retries on.
    assert response.status_code == 200
    assert response.json() == NOT_FOUND


def test_unknown_hash_is_not_kept_by_shared_caches(site_tree, get):
    response = get(operationName="HomeTitle", extensions=persisted_query(HOME_TITLE))

    assert response.json() == NOT_FOUND
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_document_sent_with_its_hash_runs_and_is_registered(site_tree, post, get):
    extensions = persisted_query(HOME_TITLE)
    assert post(operationName="HomeTitle", extensions=extensions).json() == NOT_FOUND

    registered = post(query=HOME_TITLE, operationName="HomeTitle", extensions=extensions)
    assert registered.status_code == 200
    assert registered.json() == HOME

    by_hash = post(operationName="HomeTitle", extensions=extensions)
    assert by_hash.status_code == 200
    assert by_hash.json() == HOME
    over_get = get(operationName="HomeTitle", extensions=extensions)
    assert over_get.status_code == 200
    assert over_get.json() == HOME


def test_registered_document_runs_with_variables_over_get(site_tree, post, get):
    extensions = persisted_query(PAGES_IN)
    post(query=PAGES_IN, variables={"locale": "sl"}, extensions=extensions)

    response = get(operationName="PagesIn", variables={"locale": "en"}, extensions=extensions)

    assert response.json() == {"data": {"pages": [{"title": "Home"}]}}


def test_invalid_document_is_not_registered(site_tree, post):
    broken = "query Broken { pages { nope } }"
    extensions = persisted_query(broken)

    refused = post(query=broken, extensions=extensions)
    assert refused.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"

    assert post(extensions=extensions).json() == NOT_FOUND


def test_a_registration_is_kept_an_hour_at_most(site_tree, post, monkeypatch):
    """Anyone may register any number of documents: each must leave the cache soon (and Redis'
    maxmemory bounds them all, README)."""
    kept = []
    keep = cache.set

    def note_lifetime(key, value, timeout=None, **kwargs):
        kept.append((key, timeout))
        return keep(key, value, timeout, **kwargs)

    monkeypatch.setattr(cache, "set", note_lifetime)
    post(query=HOME_TITLE, operationName="HomeTitle", extensions=persisted_query(HOME_TITLE))

    [lifetime] = [timeout for key, timeout in kept if key == f"apq:{sha256(HOME_TITLE)}"]
    assert 0 < lifetime <= 60 * 60


def test_a_document_larger_than_the_api_runs_is_never_registered(settings):
    settings.HEADLESS_MAX_DOCUMENT_BYTES = 100
    small, large = HOME_TITLE, HOME_TITLE + " " * 100

    persisted.register(sha256(small), small)
    persisted.register(sha256(large), large)

    assert cache.get(f"apq:{sha256(small)}") == small
    assert cache.get(f"apq:{sha256(large)}") is None


def test_hash_that_does_not_match_the_document_is_refused(site_tree, post):
    response = post(query=AD_HOC, operationName="AdHoc", extensions=persisted_query(HOME_TITLE))

    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"
    assert "does not match the query" in error["message"]
    assert "data" not in response.json()
    # Nothing was registered under the hash.
    assert post(extensions=persisted_query(HOME_TITLE)).json() == NOT_FOUND


def test_unsupported_protocol_version_names_the_supported_one(site_tree, post):
    response = post(
        operationName="HomeTitle",
        extensions={"persistedQuery": {"version": 2, "sha256Hash": sha256(HOME_TITLE)}},
    )

    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "PERSISTED_QUERY_NOT_SUPPORTED"
    assert error["message"] == (
        "Persisted query version 2 is not supported: extensions.persistedQuery.version must be 1."
    )


def test_malformed_hash_is_a_bad_request(site_tree, post):
    response = post(extensions={"persistedQuery": {"version": 1, "sha256Hash": "abc"}})

    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert "64 hexadecimal digits" in error["message"]


def test_manifest_operation_runs_by_hash_without_registration(site_tree, manifest, post, get):
    assert post(operationName="HomeTitle", extensions=persisted_query(HOME_TITLE)).json() == HOME
    response = get(
        operationName="PagesIn", variables={"locale": "en"}, extensions=persisted_query(PAGES_IN)
    )
    assert response.json() == {"data": {"pages": [{"title": "Home"}]}}


def test_missing_manifest_is_an_empty_one(site_tree, settings, tmp_path, post, caplog):
    settings.HEADLESS_PERSISTED_QUERIES_MANIFEST = tmp_path / "not-generated-yet.json"

    assert post(extensions=persisted_query(HOME_TITLE)).json() == NOT_FOUND
    assert post(query=HOME_TITLE).json() == HOME
    assert not [record for record in caplog.records if record.levelname in ("WARNING", "ERROR")]


def test_manifest_is_read_again_when_it_changes(site_tree, manifest, post):
    assert post(extensions=persisted_query(AD_HOC)).json() == NOT_FOUND

    contents = json.loads(manifest.read_text())
    contents["operations"].append(
        {"id": sha256(AD_HOC), "name": "AdHoc", "type": "query", "body": AD_HOC}
    )
    manifest.write_text(json.dumps(contents))

    assert post(extensions=persisted_query(AD_HOC)).json() == {
        "data": {"pages": [{"title": "Domov", "locale": "sl"}]}
    }


class TestAllowList:
    """HEADLESS_PERSISTED_QUERIES_ONLY: only the manifest's documents run."""

    def assert_persisted_query_required(self, response):
        assert response.status_code == 400
        body = response.json()
        assert "data" not in body
        [error] = body["errors"]
        assert error["extensions"]["code"] == "PERSISTED_QUERY_REQUIRED"
        assert error["message"].startswith(
            "Only the frontend contract's persisted operations are accepted."
        )
        assert "extensions.persistedQuery" in error["message"]
        assert "sha256Hash" in error["message"]

    def test_ad_hoc_query_is_refused_over_post(self, site_tree, allow_list, post):
        self.assert_persisted_query_required(post(query=AD_HOC, operationName="AdHoc"))

    def test_ad_hoc_query_is_refused_over_get(self, site_tree, allow_list, get):
        self.assert_persisted_query_required(get(query=AD_HOC, operationName="AdHoc"))

    def test_ad_hoc_document_is_refused_as_application_graphql(self, site_tree, allow_list, client):
        response = client.post("/graphql/", data=AD_HOC, content_type="application/graphql")
        self.assert_persisted_query_required(response)

    def test_manifest_operation_runs_by_hash(self, site_tree, allow_list, post, get):
        extensions = persisted_query(HOME_TITLE)
        assert post(operationName="HomeTitle", extensions=extensions).json() == HOME
        assert get(operationName="HomeTitle", extensions=extensions).json() == HOME

    def test_manifest_operation_runs_by_full_text(self, site_tree, allow_list, post):
        response = post(query=PAGES_IN, variables={"locale": "sl"}, operationName="PagesIn")
        assert response.status_code == 200
        assert response.json() == HOME

    def test_registration_of_a_new_document_is_refused(self, site_tree, allow_list, post):
        extensions = persisted_query(AD_HOC)
        assert post(extensions=extensions).json() == NOT_FOUND

        self.assert_persisted_query_required(post(query=AD_HOC, extensions=extensions))

        assert post(extensions=extensions).json() == NOT_FOUND

    def test_documents_registered_before_are_not_run(self, site_tree, manifest, settings, post):
        extensions = persisted_query(AD_HOC)
        assert post(query=AD_HOC, extensions=extensions).status_code == 200

        settings.HEADLESS_PERSISTED_QUERIES_ONLY = True

        assert post(extensions=extensions).json() == NOT_FOUND

    def test_graphiql_does_not_bypass_it(self, site_tree, allow_list, settings, client):
        settings.HEADLESS_GRAPHIQL = True
        # GraphiQL's page runs nothing; its own requests are refused like any other client's.
        page = client.get("/graphql/", {"query": AD_HOC}, HTTP_ACCEPT="text/html")
        assert page["Content-Type"].startswith("text/html")
        assert b"Domov" not in page.content
        from_graphiql = client.post(
            "/graphql/",
            data=json.dumps({"query": AD_HOC, "operationName": "AdHoc"}),
            content_type="application/json",
            HTTP_ACCEPT="application/json, multipart/mixed",
        )
        self.assert_persisted_query_required(from_graphiql)

    def test_missing_manifest_refuses_everything_and_says_so(
        self, site_tree, settings, tmp_path, post, caplog
    ):
        settings.HEADLESS_PERSISTED_QUERIES_ONLY = True
        settings.HEADLESS_PERSISTED_QUERIES_MANIFEST = tmp_path / "missing.json"

        self.assert_persisted_query_required(post(query=HOME_TITLE))
        assert "No persisted-operations manifest" in caplog.text
