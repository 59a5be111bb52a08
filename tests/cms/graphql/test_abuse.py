"""Hostile and broken requests, each answered with the exact error a client sees: a message that
says what is wrong, an ``extensions.code``, the HTTP status, no Python error text, and no SQL
when the request is refused before it runs.

Covered elsewhere: an unknown locale (``test_pages``, ``test_routing``), an ``events`` window
over 366 days (``tests/calendar_app/test_events_query``), ``perPage`` of 0 or over the maximum
(``tests/project_pages/test_projects_query``), each limit at its boundary (``test_limits``).
"""

import json

import pytest

pytestmark = pytest.mark.django_db

#: The status of a request refused before it ran, in application/json (what ``ask`` gets):
#: GraphQL over HTTP answers such errors 200 there (400 in application/graphql-response+json).
REQUEST_ERROR = 200


def only_error(body: dict) -> tuple[str, str]:
    [error] = body["errors"]
    return error["extensions"]["code"], error["message"]


def test_a_limit_that_is_not_a_number(ask, site_tree):
    status, body, sql = ask('query Pages { pages(limit: "x") { title } }')

    assert status == REQUEST_ERROR
    assert only_error(body) == (
        "GRAPHQL_VALIDATION_FAILED",
        "Expected value of type 'PositiveInt', found \"x\".",
    )
    assert sql == 0


def test_a_translation_key_that_is_not_a_uuid(ask, site_tree):
    # Python's ValueError text ("badly formed hexadecimal UUID string") stays in the log.
    status, body, sql = ask('query Page { page(translationKey: "nope") { title } }')

    assert status == REQUEST_ERROR
    assert only_error(body) == (
        "GRAPHQL_VALIDATION_FAILED",
        "Expected value of type 'UUID', found \"nope\".",
    )
    assert sql == 0


def test_a_content_type_without_a_dot(ask, site_tree):
    status, body, _ = ask('query Page { page(slug: "domov", contentType: "nodot") { title } }')

    assert status == 200
    assert body["data"] == {"page": None}
    assert only_error(body) == (
        "BAD_USER_INPUT",
        'contentType "nodot" is not of the form "app_label.ModelName", e.g. '
        '"project_pages.ProjectPage".',
    )


def test_a_query_over_the_document_limit(ask, site_tree, settings):
    query = "query Huge { " + "pages { title } " * 1_500 + "}"
    status, body, sql = ask(query)

    assert status == 413
    assert only_error(body) == (
        "DOCUMENT_TOO_LARGE",
        f"The GraphQL document is {len(query):,} bytes; the maximum is "
        f"{settings.HEADLESS_MAX_DOCUMENT_BYTES:,} bytes. Send a smaller document, or a "
        "persisted operation by its hash.",
    )
    assert sql == 0


def test_a_one_megabyte_query(ask, site_tree, settings):
    # Parsing a body that size as JSON (two megabytes of "[]," took 7 seconds) is refused before
    # it is decoded.
    query = "query Huge { " + "pages { title } " * 65_536 + "}"
    status, body, sql = ask(query)

    assert status == 413
    assert only_error(body) == (
        "DOCUMENT_TOO_LARGE",
        f"The request body is {len(query) + 30:,} bytes; the maximum is "
        f"{settings.HEADLESS_MAX_BODY_BYTES:,} bytes (GRAPHQL_MAX_BODY_BYTES). Send a smaller "
        "document, or a persisted operation by its hash.",
    )
    assert settings.HEADLESS_MAX_BODY_BYTES == 4 * settings.HEADLESS_MAX_DOCUMENT_BYTES
    assert sql == 0


