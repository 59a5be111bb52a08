"""What one request carries through the content layer: the locale it asked for and what it
has read once already.

A request gets one ``RequestContext``, as ``request.headless``, reached through
``context_of(request)``: the GraphQL view makes it as the request arrives, a feed on its first
lookup. Rich text is rendered where no request is at hand (Wagtail's link handlers receive
only the stored attributes), so the view also makes the context current for the execution of
the query (``serving``) and those handlers read it with ``current_context()``.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.http import HttpRequest
from wagtail.models import Locale, Page

#: The request attribute that holds the context.
ATTRIBUTE = "headless"


@dataclass
class RequestContext:
    """One request's state in one typed place rather than in attributes scattered over the
    request and the active language: the locale the request asked for, and the per-request
    caches the selectors fill (each is read from the database at most once per request)."""

    #: The locale the request asked for (``resolve_locale``), None until one is resolved.
    requested_locale: Locale | None = None
    #: Every locale of the site by language code (``locales``).
    locales_by_code: dict[str, Locale] | None = None
    #: Collections in or below a view-restricted one (``images``).
    private_collection_ids: frozenset[int] | None = None
    #: Tree paths of the view-restricted collections (``documents``).
    restricted_document_paths: tuple[str, ...] | None = None
    #: (model, locale id, translation key) -> that page's public version, or None (``chosen``).
    public_versions: dict[tuple[type[Page], int, object], Page | None] = field(default_factory=dict)

    def served_locale(self) -> Locale:
        """The locale the request asked for; where nothing named one, the active language's
        (Django's ``LocaleMiddleware`` sets it from the URL, else the default language)."""
        return self.requested_locale if self.requested_locale is not None else Locale.get_active()


def context_of(request: HttpRequest | None) -> RequestContext:
    """``request``'s context, made on first use. Without a request (a management command, a
    test calling a selector), a new context that lasts for the one call."""
    if request is None:
        return RequestContext()
    context = getattr(request, ATTRIBUTE, None)
    if context is None:
        context = RequestContext()
        setattr(request, ATTRIBUTE, context)
    return context


_current: ContextVar[RequestContext | None] = ContextVar("headless_request_context", default=None)


@contextmanager
def serving(context: RequestContext) -> Iterator[RequestContext]:
    """Within this block, ``current_context()`` is ``context``."""
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)


def current_context() -> RequestContext:
    """The context of the request being served (``serving``); outside one, a new context."""
    context = _current.get()
    return context if context is not None else RequestContext()
