"""Introspection is on for development tools and can be switched off (the default in
production): the schema is published in the frontend contract instead."""

import pytest

SCHEMA_TYPES = "query SchemaTypes { __schema { types { name } } }"
PAGE_TYPE = 'query PageType { __type(name: "ProjectPage") { name } }'
TYPENAME = 'query PageTypename { page(urlPath: "/") { __typename title } }'


@pytest.mark.django_db
def test_introspection_answers_by_default(graphql, site_tree):
    names = {entry["name"] for entry in graphql(SCHEMA_TYPES)["data"]["__schema"]["types"]}
    assert "ProjectPage" in names


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "field"), [(SCHEMA_TYPES, "__schema"), (PAGE_TYPE, "__type")])
def test_switched_off_introspection_is_refused_with_where_to_look(
    graphql, site_tree, settings, query, field
):
    settings.HEADLESS_INTROSPECTION = False

    error = graphql(query)["errors"][0]

    assert error["extensions"]["code"] == "INTROSPECTION_DISABLED"
    assert error["message"] == (
        "GraphQL introspection has been disabled, but the requested query contained the field "
        f"'{field}'. The schema is published as frontend_contract/schema.graphql instead."
    )


@pytest.mark.django_db
def test_typename_still_answers_without_introspection(graphql, site_tree, settings):
    settings.HEADLESS_INTROSPECTION = False

    assert graphql(TYPENAME)["data"]["page"] == {"__typename": "HomePage", "title": "Domov"}
