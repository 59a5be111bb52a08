"""``/healthz``: is this process able to serve? For load balancers and uptime checks.

It answers within about a second whatever the cache does: the cache is probed in a thread of
its own and given up on after ``CACHE_PROBE_SECONDS`` (a Redis that accepts connections and
never answers, or answers a byte at a time, is reported, not waited for). Each check that
fails logs one line. Tasks waiting in the database queue for longer than
``QUEUE_BACKLOG_MINUTES`` (no ``db_worker`` running, or too few) are reported as a warning: the
queue is shared by every process, so it never takes this one out of rotation.
"""

import logging
import threading
import uuid
from datetime import timedelta

from django.apps import apps
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

#: Seconds the cache probe may take; Redis' own timeouts (cms/cache.py) are shorter.
CACHE_PROBE_SECONDS = 1.0
#: Minutes a task may wait, once due, before the queue counts as backed up.
QUEUE_BACKLOG_MINUTES = 10

# The probe still running from an earlier request, if any: a cache that holds one probe is not
# given another (nor another thread).
_probe_lock = threading.Lock()
_running_probe: threading.Thread | None = None


def _database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("healthz: database unreachable (%s: %s)", type(error).__name__, error)
        return "error"
    return "ok"


def _probe(cache, result: dict) -> None:
    probe_key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(probe_key, "1", timeout=5)
        value = cache.get(probe_key)
        cache.delete(probe_key)
    except Exception as error:  # any backend's connection error; the cache is optional
        result["error"] = f"{type(error).__name__}: {error}"
    else:
        result["ok"] = value == "1"


def _cache_state() -> str:
    """``ok`` when the cache keeps what it is given. A Redis cache that cannot be reached says
    so itself (cms/cache.py), and then reads back nothing."""
    global _running_probe
    with _probe_lock:
        if _running_probe is not None and _running_probe.is_alive():
            logger.warning("healthz: cache unreachable (the last probe has not returned)")
            return "error"
        result: dict = {}
        # The probe uses this thread's cache object: Django makes one per thread.
        probe = threading.Thread(
            target=_probe, args=(caches["default"], result), name="healthz-cache", daemon=True
        )
        _running_probe = probe
        probe.start()
    probe.join(CACHE_PROBE_SECONDS)
    if probe.is_alive():
        logger.warning("healthz: cache unreachable (no answer in %g s)", CACHE_PROBE_SECONDS)
        return "error"
    if "error" in result:
        logger.warning("healthz: cache unreachable (%s)", result["error"])
        return "error"
    return "ok" if result.get("ok") else "error"


def _queue_warnings() -> list[str]:
    """The database task queue's backlog: tasks due for ``QUEUE_BACKLOG_MINUTES`` and not
    started (a deferred task is due at its ``run_after``); none without django-tasks-db."""
    if not apps.is_installed("django_tasks_db"):
        return []
    from django_tasks_db.models import DBTaskResult, get_date_max

    cutoff = timezone.now() - timedelta(minutes=QUEUE_BACKLOG_MINUTES)
    try:
        waiting = (
            DBTaskResult.objects.ready()
            .filter(Q(run_after__lt=cutoff) | Q(run_after=get_date_max(), enqueued_at__lt=cutoff))
            .count()
        )
    except DatabaseError as error:
        logger.warning("healthz: task queue unreadable (%s: %s)", type(error).__name__, error)
        return ["the task queue could not be read"]
    if not waiting:
        return []
    logger.warning("healthz: %d tasks waiting over %d minutes", waiting, QUEUE_BACKLOG_MINUTES)
    return [f"{waiting} tasks waiting over {QUEUE_BACKLOG_MINUTES} minutes: is db_worker running?"]


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not. A broken cache degrades (slower
    answers) but does not take the service out of rotation, so it is reported, not fatal;
    ``warnings`` (only when there are any) name what needs looking at elsewhere."""
    checks = {"database": _database_state(), "cache": _cache_state()}
    healthy = checks["database"] == "ok"
    status = "ok" if healthy and checks["cache"] == "ok" else ("degraded" if healthy else "error")
    body: dict = {"status": status, "checks": checks}
    if healthy and (warnings := _queue_warnings()):
        body["warnings"] = warnings
    return JsonResponse(body, status=200 if healthy else 503)
