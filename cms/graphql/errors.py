"""Errors a GraphQL client can act on: a readable message plus a stable ``extensions.code``."""

import json
from enum import StrEnum

from django.db import DatabaseError
from django.http import HttpResponse
from graphql import GraphQLError


class ErrorCode(StrEnum):
    """Values of ``extensions.code``; part of the frontend contract, so only ever add to it."""

    BAD_USER_INPUT = "BAD_USER_INPUT"
    UNKNOWN_LOCALE = "UNKNOWN_LOCALE"
    PAGE_SIZE_EXCEEDED = "PAGE_SIZE_EXCEEDED"
    PAGE_OUT_OF_RANGE = "PAGE_OUT_OF_RANGE"
    QUERY_TOO_DEEP = "QUERY_TOO_DEEP"
    QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY"
    TOO_MANY_ALIASES = "TOO_MANY_ALIASES"
    TOO_MANY_ROOT_FIELDS = "TOO_MANY_ROOT_FIELDS"
    FIELD_REPEATED_TOO_OFTEN = "FIELD_REPEATED_TOO_OFTEN"
    DOCUMENT_TOO_LARGE = "DOCUMENT_TOO_LARGE"
    AMBIGUOUS_LOOKUP = "AMBIGUOUS_LOOKUP"
    PREVIEW_TOKEN_INVALID = "PREVIEW_TOKEN_INVALID"
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
    PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH"
    PERSISTED_QUERY_REQUIRED = "PERSISTED_QUERY_REQUIRED"
    PERSISTED_QUERY_NOT_SUPPORTED = "PERSISTED_QUERY_NOT_SUPPORTED"
    BAD_REQUEST = "BAD_REQUEST"
    RATE_LIMITED = "RATE_LIMITED"
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED"


class ApiError(GraphQLError):
    """A GraphQL error caused by the request, never by the server."""

    def __init__(self, message: str, *, code: ErrorCode = ErrorCode.BAD_USER_INPUT):
        super().__init__(message, extensions={"code": str(code)})


class RequestError(ApiError):
    """A request refused before its document runs, answered with its own HTTP status.

    Raised while reading the request (body, parameters, persisted query), where there is no
    execution result to carry the error; ``headers`` are added to the answer.
    """

    def __init__(
        self,
        message: str,
        *,
        code: ErrorCode = ErrorCode.BAD_REQUEST,
        status: int = 400,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message, code=code)
        self.status = status
        self.headers = headers or {}


def error_response(error: RequestError) -> HttpResponse:
    """A request refused before its document runs: GraphQL's ``errors`` shape, with the
    error's HTTP status and headers. Also for refusals made outside the view (rate limit,
    ``handler500``), so every answer at /graphql/ has the same form."""
    response = HttpResponse(
        json.dumps({"errors": [error.formatted]}),
        content_type="application/json",
        status=error.status,
    )
    for header, value in error.headers.items():
        response[header] = value
    return response


#: Seconds a client is asked to wait when the database cannot be reached (HTTP 503).
DATABASE_RETRY_AFTER = 30


def database_unavailable() -> RequestError:
    return RequestError(
        "The service is temporarily unavailable: its database cannot be reached. "
        f"Retry in {DATABASE_RETRY_AFTER} seconds.",
        code=ErrorCode.SERVICE_UNAVAILABLE,
        status=503,
        headers={"Retry-After": str(DATABASE_RETRY_AFTER)},
    )


SEARCH_TEXT_REFUSED = (
    "The search text could not be read: search for words, without quotes or operators."
)


#: What SQLite's FTS5 says of a MATCH expression it cannot parse.
FTS5_SYNTAX_ERRORS = ("fts5: syntax error", "unterminated string", "fts5: parser stack overflow")


def search_syntax_error(error: BaseException | None) -> bool:
    """The search backend could not parse the query it built from a client's search text
    (SQLite's FTS5 raises an ``OperationalError``, PostgreSQL a "syntax error in tsquery"):
    the client's input, answered ``BAD_USER_INPUT``, not a database that cannot be reached."""
    if not isinstance(error, DatabaseError):
        return False
    text = str(error)
    return text.startswith(FTS5_SYNTAX_ERRORS) or text.startswith("syntax error in tsquery")
