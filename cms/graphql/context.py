"""The GraphQL endpoint's request context: the content layer's, plus what the view's hooks
learn about the request and hand on to each other."""

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from cms.content.context import ATTRIBUTE, RequestContext


@dataclass
class GraphQLRequestContext(RequestContext):
    """graphene-django splits a request over several hooks of the view (``dispatch``,
    ``get_response``, ``get_graphql_params``, ``execute_graphql_request``); what one of them
    finds out and another needs travels here, in the request's one context, rather than in
    attributes of the view."""

    #: ``query``, ``variables``, ``operationName`` and ``id``, once read and checked.
    params: tuple[Any, ...] | None = None
    #: The hash under which the document is registered for automatic persisted queries, once
    #: it has proved valid.
    register_as: str | None = None
    #: The hash the request named in ``extensions.persistedQuery``.
    persisted_hash: str | None = None
    #: The operation ran without errors (or its answer came from the response cache).
    execution_ok: bool = False
    #: ``X-Cache``: HIT when the answer came from the response cache.
    cache_status: str = "MISS"
    #: Shared caches may store the answer.
    cacheable_answer: bool = False
    #: The answer's media type and ``Content-Type`` (from ``Accept``), once read.
    answer_types: tuple[str, str] | None = None


def begin(request: HttpRequest) -> GraphQLRequestContext:
    """A new context for ``request``, as it reaches the endpoint."""
    context = GraphQLRequestContext()
    setattr(request, ATTRIBUTE, context)
    return context


def graphql_context(request: HttpRequest) -> GraphQLRequestContext:
    """The context ``begin`` made for ``request``."""
    context = getattr(request, ATTRIBUTE, None)
    if not isinstance(context, GraphQLRequestContext):
        context = begin(request)
    return context
