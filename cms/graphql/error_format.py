"""How the endpoint words its errors: every error gets an ``extensions.code``, a client's
mistake a message naming what is allowed, and a server fault a generic message (logged here,
so no Python error text reaches clients)."""

import logging
import re
from typing import Any

from django.db import DataError
from graphene_django.views import HttpError
from graphql import GraphQLEnumType, GraphQLError, GraphQLSchema
from graphql.language.parser import MAX_NESTING_DEPTH
from graphql.validation.validate import ValidationAbortedError

from .errors import ErrorCode
from .variables import readable_literal_refusal

#: The endpoint's logger: operators filter on it.
logger = logging.getLogger("cms.graphql.views")

_UNKNOWN_ENUM_VALUE = re.compile(r"does not exist in '(?P<enum>\w+)' enum")


def format_error(error, *, schema: GraphQLSchema) -> dict[str, Any]:
    """Every error gets an ``extensions.code``. A failure inside the server is logged and
    answered with a generic message, so no Python error text reaches clients."""
    if isinstance(error, HttpError):
        # graphene-django's own refusals, such as a method other than GET and POST.
        return {"message": error.message, "extensions": {"code": ErrorCode.BAD_REQUEST.value}}
    if not isinstance(error, GraphQLError):
        logger.error("GraphQL request failed", exc_info=error)
        return {
            "message": "Internal server error.",
            "extensions": {"code": ErrorCode.INTERNAL_SERVER_ERROR.value},
        }
    formatted = error.formatted
    extensions = formatted.setdefault("extensions", {})
    if "code" in extensions:
        return formatted
    original = error.original_error
    if original is not None and not isinstance(original, GraphQLError) and not error.path:
        return _unparsable_value(formatted, original)
    if isinstance(original, DataError):
        # The database refused a value the request carries (PostgreSQL's "out of range").
        logger.warning("GraphQL value refused by the database: %s", original)
        formatted["message"] = "A value in the request is outside what the database can hold."
        extensions["code"] = ErrorCode.BAD_USER_INPUT.value
        return formatted
    # Raised while executing (it has a path) but not by our code: a server fault, such as a
    # value its type cannot represent.
    unexpected = original is None and bool(error.path)
    if unexpected or (original is not None and not isinstance(original, GraphQLError)):
        logger.error("GraphQL resolver failed: %s", error.message, exc_info=original)
        formatted["message"] = "Internal server error."
        extensions["code"] = ErrorCode.INTERNAL_SERVER_ERROR.value
    elif formatted["message"].startswith("GraphQL introspection has been disabled"):
        formatted["message"] += (
            " The schema is published as frontend_contract/schema.graphql instead."
        )
        extensions["code"] = ErrorCode.INTROSPECTION_DISABLED.value
    elif formatted["message"].startswith("Syntax Error"):
        extensions["code"] = ErrorCode.GRAPHQL_PARSE_FAILED.value
    elif isinstance(error, ValidationAbortedError) and formatted["message"] == (
        "Validation aborted."
    ):
        # graphql-core stops when fragments nest deeper than it can validate.
        formatted["message"] = (
            "The query nests fields and fragments too deeply to be validated: "
            f"at most {MAX_NESTING_DEPTH} levels."
        )
        extensions["code"] = ErrorCode.QUERY_TOO_DEEP.value
    else:
        extensions["code"] = ErrorCode.GRAPHQL_VALIDATION_FAILED.value
        message = readable_literal_refusal(formatted["message"])
        formatted["message"] = _with_allowed_enum_values(message, schema=schema)
    return formatted


def _unparsable_value(formatted: dict[str, Any], original: Exception) -> dict[str, Any]:
    """A literal its scalar's parser raised on, such as ``limit: "x"`` for grapple's
    ``PositiveInt``: the client's mistake, answered without the parser's Python error text
    (graphql-core appends it after "; ")."""
    logger.info("GraphQL scalar parser failed: %s", formatted["message"])
    message, python_text = formatted["message"], f"; {original}"
    if message.endswith(python_text):
        message = message.removesuffix(python_text) + "."
    else:
        message = "A value in the query is not valid for its type."
    formatted["message"] = message
    formatted["extensions"]["code"] = ErrorCode.GRAPHQL_VALIDATION_FAILED.value
    return formatted


def _with_allowed_enum_values(message: str, *, schema: GraphQLSchema) -> str:
    match = _UNKNOWN_ENUM_VALUE.search(message)
    if match is None:
        return message
    enum = schema.get_type(match["enum"])
    if not isinstance(enum, GraphQLEnumType):
        return message
    return f"{message} Allowed values: {', '.join(enum.values)}."
