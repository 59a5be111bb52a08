"""What a client sees when the server itself fails (Django's ``handler500``).

API clients get an answer in their own format, never Django's HTML page: a GraphQL-shaped
error for ``/graphql/``, plain text for the iCalendar feeds. A database that cannot be reached
is a 503 with ``Retry-After``, so load balancers and clients retry later instead of reporting
a bug.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.views.defaults import server_error as django_server_error

from cms.graphql.errors import (
    DATABASE_RETRY_AFTER,
    ErrorCode,
    RequestError,
    database_unavailable,
    error_response,
    search_syntax_error,
)


def database_unreachable(error: BaseException | None) -> bool:
    """SQLite reports a search it cannot parse as an ``OperationalError`` too: that is not
    an outage."""
    return isinstance(error, OperationalError | InterfaceError) and not search_syntax_error(error)


def server_error(request, *args, **kwargs):
    unavailable = database_unreachable(sys.exc_info()[1])
    if request.path_info.startswith("/graphql"):
        if unavailable:
            return error_response(database_unavailable())
        return error_response(
            RequestError("Internal server error.", code=ErrorCode.INTERNAL_SERVER_ERROR, status=500)
        )
    if request.path_info.endswith(".ics"):
        message = "Temporarily unavailable." if unavailable else "Internal server error."
        response = HttpResponse(
            message, status=503 if unavailable else 500, content_type="text/plain"
        )
    else:
        response = django_server_error(request, *args, **kwargs)
        if unavailable:
            response.status_code = 503
    if unavailable:
        response["Retry-After"] = str(DATABASE_RETRY_AFTER)
    return response
