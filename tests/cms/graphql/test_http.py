"""GraphQL over HTTP: the endpoint's media types, status codes, and a GraphQL ``errors`` body
with a code for every request it cannot run."""

import json

import pytest

pytestmark = pytest.mark.django_db

HOME_TITLE = 'query HomeTitle { pages(locale: "sl") { title } }'
HOME = {"data": {"pages": [{"title": "Domov"}]}}
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"


def post_json(client, body, **extra):
    return client.post("/graphql/", data=json.dumps(body), content_type="application/json", **extra)


def only_error(response) -> dict:
    body = response.json()
    assert "data" not in body
    [error] = body["errors"]
    return error


class TestResponseMediaType:
    @pytest.mark.parametrize(
        "accept",
        [
            GRAPHQL_RESPONSE_JSON,
            # What Apollo Client 4 and graphql-http's client send.
            f"{GRAPHQL_RESPONSE_JSON}, application/json;q=0.9",
            f"application/json; q=0.5, {GRAPHQL_RESPONSE_JSON}",
        ],
    )
    def test_client_preferring_graphql_response_json_gets_it(self, site_tree, client, accept):
        response = post_json(client, {"query": HOME_TITLE}, HTTP_ACCEPT=accept)

        assert response.status_code == 200
        assert response["Content-Type"] == f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8"
        assert json.loads(response.content) == HOME

    @pytest.mark.parametrize(
        "accept",
        [None, "*/*", "application/json", f"application/json, {GRAPHQL_RESPONSE_JSON};q=0.8"],
    )
    def test_other_clients_get_application_json(self, site_tree, client, accept):
        extra = {} if accept is None else {"HTTP_ACCEPT": accept}
        response = post_json(client, {"query": HOME_TITLE}, **extra)

        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert response.json() == HOME

    def test_answers_vary_by_accept_for_shared_caches(self, site_tree, client):
        response = client.get("/graphql/", {"query": HOME_TITLE}, HTTP_ACCEPT="application/json")

        assert "Accept" in response["Vary"]


#: GraphQL over HTTP's status for a request error (the request is well-formed, but its document
#: does not parse or validate, names no operation it has, or its variables do not fit): 200 in
#: the legacy application/json, whose clients trust a GraphQL body only in a 2xx answer; 400 in
#: application/graphql-response+json. graphql-http's audits 572B, FDE2, 7B9B and 556A, 74FF, 86EE.
REQUEST_ERROR_STATUS = [("application/json", 200), (GRAPHQL_RESPONSE_JSON, 400)]
DEEPER = "children(limit: 100) { id }"
#: Requests the audits send for each, as named operations where the document parses.
REQUEST_ERRORS = {
    "parse": ({"query": "query Broken { pages {"}, "GRAPHQL_PARSE_FAILED"),
    "validation": ({"query": "query Unknown { nope }"}, "GRAPHQL_VALIDATION_FAILED"),
    "unknown operation": (
        {"query": HOME_TITLE, "operationName": "Missing"},
        "GRAPHQL_VALIDATION_FAILED",
    ),
    "variable coercion": (
        {"query": "query CoerceFailure($id: ID!) { image(id: $id) { id } }", "variables": {}},
        "BAD_USER_INPUT",
    ),
    "null for a non-null variable": (
        {
            "query": "query CoerceFailure($id: ID!) { image(id: $id) { id } }",
            "variables": {"id": None},
        },
        "BAD_USER_INPUT",
    ),
    "a limit": (
        {"query": "query Costly { pages(limit: 100) { children(limit: 100) { " + DEEPER + " } } }"},
        "QUERY_TOO_COSTLY",
    ),
}


