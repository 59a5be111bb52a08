"""``/healthz``: is this process able to serve? For load balancers and uptime checks."""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("healthz: database unreachable")
        return "error"
    return "ok"


def _cache_state() -> str:
    probe_key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(probe_key, "1", timeout=5)
        value = cache.get(probe_key)
        cache.delete(probe_key)
    except Exception:  # any backend's connection error; the cache is optional
        logger.exception("healthz: cache unreachable")
        return "error"
    return "ok" if value == "1" else "error"


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not. A broken cache degrades (slower
    answers) but does not take the service out of rotation, so it is reported, not fatal."""
    checks = {"database": _database_state(), "cache": _cache_state()}
    healthy = checks["database"] == "ok"
    status = "ok" if healthy and checks["cache"] == "ok" else ("degraded" if healthy else "error")
    return JsonResponse({"status": status, "checks": checks}, status=200 if healthy else 503)
