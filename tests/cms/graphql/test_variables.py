"""Variable values that do not fit their declared type: a request error with code
``BAD_USER_INPUT`` whose message shows the value as JSON (never Python's ``repr``), where in the
variable it is, and what the type allows."""

import json
import re

import pytest
from graphql import build_schema, get_operation_ast, parse
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cms.graphql.schema import schema as api_schema
from cms.graphql.variables import (
    MAX_ERRORS,
    MAX_VALUE_CHARS,
    coercion_errors,
    readable_literal_refusal,
)

IMAGE = "query Image($id: ID!) { image(id: $id) { id } }"
PROJECTS = "query Projects($status: ProjectStatus) { projects(status: $status) { items { id } } }"
PAGES = "query Pages($limit: PositiveInt) { pages(limit: $limit) { id } }"
#: What Python's repr writes and JSON does not.
PYTHON_REPR = re.compile(r"\bTrue\b|\bFalse\b|\bNone\b|\{'|\['|: '")


def errors_of(document: str, variables: dict, schema=None) -> list[tuple[str, str]]:
    schema = schema or api_schema.graphql_schema
    operation = get_operation_ast(parse(document))
    return [
        (error.extensions["code"], error.message)
        for error in coercion_errors(schema=schema, operation=operation, variables=variables)
    ]


class TestMessages:
    def test_an_object_for_an_id_is_shown_as_json(self):
        assert errors_of(IMAGE, {"id": {"a": 1, "b": [True, None]}}) == [
            (
                "BAD_USER_INPUT",
                """Variable '$id' got invalid value {"a": 1, "b": [true, null]}; expected a """
                "value of type 'ID!': a string or an integer, not null.",
            )
        ]

    def test_null_for_a_non_null_variable(self):
        assert errors_of(IMAGE, {"id": None}) == [
            (
                "BAD_USER_INPUT",
                "Variable '$id' got invalid value null; expected a value of type 'ID!': a "
                "string or an integer, not null.",
            )
        ]

    def test_a_missing_required_variable(self):
        assert errors_of(IMAGE, {}) == [
            (
                "BAD_USER_INPUT",
                "Variable '$id' of required type 'ID!' was not provided: send a string or an "
                "integer, not null.",
            )
        ]

    def test_an_unknown_enum_value_lists_the_allowed_ones(self):
        [(_code, message)] = errors_of(PROJECTS, {"status": "DONE"})
        assert message == (
            """Variable '$status' got invalid value "DONE"; expected a value of type """
            """'ProjectStatus': one of "PLANNED", "ONGOING", "COMPLETED"."""
        )

    def test_a_string_for_a_page_size(self):
        [(_code, message)] = errors_of(PAGES, {"limit": "ten"})
        assert message.endswith("expected a value of type 'PositiveInt': an integer of 0 or more.")

    def test_a_long_value_is_shortened(self):
        [(_code, message)] = errors_of(IMAGE, {"id": {"text": "x" * 1000}})
        value = message.removeprefix("Variable '$id' got invalid value ").split("; ")[0]
        assert len(value) == MAX_VALUE_CHARS
        assert value.endswith("…")

    def test_valid_values_have_no_errors(self):
        assert errors_of(IMAGE, {"id": "12"}) == []
        assert errors_of(IMAGE, {"id": 12}) == []
        assert errors_of(PROJECTS, {}) == []
        assert errors_of(PROJECTS, {"status": None}) == []


