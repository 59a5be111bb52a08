"""The GraphQL endpoint: grapple's schema behind graphene-django's view, with limits, persisted
operations, GraphQL over HTTP's media types, and errors a client can act on."""

import json
import logging
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from graphene_django.views import GraphQLView
from graphql import (
    DocumentNode,
    ExecutionResult,
    GraphQLError,
    GraphQLSchema,
    OperationType,
    execute,
    get_operation_ast,
    parse,
    specified_rules,
    validate,
)
from graphql.validation import NoSchemaIntrospectionCustomRule

from cms.content.bounds import lone_surrogate, surrogate_message
from cms.content.context import serving
from cms.content.selectors import public_pages_snapshot

from . import bounds, caching, caching_documents, caching_http, limits, persisted
from .conf import api_settings
from .context import begin, graphql_context
from .error_format import format_error
from .errors import (
    SEARCH_TEXT_REFUSED,
    ErrorCode,
    RequestError,
    database_unavailable,
    error_response,
    search_syntax_error,
)
from .variables import coercion_errors

logger = logging.getLogger(__name__)

#: graphene-django's dispatch without its ensure_csrf_cookie wrapper.
_GRAPHENE_DISPATCH = GraphQLView.dispatch.__wrapped__

JSON = "application/json"
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
REQUEST_MEDIA_TYPES = (JSON, "application/graphql")


def response_media_type(request: HttpRequest) -> str:
    """``application/graphql-response+json`` when the ``Accept`` header ranks it above
    ``application/json``; otherwise ``application/json``, which GraphQL over HTTP keeps as the
    default for clients that predate the new type."""
    ranked = []
    for position, media_range in enumerate(request.headers.get("Accept", "").split(",")):
        media_type, *parameters = (part.strip().lower() for part in media_range.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media_type))
    for _quality, _position, media_type in sorted(ranked):
        if media_type == GRAPHQL_RESPONSE_JSON:
            return GRAPHQL_RESPONSE_JSON
        if media_type in (JSON, "application/*", "*/*"):
            return JSON
    return JSON


def answer_content_type(request: HttpRequest) -> str:
    """The ``Content-Type`` of a GraphQL answer to ``request``."""
    return _content_type_of(response_media_type(request))


def _content_type_of(media_type: str) -> str:
    return f"{media_type}; charset=utf-8" if media_type == GRAPHQL_RESPONSE_JSON else JSON


def _answer_types(request: HttpRequest) -> tuple[str, str]:
    """``response_media_type`` and ``answer_content_type`` of ``request``, read once."""
    context = graphql_context(request)
    if context.answer_types is None:
        media_type = response_media_type(request)
        context.answer_types = (media_type, _content_type_of(media_type))
    return context.answer_types


def _has_request_errors(result: ExecutionResult) -> bool:
    """Errors without a path stopped the request before any field ran (graphene-django answers
    them with 400); errors with one belong to a field."""
    return any(not getattr(error, "path", None) for error in result.errors or ())


#: How many documents keep their parse and standard validation in each process.
PARSED_DOCUMENTS = 256
MAX_VALIDATION_ERRORS = 100


@lru_cache(maxsize=PARSED_DOCUMENTS)
def parsed_document(query: str) -> DocumentNode:
    """``query`` parsed, once per process (a syntax error is raised again each time)."""
    return parse(query)


@lru_cache(maxsize=PARSED_DOCUMENTS)
def standard_validation_errors(schema: GraphQLSchema, query: str) -> tuple[GraphQLError, ...]:
    """graphql-core's standard validation of ``query`` against ``schema``, once per process:
    its result depends on nothing else."""
    return tuple(validate(schema, parsed_document(query), specified_rules, MAX_VALIDATION_ERRORS))


