"""HTTP caching of public answers (GraphQL queries, the iCalendar feeds).

Public GET answers get a strong ``ETag`` and ``Cache-Control: public,
max-age=HTTP_CACHE_MAX_AGE, stale-while-revalidate=HTTP_CACHE_STALE_WHILE_REVALIDATE``, both
cut to end at the next page expiry (``caching.lifetime``), and ``If-None-Match`` is answered
``304 Not Modified``; everything else gets ``Cache-Control: private, no-store``. An answer of
the response cache brings its ETag and the next expiry, read when it was kept (``caching``).
"""

from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

from .caching import GENERATION_ATTR, etag_of, known_etag, known_expiry, lifetime
from .caching_conf import cache_settings


def http_cache_control(
    *, generation: int | None = None, expiry: float | None = None
) -> dict[str, int | bool]:
    """Public lifetimes from the settings, cut so that neither the fresh nor the stale lifetime
    reaches past the next page expiry (``expiry``, when already read at ``generation``)."""
    max_age = cache_settings().http_max_age
    stale = cache_settings().http_stale_while_revalidate
    until_expiry = lifetime(max_age + stale, generation=generation, expiry=expiry)
    return {
        "public": True,
        "max_age": min(max_age, until_expiry),
        "stale_while_revalidate": max(0, until_expiry - max_age),
    }


def etag_for(response: HttpResponse) -> str:
    return etag_of(response.get("Content-Type", ""), response.content)


def public_response(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A public GET answer made cacheable by browsers and CDNs: ``ETag``, ``Cache-Control``,
    and ``304 Not Modified`` for an ``If-None-Match`` that matches it."""
    content_type = response.get("Content-Type", "")
    response["ETag"] = known_etag(request, content_type) or etag_for(response)
    generation = getattr(request, GENERATION_ATTR, None)
    expiry = known_expiry(request, generation)
    patch_cache_control(response, **http_cache_control(generation=generation, expiry=expiry))
    return get_conditional_response(request, etag=response["ETag"], response=response)


def private_response(response: HttpResponse) -> HttpResponse:
    """An answer no cache may keep. A ``Cache-Control`` already set is kept."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)
    return response


def vary_on(response: HttpResponse, headers: Iterable[str]) -> None:
    patch_vary_headers(response, list(headers))
