"""Admin sign-in throttling with django-axes (README, "Admin sign-in").

A wrong password costs the server a full password hash (about a second here), so unthrottled
guessing both tries passwords and slows every other request. django-axes counts failed sign-ins
per account and per client address; past ``LOGIN_FAILURE_LIMIT`` either is refused for
``LOGIN_COOLOFF_MINUTES`` without hashing anything, and the refusal is a 429 page in the admin's
language.
"""

import ipaddress
import math

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cms.ratelimit import client_address


class LoginThrottleBackend(AxesStandaloneBackend):
    """Axes' lockout check, for sign-ins through a web form only.

    ``authenticate()`` without a request (``manage.py`` commands, a shell, Django's test client
    ``login()``) cannot be guessed at from outside, so it is not counted; Axes itself would
    refuse it with an error instead.
    """

    def authenticate(self, request: HttpRequest | None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_out(request: HttpRequest, credentials: dict | None = None) -> HttpResponse:
    """The refusal page, in the admin's language, with the cool-off in whole minutes."""
    minutes = max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    return render(
        request,
        "admin_login/locked_out.html",
        {"cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def login_client_address(request: HttpRequest) -> str | None:
    """The address a failed sign-in counts against, read as the API's rate limit reads it (so
    ``RATE_LIMIT_TRUSTED_PROXIES`` covers both); None for a request with no address, such as
    the one Django's test client makes up for ``force_login``."""
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