class HeadlessGraphQLView(GraphQLView):
    """graphene-django's view with the standard validation rules plus limits on what a query
    may cost (``limits``), persisted queries (``persisted``), and GraphQL over HTTP's request
    checks and response media types.

    ``validation_rules`` replaces graphql-core's rules rather than adding to them, so the
    standard ones are listed explicitly; the limits, which depend on the request's variables,
    are set per request, before them. A request that cannot run is refused with a
    ``RequestError`` rather than graphene-django's plain-text ``HttpError`` messages, so every
    answer has a GraphQL ``errors`` body with a code. What the hooks learn about a request
    travels in its ``GraphQLRequestContext`` (``context``), made as the request arrives.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("graphiql", api_settings().graphiql)
        super().__init__(**kwargs)

    def dispatch(self, request, *args, **kwargs):
        context = begin(request)
        # graphene-django's dispatch is wrapped in ensure_csrf_cookie, which makes a CSRF token
        # on every request; only GraphiQL's HTML page uses it (API answers drop the cookie
        # below). A request that cannot get that page skips the wrapper and its token.
        try:
            if self.graphiql and self.request_wants_html(request):
                response = super().dispatch(request, *args, **kwargs)
            else:
                response = _GRAPHENE_DISPATCH(self, request, *args, **kwargs)
                if not settings.CSRF_USE_SESSIONS:
                    # What the cookie's wrapper said, first, as it did: the answer varies with
                    # the session cookie (a signed-in editor's is not everyone's).
                    patch_vary_headers(response, ["Cookie"])
        except RequestError as error:
            response = error_response(error)
        if context.requested_locale is not None:
            # The answer is in the language the query asked for (LocaleMiddleware would name
            # the URL's, which for this endpoint is always the default language).
            response.headers.setdefault("Content-Language", context.requested_locale.language_code)
        # The answer's media type, and GraphiQL or not, depend on Accept.
        patch_vary_headers(response, ["Accept"])
        if not response.get("Content-Type", "").startswith("text/html"):
            response["Content-Type"] = _answer_types(request)[1]
            # graphene-django asks for a CSRF cookie on every answer (GraphiQL needs one); API
            # answers must set no cookie, or shared caches cannot store them.
            request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
            response.cookies.pop(settings.CSRF_COOKIE_NAME, None)
            response = self._http_caching(request, response)
        return response

    def _http_caching(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        """Public GET answers get an ETag and Cache-Control for browsers and CDNs (and 304
        for a matching If-None-Match); everything else must not be stored by anyone."""
        context = graphql_context(request)
        if caching.response_cache_enabled():
            response["X-Cache"] = context.cache_status
        # Browsers cache per Origin too when CORS headers are in play (django-cors-headers).
        caching_http.vary_on(response, ["Origin"])
        if request.method == "GET" and context.cacheable_answer and response.status_code == 200:
            return caching_http.public_response(request, response)
        return caching_http.private_response(response)

    def get_response(self, request, data, show_graphiql=False):
        """graphene-django's, behind the response cache (``caching``) for anonymous queries."""
        query, variables, operation_name, _id = self.get_graphql_params(request, data)
        context = graphql_context(request)
        public = not show_graphiql and caching_documents.is_public(request, query, variables)
        cached = None
        if public:
            cached = caching.cached_query(
                request,
                query=query,
                variables=variables,
                operation_name=operation_name,
                persisted_hash=context.persisted_hash,
                media_type=_answer_types(request)[0],
                content_type=_answer_types(request)[1],
            )
        if cached is None:
            result, status_code = super().get_response(request, data, show_graphiql)
        elif (body := cached.lookup()) is not None:
            context.cache_status = "HIT"
            result, status_code = body, 200
            context.execution_ok = True
            if context.register_as:  # the APQ registration expired before the cached answer
                persisted.register(context.register_as, query)
        else:
            with cached.collecting(request):
                result, status_code = super().get_response(request, data, show_graphiql)
            if status_code == 200 and context.execution_ok and isinstance(result, str):
                cached.store(result)
        if status_code == 400 and _answer_types(request)[0] == JSON:
            # A request error (parse, validation, the operation, its variables): GraphQL over
            # HTTP answers it 400 in application/graphql-response+json but 200 in the legacy
            # application/json, whose clients read a GraphQL body from 2xx answers only.
            status_code = 200
        context.cacheable_answer = public and status_code == 200 and context.execution_ok
        return result, status_code

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        """The POST body as request parameters: a JSON object, or an ``application/graphql``
        document. Form posts are refused: browsers send them cross-origin without asking."""
        if request.method != "POST":
            return {}
        content_type = self.get_content_type(request)
        if content_type not in REQUEST_MEDIA_TYPES:
            raise RequestError(
                f"Unsupported Content-Type {content_type or '(none)'}: POST the request as "
                "application/json (an object with query, variables, operationName and "
                "extensions) or as application/graphql (the document alone).",
                status=415,
            )
        try:
            raw = request.body
        except RequestDataTooBig:
            raise RequestError(
                f"The request body is over {settings.DATA_UPLOAD_MAX_MEMORY_SIZE:,} bytes, more "
                "than the server reads (DATA_UPLOAD_MAX_MEMORY_SIZE). Send a smaller document, or "
                "a persisted operation by its hash.",
                code=ErrorCode.DOCUMENT_TOO_LARGE,
                status=413,
            ) from None
        bounds.check_body_size(len(raw))
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise RequestError("The request body is not valid UTF-8.") from None
        if not body.strip():
            raise RequestError(
                "The request body is empty: POST a JSON object with the GraphQL document as "
                "query, or its hash as extensions.persistedQuery."
            )
        if content_type != JSON:
            return {"query": body}
        bounds.check_json_depth(body, name="The request body")
        try:
            data = json.loads(body)
        except ValueError:
            raise RequestError("The request body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise RequestError(
                "The request body must be a JSON object with query (or "
                "extensions.persistedQuery), variables and operationName."
            )
        return data

    def get_graphql_params(self, request: HttpRequest, data: dict[str, Any]):
        """``query``, ``variables`` and ``operationName`` as graphene-django reads them (the URL's
        query string first, then the body), checked, with the persisted query resolved. Read
        once per request (the response cache reads them before graphene-django does)."""
        context = graphql_context(request)
        if context.params is None:
            context.params = self._read_graphql_params(request, data)
        return context.params

    def _read_graphql_params(self, request: HttpRequest, data: dict[str, Any]):
        def param(name: str) -> Any:
            return request.GET.get(name) or data.get(name)

        query = param("query") or None
        if query is not None and not isinstance(query, str):
            raise RequestError("query must be a string holding a GraphQL document.")
        if query is not None:
            limits.check_document_size(query)
            _check_encodable(query, "query")
        variables = _json_object(
            param("variables"), "variables", "a JSON object mapping variable names to values"
        )
        extensions = _json_object(
            param("extensions"), "extensions", 'a JSON object, such as {"persistedQuery": ...}'
        )
        operation_name = param("operationName")
        if operation_name == "null":
            operation_name = None
        if operation_name is not None and not isinstance(operation_name, str):
            raise RequestError("operationName must be a string naming an operation of the query.")
        if operation_name is not None:
            _check_encodable(operation_name, "operationName")

        document = persisted.resolve(query, extensions)
        if document.text is None:
            raise RequestError(
                "The request has no query: send the GraphQL document as query, or its SHA-256 "
                'hash as extensions.persistedQuery = {"version": 1, "sha256Hash": "..."}.'
            )
        context = graphql_context(request)
        context.register_as = document.register_as
        if (extensions or {}).get("persistedQuery") is not None:
            context.persisted_hash = str(extensions["persistedQuery"].get("sha256Hash")).lower()
        return document.text, variables, operation_name, param("id")

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        if request.method == "GET":
            self._refuse_other_than_query(query, operation_name)
        if not query:
            result = super().execute_graphql_request(
                request, data, query, variables, operation_name, show_graphiql
            )
        else:
            # The API only reads, so one snapshot of the hidden sections serves the whole query.
            # Rich text renders with no request at hand: it reads the context made current.
            with public_pages_snapshot(), serving(graphql_context(request)):
                result = self._execute(request, query, variables, operation_name)
        if result is not None and result.errors:
            result.errors = [_as_client_error(error) for error in result.errors]
        if result is not None and any(
            isinstance(error.original_error, OperationalError | InterfaceError)
            for error in result.errors or ()
        ):
            raise database_unavailable()
        context = graphql_context(request)
        context.execution_ok = result is not None and not result.errors
        if context.register_as and result is not None and not _has_request_errors(result):
            persisted.register(context.register_as, query)
        return result

    def _execute(
        self, request, query: str, variables, operation_name: str | None
    ) -> ExecutionResult:
        """graphene-django's parse, validate and execute, with the parse and the standard
        validation done once per document and process (frontends send the same few persisted
        documents over and over). The limits, which depend on the variables, and the
        introspection switch are checked before the standard rules, once per document and
        values of the variables that change its cost (``limits``); the variables' values last
        (``variables``: errors that show the value as JSON)."""
        schema = self.schema.graphql_schema
        try:
            document = parsed_document(query)
        except GraphQLError as error:
            return ExecutionResult(errors=[error])
        rules = () if api_settings().introspection else (NoSchemaIntrospectionCustomRule,)
        errors = limits.request_validation_errors(
            schema, query, document, variables, rules=rules, max_errors=MAX_VALIDATION_ERRORS
        )
        if not errors:
            errors = list(standard_validation_errors(schema, query))
        if not errors and (operation := get_operation_ast(document, operation_name)):
            errors = coercion_errors(schema=schema, operation=operation, variables=variables or {})
        if errors:
            return ExecutionResult(data=None, errors=errors)
        try:
            return execute(
                schema,
                document,
                root_value=self.get_root_value(request),
                context_value=self.get_context(request),
                variable_values=variables,
                operation_name=operation_name,
                middleware=self.get_middleware(request),
            )
        except Exception as error:
            return ExecutionResult(errors=[error])

    def _refuse_other_than_query(self, query: str, operation_name: str | None) -> None:
        """GraphQL over HTTP: GET is safe, so it runs queries only (405 otherwise)."""
        try:
            operation = get_operation_ast(parsed_document(query), operation_name)
        except GraphQLError:
            return  # The syntax error is answered as usual.
        if operation is None or operation.operation == OperationType.QUERY:
            return
        kind = operation.operation.value
        if self.schema.graphql_schema.get_root_type(operation.operation) is None:
            message = f"GET requests can only run queries, and this API has no {kind}s at all."
        else:
            message = f"GET requests can only run queries: send this {kind} with POST."
        raise RequestError(message, status=405, headers={"Allow": "POST"})

    def format_error(self, error):
        """Every error gets an ``extensions.code`` (``error_format``)."""
        return format_error(error, schema=self.schema.graphql_schema)


def _json_object(value: Any, name: str, what: str) -> dict[str, Any] | None:
    """A parameter that is a JSON object: an object in a JSON body, JSON text in a URL."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        bounds.check_json_depth(value, name=name)
        try:
            value = json.loads(value)
        except ValueError:
            raise RequestError(f"{name} is not valid JSON: it must be {what}.") from None
    if value is not None and not isinstance(value, dict):
        raise RequestError(f"{name} must be {what}.")
    return value


def _check_encodable(text: str, name: str) -> None:
    if surrogate := lone_surrogate(text):
        raise RequestError(surrogate_message(name, surrogate))


def _as_client_error(error: GraphQLError) -> GraphQLError:
    """A search the backend could not parse, as the client's error (one line in the log)."""
    if not search_syntax_error(error.original_error):
        return error
    logger.warning("Search text refused by the search backend: %s", error.original_error)
    return GraphQLError(
        SEARCH_TEXT_REFUSED,
        nodes=error.nodes,
        path=error.path,
        extensions={"code": ErrorCode.BAD_USER_INPUT.value},
    )