class TestNestedValues:
    """The API's arguments take no input objects or lists today; the messages for them are
    pinned on a small schema so that adding one keeps them readable."""

    SCHEMA = build_schema(
        """
        enum Colour { RED GREEN }
        input Filter { colour: Colour!, tags: [String!] }
        type Query { things(filter: Filter, ids: [Int!]): [String] }
        """
    )

    def test_an_item_of_a_list_names_its_index(self):
        errors = errors_of(
            "query Things($ids: [Int!]) { things(ids: $ids) }", {"ids": [1, None, "x"]}, self.SCHEMA
        )
        assert [message for _code, message in errors] == [
            "Variable '$ids' got invalid value null at 'ids[1]'; expected a value of type "
            "'Int!': an integer from -2147483648 to 2147483647, not null.",
            """Variable '$ids' got invalid value "x" at 'ids[2]'; expected a value of type """
            "'Int!': an integer from -2147483648 to 2147483647, not null.",
        ]

    def test_a_field_of_an_object_names_its_path(self):
        errors = errors_of(
            "query Things($filter: Filter) { things(filter: $filter) }",
            {"filter": {"colour": "BLUE", "tags": ["a", 2]}},
            self.SCHEMA,
        )
        assert [message for _code, message in errors] == [
            """Variable '$filter' got invalid value "BLUE" at 'filter.colour'; expected a """
            """value of type 'Colour!': one of "RED", "GREEN", not null.""",
            """Variable '$filter' got invalid value 2 at 'filter.tags[1]'; expected a value """
            "of type 'String!': a string, not null.",
        ]

    def test_an_unknown_field_is_named_with_the_fields_allowed(self):
        [(_code, message)] = errors_of(
            "query Things($filter: Filter) { things(filter: $filter) }",
            {"filter": {"colour": "RED", "size": 3}},
            self.SCHEMA,
        )
        assert message == (
            """Variable '$filter' got invalid value {"colour": "RED", "size": 3}; Field 'size' """
            "is not defined by type 'Filter'. Expected a value of type 'Filter': an object "
            "with the fields colour (Colour!), tags ([String!])."
        )

    def test_a_single_value_for_a_list_is_checked_as_an_item(self):
        [(_code, message)] = errors_of(
            "query Things($ids: [Int!]) { things(ids: $ids) }", {"ids": "x"}, self.SCHEMA
        )
        assert message.endswith(
            "expected a value of type 'Int!': an integer from -2147483648 to 2147483647, not null."
        )

    def test_errors_are_bounded(self):
        errors = errors_of(
            "query Things($ids: [Int!]) { things(ids: $ids) }", {"ids": ["x"] * 1000}, self.SCHEMA
        )
        assert len(errors) == MAX_ERRORS


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(value=JSON_VALUES)
# The message shows the value as JSON with non-ASCII characters as they are, not escaped.
@example(value={"\x7f": "True"})
def test_no_message_shows_a_python_repr(value):
    for document, name in ((IMAGE, "id"), (PROJECTS, "status"), (PAGES, "limit")):
        for code, message in errors_of(document, {name: value}):
            assert code == "BAD_USER_INPUT"
            shown = message.split(" got invalid value ", 1)[-1].split("; expected")[0]
            if len(shown) < MAX_VALUE_CHARS:
                assert json.loads(shown.split(" at '")[0]) == value
            as_shown = json.dumps(value, ensure_ascii=False)
            assert not PYTHON_REPR.search(message.replace(as_shown, "")), message


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "status"),
    [("application/json", 200), ("application/graphql-response+json", 400)],
)
def test_over_http_the_error_is_a_request_error(client, site_tree, accept, status, caplog):
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": PROJECTS, "variables": {"status": {"any": ["thing", True]}}}),
        content_type="application/json",
        HTTP_ACCEPT=accept,
    )

    assert response.status_code == status
    body = json.loads(response.content)
    assert "data" not in body
    [error] = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert """{"any": ["thing", true]}""" in error["message"]
    assert error["locations"] == [{"line": 1, "column": 16}]
    assert not [record for record in caplog.records if record.exc_info]


class TestLiterals:
    """A value written in the query itself, refused by graphene's date scalars (which print it
    with ``repr``)."""

    def test_a_date_literal_is_shown_as_json_with_the_format_expected(self, graphql, site_tree):
        answer = graphql(
            'query BadDay { events(locale: "sl", from: "2020-13-45", to: "2020-12-31") { start } }'
        )

        (error,) = answer["errors"]
        assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
        assert error["message"] == (
            'Date cannot represent value "2020-13-45": expected an ISO 8601 date string, such '
            'as "2026-12-07".'
        )
        assert not PYTHON_REPR.search(error["message"])

    @pytest.mark.parametrize(
        ("message", "readable"),
        [
            (
                "DateTime cannot represent value: 'yesterday'",
                'DateTime cannot represent value "yesterday": expected an ISO 8601 date and time '
                'string, such as "2026-12-07T18:00:00+01:00".',
            ),
            (
                'Int cannot represent non-integer value: "x"',
                'Int cannot represent non-integer value: "x"',
            ),
        ],
    )
    def test_only_repr_refusals_are_rewritten(self, message, readable):
        assert readable_literal_refusal(message) == readable
