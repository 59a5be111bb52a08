"""Queries that would cost the server too much are refused before they run."""

import pytest


def _nested_children(depth: int) -> str:
    selection = "title"
    for _ in range(depth):
        selection = f"children {{ {selection} }}"
    return f"query DeepTree {{ pages {{ title {selection} }} }}"


@pytest.mark.django_db
def test_query_deeper_than_the_limit_is_refused(graphql, site_tree, settings):
    result = graphql(_nested_children(settings.HEADLESS_MAX_QUERY_DEPTH + 1))
    assert "data" not in result or result["data"] is None
    assert "exceeds maximum operation depth" in result["errors"][0]["message"]


@pytest.mark.django_db
def test_query_within_the_depth_limit_runs(graphql, site_tree, settings):
    result = graphql(_nested_children(settings.HEADLESS_MAX_QUERY_DEPTH - 2))
    assert "errors" not in result
    assert result["data"]["pages"][0]["title"] == "Domov"


@pytest.mark.django_db
def test_nested_list_limit_is_checked(graphql, site_tree):
    result = graphql(
        'query BigChildren { page(slug: "domov") { children(limit: 1000) { title } } }'
    )
    assert result["errors"][0]["extensions"]["code"] == "PAGE_SIZE_EXCEEDED"


@pytest.mark.django_db
def test_unknown_fields_and_arguments_are_still_validated(graphql, site_tree):
    # graphene-django's validation_rules replace graphql-core's standard rules; they must stay.
    assert graphql("query Nope { pages { nope } }")["errors"]
    assert graphql("query Nope { pages(nope: 1) { title } }")["errors"]