class TestStatusCodes:
    """A request error answers by the response's media type (``REQUEST_ERROR_STATUS``), with
    no ``data``; a request that is not a well-formed GraphQL-over-HTTP request (bad JSON, a
    refused persisted query) is a 400 in both; an error in a field answers 200 with ``data``."""

    @pytest.mark.parametrize(("accept", "status"), REQUEST_ERROR_STATUS)
    @pytest.mark.parametrize("kind", REQUEST_ERRORS)
    def test_request_error_status_depends_on_the_media_type(
        self, site_tree, client, accept, status, kind, caplog
    ):
        body, code = REQUEST_ERRORS[kind]
        response = post_json(client, body, HTTP_ACCEPT=accept)

        assert response.status_code == status
        assert response["Content-Type"].startswith(accept)
        [error] = json.loads(response.content)["errors"]
        assert error["extensions"]["code"] == code
        assert "data" not in json.loads(response.content)
        # A client's mistake: no traceback, nothing over INFO in the log.
        assert not [record for record in caplog.records if record.exc_info]
        assert not [
            record for record in caplog.records if record.levelname in ("ERROR", "CRITICAL")
        ]

    @pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE_JSON, "application/json"])
    def test_request_error_over_get_has_the_same_status(self, site_tree, client, accept):
        response = client.get("/graphql/", {"query": "query Unknown { nope }"}, HTTP_ACCEPT=accept)

        assert response.status_code == dict(REQUEST_ERROR_STATUS)[accept]

    @pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE_JSON, "application/json"])
    def test_malformed_json_is_a_400(self, client, accept):
        response = client.post(
            "/graphql/", data='{"query": ', content_type="application/json", HTTP_ACCEPT=accept
        )

        assert response.status_code == 400
        assert only_error(response)["extensions"]["code"] == "BAD_REQUEST"

    @pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE_JSON, "application/json"])
    def test_persisted_query_error_is_a_400(self, site_tree, client, accept):
        wrong_hash = {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}
        response = post_json(
            client, {"query": HOME_TITLE, "extensions": wrong_hash}, HTTP_ACCEPT=accept
        )

        assert response.status_code == 400
        assert response["Content-Type"].startswith(accept)
        assert only_error(response)["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"

    @pytest.mark.parametrize("accept", [GRAPHQL_RESPONSE_JSON, "application/json"])
    def test_field_error_is_a_200_with_data(self, site_tree, client, accept, monkeypatch):
        def broken(**kwargs):
            raise RuntimeError("database went away")

        monkeypatch.setattr("cms.graphql.queries.public_pages", broken)
        response = post_json(client, {"query": HOME_TITLE}, HTTP_ACCEPT=accept)

        assert response.status_code == 200
        assert response["Content-Type"].startswith(accept)
        body = json.loads(response.content)
        assert "data" in body
        assert body["errors"][0]["path"] == ["pages"]


class TestRequestsThatCannotRun:
    """Each answers a GraphQL ``errors`` body with a code: never a 500, never an HTML page."""

    def assert_bad_request(self, response, status: int, *fragments: str):
        assert response.status_code == status
        assert response["Content-Type"] == "application/json"
        error = only_error(response)
        assert error["extensions"]["code"] == "BAD_REQUEST"
        for fragment in fragments:
            assert fragment in error["message"]
        assert not response.cookies

    @pytest.mark.parametrize(
        "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]
    )
    def test_unsupported_content_type_names_the_accepted_ones(self, client, content_type):
        response = client.post(
            "/graphql/", data=HOME_TITLE, content_type=content_type, HTTP_ACCEPT="application/json"
        )
        self.assert_bad_request(
            response,
            415,
            f"Unsupported Content-Type {content_type}",
            "application/json",
            "application/graphql",
        )

    def test_empty_body(self, client):
        # Django's test client leaves out the Content-Type of an empty body unless told.
        response = client.generic("POST", "/graphql/", b"", CONTENT_TYPE="application/json")
        self.assert_bad_request(response, 400, "The request body is empty")

    def test_malformed_json(self, client):
        response = client.post("/graphql/", data='{"query": ', content_type="application/json")
        self.assert_bad_request(response, 400, "The request body is not valid JSON.")

    def test_body_that_is_not_a_json_object(self, client):
        response = post_json(client, [{"query": HOME_TITLE}])
        self.assert_bad_request(response, 400, "must be a JSON object")

    def test_query_that_is_not_a_string(self, client):
        response = post_json(client, {"query": {"pages": "title"}})
        self.assert_bad_request(response, 400, "query must be a string")

    def test_no_query(self, client):
        response = post_json(client, {"variables": {}})
        self.assert_bad_request(response, 400, "The request has no query")

    def test_get_without_a_query(self, client):
        response = client.get("/graphql/", HTTP_ACCEPT="application/json")
        self.assert_bad_request(response, 400, "The request has no query")

    @pytest.mark.parametrize("variables", [["sl"], 1, '["sl"]'])
    def test_variables_that_are_not_an_object(self, site_tree, client, variables):
        response = post_json(client, {"query": HOME_TITLE, "variables": variables})
        self.assert_bad_request(response, 400, "variables must be a JSON object")

    def test_variables_in_a_url_that_are_not_json(self, site_tree, client):
        response = client.get(
            "/graphql/",
            {"query": HOME_TITLE, "variables": "{locale: sl}"},
            HTTP_ACCEPT="application/json",
        )
        self.assert_bad_request(response, 400, "variables is not valid JSON")

    def test_get_with_a_mutation_says_the_api_has_none(self, site_tree, client):
        response = client.get(
            "/graphql/",
            {"query": 'mutation Subscribe { subscribe(email: "a@b.si") { ok } }'},
            HTTP_ACCEPT="application/json",
        )

        self.assert_bad_request(
            response, 405, "GET requests can only run queries", "this API has no mutations"
        )
        assert response["Allow"] == "POST"

    def test_post_with_a_mutation_is_a_validation_error(self, site_tree, client):
        response = post_json(client, {"query": "mutation Subscribe { subscribe { ok } }"})

        assert response.status_code == 200  # a request error, in application/json
        assert only_error(response)["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"

    def test_other_methods_are_refused(self, client):
        response = client.put("/graphql/", data="{}", content_type="application/json")
        self.assert_bad_request(response, 405, "GraphQL only supports GET and POST requests.")


def test_application_graphql_body_runs(site_tree, client):
    response = client.post("/graphql/", data=HOME_TITLE, content_type="application/graphql")

    assert response.status_code == 200
    assert response.json() == HOME


def test_get_runs_a_query_with_variables(site_tree, client):
    response = client.get(
        "/graphql/",
        {
            "query": "query PagesIn($locale: String) { pages(locale: $locale) { title } }",
            "variables": json.dumps({"locale": "en"}),
            "operationName": "PagesIn",
        },
        HTTP_ACCEPT="application/json",
    )

    assert response.status_code == 200
    assert response.json() == {"data": {"pages": [{"title": "Home"}]}}
