"""HTTP caching of public answers (GraphQL queries, the iCalendar feeds).

Public GET answers get a strong ``ETag`` and ``Cache-Control: public,
max-age=HTTP_CACHE_MAX_AGE, stale-while-revalidate=HTTP_CACHE_STALE_WHILE_REVALIDATE``, both
cut to end at the next page expiry (``caching.lifetime``), and ``If-None-Match`` is answered
``304 Not Modified``; everything else gets ``Cache-Control: private, no-store``.
"""

import hashlib
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

from .caching import GENERATION_ATTR, lifetime
from .caching_conf import cache_settings


def http_cache_control(*, generation: int | None = None) -> dict[str, int | bool]:
    """Public lifetimes from the settings, cut so that neither the fresh nor the stale lifetime
    reaches past the next page expiry."""
    max_age = cache_settings().http_max_age
    stale = cache_settings().http_stale_while_revalidate
    until_expiry = lifetime(max_age + stale, generation=generation)
    return {
        "public": True,
        "max_age": min(max_age, until_expiry),
        "stale_while_revalidate": max(0, until_expiry - max_age),
    }


def etag_for(response: HttpResponse) -> str:
    digest = hashlib.sha256()
    digest.update(response.get("Content-Type", "").encode())
    digest.update(b"\n")
    digest.update(response.content)
    return f'"{digest.hexdigest()}"'


def public_response(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A public GET answer made cacheable by browsers and CDNs: ``ETag``, ``Cache-Control``,
    and ``304 Not Modified`` for an ``If-None-Match`` that matches it."""
    response["ETag"] = etag_for(response)
    generation = getattr(request, GENERATION_ATTR, None)
    patch_cache_control(response, **http_cache_control(generation=generation))
    return get_conditional_response(request, etag=response["ETag"], response=response)


def private_response(response: HttpResponse) -> HttpResponse:
    """An answer no cache may keep. A ``Cache-Control`` already set is kept."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)
    return response


def vary_on(response: HttpResponse, headers: Iterable[str]) -> None:
    patch_vary_headers(response, list(headers))
