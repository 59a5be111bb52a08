"""Variable values a client sent that do not fit their declared types, answered in the client's
terms: the value as JSON, where in the variable it is, and what the type allows.

graphql-core's own messages print the value with Python's ``repr`` (``{'a': 1}``, ``True``,
``None``) and say what is wrong without saying what would be right; a frontend developer reads
JSON. This module runs the same coercion (graphql-core's ``coerce_input_value``) before
execution, with its own error callback, so that the value is still at hand to be shown as JSON.
"""

import ast
import json
import re
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    GraphQLSchema,
    OperationDefinitionNode,
    coerce_input_value,
    get_nullable_type,
    is_input_type,
    type_from_ast,
)

from .errors import ErrorCode

#: What a value of each scalar the schema takes as an argument looks like in JSON.
SCALARS = {
    "ID": "a string or an integer",
    "String": "a string",
    "Int": "an integer from -2147483648 to 2147483647",
    "Float": "a number",
    "Boolean": "true or false",
    "PositiveInt": "an integer of 0 or more",
    "UUID": 'a UUID string, such as "8d3f5a2e-0c1b-4e6f-9a7d-2b4c6e8f0a1c"',
    "Date": 'an ISO 8601 date string, such as "2026-12-07"',
    "DateTime": 'an ISO 8601 date and time string, such as "2026-12-07T18:00:00+01:00"',
    "JSONString": "a string holding JSON",
}
#: Errors reported for one request's variables at most: a list of a thousand wrong items is
#: answered with the first few.
MAX_ERRORS = 10
#: Characters of an invalid value the message repeats.
MAX_VALUE_CHARS = 80


#: graphene's date and time scalars refuse a literal with the value's Python ``repr``.
_REPR_REFUSAL = re.compile(r"^(?P<scalar>Date|DateTime|Time) cannot represent value: (?P<repr>.+)$")


def readable_literal_refusal(message: str) -> str:
    """``message`` of a scalar that refused a literal written in the query, with the value as
    JSON and what the scalar takes: ``Date cannot represent value "2020-13-45": expected an ISO
    8601 date string, such as "2026-12-07".`` Other messages are returned as they are."""
    match = _REPR_REFUSAL.match(message)
    if match is None:
        return message
    try:
        value = json.dumps(ast.literal_eval(match["repr"]), ensure_ascii=False)
    except (ValueError, SyntaxError, TypeError):
        value = "in the query"
    expected = SCALARS.get(match["scalar"], f"a {match['scalar']}")
    return f"{match['scalar']} cannot represent value {value}: expected {expected}."


class _TooManyErrors(Exception):
    pass


def coercion_errors(
    *, schema: GraphQLSchema, operation: OperationDefinitionNode, variables: dict[str, Any]
) -> list[GraphQLError]:
    """The errors of ``variables`` against ``operation``'s variable definitions, each with
    ``extensions.code`` ``BAD_USER_INPUT``; empty when graphql-core will coerce them."""
    errors: list[GraphQLError] = []

    def report(message: str, node) -> None:
        errors.append(
            GraphQLError(message, node, extensions={"code": ErrorCode.BAD_USER_INPUT.value})
        )
        if len(errors) >= MAX_ERRORS:
            raise _TooManyErrors

    try:
        for definition in operation.variable_definitions:
            name = definition.variable.name.value
            type_ = type_from_ast(schema, definition.type)
            if type_ is None or not is_input_type(type_):
                continue  # standard validation refuses the document first
            if name not in variables:
                if definition.default_value is None and isinstance(type_, GraphQLNonNull):
                    report(
                        f"Variable '${name}' of required type '{type_}' was not provided: "
                        f"send {describe(type_)}.",
                        definition,
                    )
                continue

            def on_error(path, invalid_value, error, name=name, type_=type_, node=definition):
                report(_message(name, type_, path, invalid_value, error), node)

            coerce_input_value(variables[name], type_, on_error)
    except _TooManyErrors:
        pass
    except RecursionError:
        errors.clear()  # graphql-core refuses values nested this deeply by itself
    return errors


def describe(type_: GraphQLInputType) -> str:
    """What a JSON value of ``type_`` looks like, for a reader."""
    if isinstance(type_, GraphQLNonNull):
        return f"{describe(type_.of_type)}, not null"
    if isinstance(type_, GraphQLList):
        return f"a list, each item {describe(type_.of_type)}"
    if isinstance(type_, GraphQLEnumType):
        return "one of " + ", ".join(json.dumps(value) for value in type_.values)
    if isinstance(type_, GraphQLInputObjectType):
        fields = ", ".join(f"{name} ({field.type})" for name, field in type_.fields.items())
        return f"an object with the fields {fields}"
    if isinstance(type_, GraphQLScalarType):
        return SCALARS.get(type_.name, f"a {type_.name} value")
    return f"a {type_} value"


def as_json(value: Any) -> str:
    """``value`` as JSON, shortened to ``MAX_VALUE_CHARS``."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1] + "…"
    return text


def _message(name: str, type_, path: list, invalid_value: Any, error: GraphQLError) -> str:
    where = f" at '{name}{_printed(path)}'" if path else ""
    expected = _type_at(type_, path, invalid_value)
    text = f"Variable '${name}' got invalid value {as_json(invalid_value)}{where}; "
    allowed = f"a value of type '{expected}': {describe(expected)}."
    # The input object's own messages name a field and its type, and repeat no value.
    if isinstance(get_nullable_type(expected), GraphQLInputObjectType) and (
        error.message.startswith("Field '")
    ):
        return f"{text}{error.message} Expected {allowed}"
    return f"{text}expected {allowed}"


def _type_at(type_, path: list, invalid_value: Any):
    """The type of the value at ``path`` inside a variable of ``type_``."""
    for key in path:
        type_ = get_nullable_type(type_)
        while isinstance(type_, GraphQLList) and not isinstance(key, int):
            type_ = get_nullable_type(type_.of_type)  # a single value given for a list
        type_ = type_.of_type if isinstance(key, int) else type_.fields[key].type
    # Lists take a single value as a list of one: that value is checked as an item.
    while (
        isinstance(get_nullable_type(type_), GraphQLList)
        and invalid_value is not None
        and not isinstance(invalid_value, list)
    ):
        type_ = get_nullable_type(type_).of_type
    return type_


def _printed(path: list) -> str:
    return "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path)