def test_a_body_larger_than_django_reads(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    body = json.dumps({"query": "query Big { locales { code } }" + " " * 2_000})
    response = client.post("/graphql/", body, content_type="application/json")

    assert response.status_code == 413
    assert response.json()["errors"] == [
        {
            "message": "The request body is over 1,000 bytes, more than the server reads "
            "(DATA_UPLOAD_MAX_MEMORY_SIZE). Send a smaller document, or a persisted operation by "
            "its hash.",
            "extensions": {"code": "DOCUMENT_TOO_LARGE"},
        }
    ]


def test_nesting_a_hundred_deep(ask, site_tree):
    selection = "title"
    for _ in range(100):
        selection = f"children {{ {selection} }}"
    status, body, sql = ask(f"query Deep {{ pages {{ {selection} }} }}")

    assert status == REQUEST_ERROR
    assert body["errors"][0] == {
        "message": "'Deep' exceeds maximum operation depth of 10.",
        "extensions": {"code": "QUERY_TOO_DEEP"},
    }
    assert sql == 0


def test_a_thousand_aliases(ask, site_tree):
    aliases = " ".join(f"t{n}: title" for n in range(1_000))
    status, body, sql = ask(f"query Aliases {{ pages(limit: 1) {{ {aliases} }} }}")

    assert status == REQUEST_ERROR
    assert only_error(body) == (
        "TOO_MANY_ALIASES",
        "This query uses 1,000 aliases; the maximum is 30.",
    )
    assert sql == 0


def test_twenty_aliased_pages_of_a_hundred_with_their_children(ask, site_tree):
    query = "query Attack { " + " ".join(
        f"p{n}: pages(limit: 100) {{ id title children(limit: 100) {{ id title }} }}"
        for n in range(20)
    )
    status, body, sql = ask(query + " }")

    assert status == REQUEST_ERROR
    assert [(error["extensions"]["code"], error["message"]) for error in body["errors"]] == [
        (
            "TOO_MANY_ROOT_FIELDS",
            "This query selects 20 root fields; the maximum is 10. Send several requests instead.",
        ),
        (
            "QUERY_TOO_COSTLY",
            "This query could return up to 202,000 objects; the maximum is 50,000. Ask for "
            "smaller pages (limit, perPage) or fewer nested lists.",
        ),
    ]
    assert sql == 0


def test_fragments_that_multiply(ask, site_tree):
    # Each fragment spreads the next five times: 1.4 KB asking for 5^9 nested lists. graphene's
    # depth validator walked every path (five seconds); the limits measure each fragment once.
    fragments = "".join(
        f"fragment F{level} on PageInterface {{ "
        + " ".join(f"c{n}: children(limit: 1) {{ ...F{level + 1} }}" for n in range(5))
        + " }\n"
        for level in range(9)
    )
    query = "query Multiply { pages(limit: 1) { ...F0 } }\n" + fragments
    query += "fragment F9 on PageInterface { title }"
    status, body, sql = ask(query)

    assert status == REQUEST_ERROR
    assert [error["extensions"]["code"] for error in body["errors"]] == [
        "TOO_MANY_ALIASES",
        "QUERY_TOO_COSTLY",
    ]
    assert sql == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("query Unknown { ...Nope }", "Unknown fragment 'Nope'."),
        (
            "query Cycle { ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
            "Cannot spread fragment 'A' within itself via 'B'.",
        ),
    ],
)
def test_broken_fragments_are_validation_errors(ask, site_tree, query, message):
    # They crashed graphene's depth validator: an HTML 500 page.
    status, body, sql = ask(query)

    assert status == REQUEST_ERROR
    assert only_error(body) == ("GRAPHQL_VALIDATION_FAILED", message)
    assert sql == 0


def test_a_chain_of_three_hundred_fragments(ask, site_tree):
    fragments = "".join(f"fragment F{n} on Query {{ ...F{n + 1} }}\n" for n in range(300))
    query = "query Chain { ...F0 }\n" + fragments + "fragment F300 on Query { locales { code } }"
    status, body, sql = ask(query)

    assert status == REQUEST_ERROR
    assert only_error(body) == (
        "QUERY_TOO_DEEP",
        "The query nests fields and fragments too deeply to be validated: at most 200 levels.",
    )
    assert sql == 0


def test_an_invalid_date(ask, site_tree):
    status, body, sql = ask(
        'query Events { events(from: "2020-13-45", to: "2020-12-31") { start } }'
    )

    assert status == REQUEST_ERROR
    assert only_error(body) == (
        "GRAPHQL_VALIDATION_FAILED",
        'Date cannot represent value "2020-13-45": expected an ISO 8601 date string, such as '
        '"2026-12-07".',
    )
    assert sql == 0


def test_an_absurd_page_number(ask, site_tree):
    status, body, _ = ask("query Projects { projects(page: 999999999) { items { title } } }")

    assert status == 200
    assert body["data"] is None
    assert only_error(body) == (
        "PAGE_OUT_OF_RANGE",
        "page 999999999 does not exist: there are 1 pages of 20.",
    )


def test_a_page_number_over_graphql_int(ask, site_tree):
    status, body, sql = ask("query Projects { projects(page: 99999999999) { items { title } } }")

    assert status == REQUEST_ERROR
    assert only_error(body) == (
        "GRAPHQL_VALIDATION_FAILED",
        "Int cannot represent non 32-bit signed integer value: 99999999999",
    )
    assert sql == 0


def test_a_negative_page_size(ask, site_tree):
    status, body, _ = ask("query Sitemap { sitemap(perPage: -1) { items { url } } }")

    assert status == 200
    assert body["data"] is None
    assert only_error(body) == (
        "PAGE_SIZE_EXCEEDED",
        "perPage must be between 1 and 1000, got -1.",
    )
