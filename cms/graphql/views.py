"""The GraphQL endpoint: grapple's schema behind graphene-django's view, with limits and
errors a client can act on."""

import logging
import re

from django.conf import settings
from graphene.validation import depth_limit_validator
from graphene_django.views import GraphQLView
from graphql import GraphQLEnumType, GraphQLError, specified_rules

from .errors import ErrorCode

logger = logging.getLogger(__name__)

_UNKNOWN_ENUM_VALUE = re.compile(r"does not exist in '(?P<enum>\w+)' enum")


class HeadlessGraphQLView(GraphQLView):
    """graphene-django's view with the standard validation rules plus a depth limit.

    ``validation_rules`` replaces graphql-core's rules rather than adding to them, so the
    standard ones are listed explicitly.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("graphiql", getattr(settings, "HEADLESS_GRAPHIQL", False))
        kwargs.setdefault(
            "validation_rules",
            (
                *specified_rules,
                depth_limit_validator(max_depth=getattr(settings, "HEADLESS_MAX_QUERY_DEPTH", 10)),
            ),
        )
        super().__init__(**kwargs)

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if not response.get("Content-Type", "").startswith("text/html"):
            # graphene-django asks for a CSRF cookie on every answer (GraphiQL needs one); API
            # answers must set no cookie, or shared caches cannot store them.
            request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
            response.cookies.pop(settings.CSRF_COOKIE_NAME, None)
        return response

    def format_error(self, error):
        """Every error gets an ``extensions.code``. A failure inside the server is logged and
        answered with a generic message, so no Python error text reaches clients."""
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
        # Raised while executing (it has a path) but not by our code: a server fault, such as a
        # value its type cannot represent.
        unexpected = original is None and bool(error.path)
        if unexpected or (original is not None and not isinstance(original, GraphQLError)):
            logger.error("GraphQL resolver failed: %s", error.message, exc_info=original)
            formatted["message"] = "Internal server error."
            extensions["code"] = ErrorCode.INTERNAL_SERVER_ERROR.value
        elif formatted["message"].startswith("Syntax Error"):
            extensions["code"] = ErrorCode.GRAPHQL_PARSE_FAILED.value
        elif "exceeds maximum operation depth" in formatted["message"]:
            extensions["code"] = ErrorCode.QUERY_TOO_DEEP.value
        else:
            extensions["code"] = ErrorCode.GRAPHQL_VALIDATION_FAILED.value
            formatted["message"] = self._with_allowed_enum_values(formatted["message"])
        return formatted

    def _with_allowed_enum_values(self, message: str) -> str:
        match = _UNKNOWN_ENUM_VALUE.search(message)
        if match is None:
            return message
        enum = self.schema.graphql_schema.get_type(match["enum"])
        if not isinstance(enum, GraphQLEnumType):
            return message
        return f"{message} Allowed values: {', '.join(enum.values)}."
