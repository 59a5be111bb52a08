"""Requests per client address on the public, anonymous endpoints: ``/graphql/`` and the
iCalendar feeds.

A fixed window per client and endpoint group, counted in the default cache (Redis in
production, so every worker shares the count). A client over the limit gets HTTP 429 with
``Retry-After``; GraphQL clients get the error in GraphQL's shape, with
``extensions.code = RATE_LIMITED``. Not limited: logged-in users (editors previewing) and the
addresses in ``RATE_LIMIT_EXEMPT`` (a server-rendering frontend sends every reader's request
from its own address). When the cache is unreachable nothing is counted and every request is
served: the limit protects the service, it must not take it down.
"""

import logging
import math
import time
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from cms.content.conf import cached_settings
from cms.graphql.errors import ErrorCode, RequestError, error_response

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rate:
    requests: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> "Rate":
        """``"300/60"``: 300 requests per 60 seconds."""
        requests, _, seconds = text.partition("/")
        rate = cls(int(requests), int(seconds or 60))
        if rate.requests < 1 or rate.seconds < 1:
            raise ValueError(f"Rate {text!r} must be '<requests>/<seconds>', both 1 or more.")
        return rate


@dataclass(frozen=True)
class RateLimitSettings:
    """Who is limited, how much, and how to find a client's address behind proxies."""

    #: ``HEADLESS_RATE_LIMIT``: ``"<requests>/<seconds>"``; empty: nothing is limited.
    rate_text: str
    #: ``HEADLESS_RATE_LIMIT_EXEMPT``: addresses never limited (a server-rendering frontend).
    exempt: tuple[str, ...]
    #: ``HEADLESS_RATE_LIMIT_TRUSTED_PROXIES``: reverse proxies in front of the site.
    trusted_proxies: int

    @cached_property
    def rate(self) -> Rate:
        """The parsed rate; a malformed one raises when first asked for, as each limited
        request then would."""
        return Rate.parse(self.rate_text)


@cached_settings
def rate_limit_settings() -> RateLimitSettings:
    return RateLimitSettings(
        rate_text=getattr(settings, "HEADLESS_RATE_LIMIT", ""),
        exempt=tuple(getattr(settings, "HEADLESS_RATE_LIMIT_EXEMPT", ())),
        trusted_proxies=getattr(settings, "HEADLESS_RATE_LIMIT_TRUSTED_PROXIES", 0),
    )


def _group(path: str) -> str | None:
    if path.startswith("/graphql"):
        return "graphql"
    if path.endswith(".ics"):
        return "ics"
    return None


def client_address(request) -> str:
    """The client's address. Behind ``RATE_LIMIT_TRUSTED_PROXIES`` reverse proxies, the address
    the outermost trusted proxy saw (X-Forwarded-For, counted from the right, since a client
    can put anything on its left)."""
    proxies = rate_limit_settings().trusted_proxies
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


class RateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        conf = rate_limit_settings()
        group = _group(request.path_info)
        if not conf.rate_text or group is None or request.user.is_authenticated:
            return self.get_response(request)
        address = client_address(request)
        if address in conf.exempt:
            return self.get_response(request)
        rate = conf.rate
        retry_after = self._over_limit(group, address, rate)
        if retry_after is None:
            return self.get_response(request)
        return self._too_many_requests(group, rate, retry_after)

    @staticmethod
    def _over_limit(group: str, address: str, rate: Rate) -> int | None:
        """Seconds until the window ends when this request is over the limit, else None."""
        now = time.time()
        window = int(now // rate.seconds)
        key = f"ratelimit:{group}:{address}:{window}"
        # One cache call for every request but a window's first: the count exists, so
        # ``incr`` finds it; only when it does not is the window's count made (``add``).
        try:
            count = cache.incr(key)
        except ValueError:  # the window's first request
            cache.add(key, 0, timeout=rate.seconds + 1)
            try:
                count = cache.incr(key)
            except ValueError:  # the key expired between add and incr: a new window
                count = 1
        if count is None:  # the cache is down (it fails open): count nothing
            return None
        if count <= rate.requests:
            return None
        return max(1, math.ceil((window + 1) * rate.seconds - now))

    @staticmethod
    def _too_many_requests(group: str, rate: Rate, retry_after: int) -> HttpResponse:
        message = (
            f"Too many requests: at most {rate.requests} every {rate.seconds} seconds from one "
            f"address. Retry after {retry_after} seconds."
        )
        if group == "graphql":
            return error_response(
                RequestError(
                    message,
                    code=ErrorCode.RATE_LIMITED,
                    status=429,
                    headers={"Retry-After": str(retry_after)},
                )
            )
        response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(retry_after)
        return response
