"""Every error carries ``extensions.code``; nothing from inside the server reaches a client."""

import pytest

pytestmark = pytest.mark.django_db


def test_syntax_error_has_a_code(graphql, site_tree):
    error = graphql("query Broken { pages { title ")["errors"][0]
    assert error["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"


def test_unknown_field_has_a_code(graphql, site_tree):
    error = graphql("query Unknown { pages { nope } }")["errors"][0]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "nope" in error["message"]


def test_unknown_enum_value_names_the_allowed_values(graphql, site_tree):
    error = graphql("query Projects { projects(order: NEWEST) { pagination { total } } }")[
        "errors"
    ][0]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert error["message"].endswith("Allowed values: START_DESC, START_ASC, TITLE.")


def test_too_deep_query_has_its_own_code(graphql, site_tree, settings):
    selection = "title"
    for _ in range(settings.HEADLESS_MAX_QUERY_DEPTH + 1):
        selection = f"children {{ {selection} }}"
    error = graphql(f"query Deep {{ pages {{ {selection} }} }}")["errors"][0]
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"


def test_server_failure_is_logged_not_shown(graphql, site_tree, monkeypatch, caplog):
    def broken(**kwargs):
        raise RuntimeError("password=hunter2 in /srv/cms/settings.py")

    monkeypatch.setattr("cms.graphql.queries.public_pages", broken)
    result = graphql("query Pages { pages { title } }")
    error = result["errors"][0]
    assert error["message"] == "Internal server error."
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert "hunter2" not in str(result)
    assert "hunter2" in caplog.text


def test_a_literal_its_scalar_cannot_parse_logs_one_line(graphql, site_tree, caplog):
    caplog.set_level("DEBUG", logger="cms.graphql.views")
    error = graphql('query Page { page(translationKey: "nope") { title } }')["errors"][0]

    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    records = [record for record in caplog.records if record.name == "cms.graphql.views"]
    assert len(records) == 1
    assert records[0].exc_info is None
    assert "Traceback" not in caplog.text


def test_a_value_the_database_refuses_is_the_clients(graphql, site_tree, monkeypatch, caplog):
    from django.db import DataError

    def refuse(**kwargs):
        raise DataError("integer out of range")

    monkeypatch.setattr("cms.graphql.queries.public_pages", refuse)
    result = graphql("query Pages { pages { title } }")

    [error] = result["errors"]
    assert error == {
        "message": "A value in the request is outside what the database can hold.",
        "locations": [{"line": 1, "column": 15}],
        "path": ["pages"],
        "extensions": {"code": "BAD_USER_INPUT"},
    }
    assert [record.exc_info for record in caplog.records] == [None]
    assert "integer out of range" in caplog.text
