"""What a client sees when the server itself fails (Django's ``handler500``).

API clients get an answer in their own format, never Django's HTML page: a GraphQL-shaped
error for ``/graphql/``, plain text for the iCalendar feeds. A database that cannot be reached
is a 503 with ``Retry-After``, so load balancers and clients retry later instead of reporting
a bug.
"""

import json
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.views.defaults import server_error as django_server_error

from cms.graphql.errors import ErrorCode

RETRY_AFTER_SECONDS = 30


def database_unreachable(error: BaseException | None) -> bool:
    return isinstance(error, OperationalError | InterfaceError)


def unavailable_graphql_response() -> HttpResponse:
    error = {
        "message": "The service is temporarily unavailable: its database cannot be reached. "
        f"Retry in {RETRY_AFTER_SECONDS} seconds.",
        "extensions": {"code": ErrorCode.SERVICE_UNAVAILABLE},
    }
    response = HttpResponse(
        json.dumps({"errors": [error]}), status=503, content_type="application/json"
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request, *args, **kwargs):
    unavailable = database_unreachable(sys.exc_info()[1])
    if request.path_info.startswith("/graphql"):
        if unavailable:
            return unavailable_graphql_response()
        error = {
            "message": "Internal server error.",
            "extensions": {"code": ErrorCode.INTERNAL_SERVER_ERROR},
        }
        return HttpResponse(
            json.dumps({"errors": [error]}), status=500, content_type="application/json"
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
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
