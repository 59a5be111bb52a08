"""Publish webhooks: a row per endpoint for every change, then a signed POST from a task.

``on_change`` (connected to ``content_changed``, which is sent after the publish commits)
only writes ``WebhookDelivery`` rows and enqueues ``deliver_webhook`` once they commit; it
never waits for a receiver. ``deliver`` makes one attempt: it claims the row (so two workers,
or a worker and ``manage.py deliver_webhooks``, never send the same attempt twice), POSTs,
and records the outcome. A failure is retried after ``WEBHOOK_RETRY_DELAYS`` until
``WEBHOOK_MAX_ATTEMPTS``; with a task backend that can defer (``run_after``) the retry is
enqueued, otherwise ``deliver_webhooks`` sends it when it is due.

The request::

    POST <endpoint url>
    Content-Type: application/json
    User-Agent: library-cms-webhooks/1
    X-Webhook-Id: <delivery id>
    X-Webhook-Timestamp: <unix seconds>
    X-Webhook-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the secret>

    {"id": "<delivery id>", "sentAt": "<ISO 8601>", "event": ..., "object": ...,
     "locale": ..., "urls": [...], "cacheTags": [...]}
"""

import contextlib
import hashlib
import hmac
import http.client
import json
import logging
import socket
import ssl
import threading
import urllib.error
import urllib.request
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

USER_AGENT = "library-cms-webhooks/1"
DEFAULT_RETRY_DELAYS = (30, 120, 600, 3600, 6 * 3600)
#: A claimed attempt is taken over by another worker only if it has not finished this many
#: seconds after its deadline (the process died mid-attempt).
CLAIM_GRACE = 60

Status = WebhookDelivery.Status
DUE = (Status.PENDING, Status.RETRYING)


def timeout() -> float:
    return float(getattr(settings, "WEBHOOK_TIMEOUT", 5))


def deadline() -> float:
    """Seconds one attempt may take in all, from connecting to the end of the answer."""
    return float(getattr(settings, "WEBHOOK_DEADLINE", 2 * timeout()))


def max_attempts() -> int:
    return int(getattr(settings, "WEBHOOK_MAX_ATTEMPTS", 6))


def retry_delay(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt; the last delay repeats."""
    delays = tuple(getattr(settings, "WEBHOOK_RETRY_DELAYS", DEFAULT_RETRY_DELAYS))
    return timedelta(seconds=delays[min(attempts, len(delays)) - 1])


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """``sha256=`` and the hex HMAC-SHA256 of ``b"<timestamp>." + body`` keyed with ``secret``."""
    message = str(timestamp).encode("ascii") + b"." + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


# -- Creating deliveries ------------------------------------------------------------------------


def on_change(sender, change, **kwargs):
    """A ``content_changed`` receiver: one pending delivery per matching active endpoint.

    Never raises: webhooks must not break the publish, nor the receivers after this one."""
    try:
        create_deliveries(change)
    except Exception:
        logger.exception("Could not create webhook deliveries for %s", change)


def create_deliveries(change) -> list[WebhookDelivery]:
    endpoints = WebhookEndpoint.objects.filter(is_active=True).filter(
        Q(event="") | Q(event=change.event)
    )
    endpoints = endpoints.filter(Q(locale="") | Q(locale=change.locale or ""))
    now = timezone.now()
    payload = change.as_payload()
    deliveries = [
        WebhookDelivery(endpoint=endpoint, event=change.event, payload=payload, next_attempt_at=now)
        for endpoint in endpoints
    ]
    if deliveries:
        with transaction.atomic():
            WebhookDelivery.objects.bulk_create(deliveries)
            for delivery in deliveries:
                transaction.on_commit(partial(enqueue, delivery.pk))
    return deliveries


def task_backend_alias() -> str:
    return getattr(settings, "WEBHOOK_TASK_BACKEND", "default")


def enqueue(delivery_id, run_after=None) -> bool:
    """Hand a delivery to the task backend; False if it was left for ``deliver_webhooks``
    (a retry on a backend without ``run_after``, or a backend that refused it)."""
    from .tasks import deliver_webhook

    try:
        task = deliver_webhook.using(backend=task_backend_alias())
        if run_after is not None:
            if not task.get_backend().supports_defer:
                return False
            task = task.using(run_after=run_after)
        task.enqueue(str(delivery_id))
    except Exception:
        # The row stays due: deliver_webhooks sends it. A publish must never fail here.
        logger.exception("Could not enqueue webhook delivery %s", delivery_id)
        return False
    return True


def retry_now(delivery: WebhookDelivery) -> None:
    """The admin's "Retry now": due at once, even one that was given up (one more attempt)."""
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=Status.PENDING if delivery.status == Status.PENDING else Status.RETRYING,
        next_attempt_at=timezone.now(),
    )
    transaction.on_commit(partial(enqueue, delivery.pk))


# -- Sending -------------------------------------------------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A 3xx is an answer, not an instruction: the POST is never re-sent elsewhere."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class _Deadline:
    """The end of one attempt, whatever the receiver does: per-socket timeouts alone let a
    receiver that sends a byte every few seconds hold an attempt for as long as it likes. At
    the deadline the connection is shut, which ends any read under way."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> "_Deadline":
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if not self.expired:
                return
        self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _watched(connection_class, deadline: _Deadline):
    class Connection(connection_class):
        def connect(self):
            super().connect()
            deadline.watch(self.sock)

    return Connection


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(_watched(http.client.HTTPConnection, self.deadline), req)


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(
            _watched(http.client.HTTPSConnection, self.deadline),
            req,
            context=self._context,
            check_hostname=self._check_hostname,
        )


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        _NoRedirects, _DeadlineHTTPHandler(deadline), _DeadlineHTTPSHandler(deadline)
    )


def _describe(error: BaseException) -> str:
    """Short, secret-free words for a failed attempt (never the URL or the exception's text,
    which can carry the URL's query)."""
    reason = getattr(error, "reason", None)
    if not isinstance(reason, BaseException):
        reason = error
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout():g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ConnectionResetError):
        return "connection reset"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "TLS certificate not valid"
    if isinstance(reason, ssl.SSLError):
        return "TLS error"
    if isinstance(error, http.client.HTTPException):
        return f"bad HTTP answer ({type(error).__name__})"
    return type(reason).__name__


def send(delivery: WebhookDelivery, now) -> tuple[int | None, str]:
    """POST the delivery once; (HTTP status or None, error or "" on success)."""
    endpoint = delivery.endpoint
    body = json.dumps(
        {"id": str(delivery.pk), "sentAt": now.isoformat(), **delivery.payload},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    timestamp = int(now.timestamp())
    request = urllib.request.Request(
        endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Webhook-Id": str(delivery.pk),
            "X-Webhook-Timestamp": str(timestamp),
            "X-Webhook-Signature": sign(endpoint.secret, timestamp, body),
        },
    )
    with _Deadline(deadline()) as attempt:
        try:
            with _opener(attempt).open(request, timeout=timeout()) as response:
                response.read(64 * 1024)
                status = response.status
        except urllib.error.HTTPError as error:
            error.close()
            if 300 <= error.code < 400:
                return error.code, f"HTTP {error.code}: redirect not followed"
            return error.code, f"HTTP {error.code}"
        except (OSError, http.client.HTTPException, ValueError) as error:
            if attempt.expired:
                return None, f"no complete answer within {deadline():g} s"
            return None, _describe(error)
    if attempt.expired:
        return status, f"no complete answer within {deadline():g} s"
    if 200 <= status < 300:
        return status, ""
    return status, f"HTTP {status}"


def _claim(delivery_id, now) -> bool:
    """Take a due delivery for one attempt: push its ``next_attempt_at`` past the attempt, so
    nobody else finds it due meanwhile. Atomic, so only one caller wins."""
    lease = now + timedelta(seconds=deadline() + CLAIM_GRACE)
    return bool(
        WebhookDelivery.objects.filter(
            pk=delivery_id, status__in=DUE, next_attempt_at__lte=now
        ).update(next_attempt_at=lease)
    )


def deliver(delivery_id) -> WebhookDelivery | None:
    """One attempt at a due delivery; the delivery after it, or None if it was not due (sent
    already, given up, taken by another worker, or deleted)."""
    now = timezone.now()
    if not _claim(delivery_id, now):
        return None
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    delivery.attempts += 1
    delivery.last_attempt_at = now
    if delivery.endpoint.is_active:
        delivery.last_status_code, delivery.last_error = send(delivery, now)
    else:
        delivery.last_status_code, delivery.last_error = None, "endpoint is inactive"
    if not delivery.last_error:
        delivery.status = Status.SUCCEEDED
        delivery.delivered_at = timezone.now()
        delivery.next_attempt_at = None
    elif delivery.attempts >= max_attempts() or not delivery.endpoint.is_active:
        delivery.status = Status.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.status = Status.RETRYING
        delivery.next_attempt_at = timezone.now() + retry_delay(delivery.attempts)
    delivery.save(
        update_fields=[
            "attempts",
            "last_attempt_at",
            "last_status_code",
            "last_error",
            "status",
            "delivered_at",
            "next_attempt_at",
        ]
    )
    if delivery.status == Status.RETRYING:
        enqueue(delivery.pk, run_after=delivery.next_attempt_at)
    elif delivery.status == Status.FAILED:
        logger.warning(
            "Webhook delivery %s to %r failed for good after %d attempts: %s",
            delivery.pk,
            delivery.endpoint.name,
            delivery.attempts,
            delivery.last_error,
        )
    return delivery


def due_deliveries(now=None):
    now = now or timezone.now()
    return WebhookDelivery.objects.filter(status__in=DUE, next_attempt_at__lte=now).order_by(
        "next_attempt_at"
    )


def deliver_due(limit: int = 100) -> list[WebhookDelivery]:
    """Send up to ``limit`` due deliveries, oldest first (``manage.py deliver_webhooks``)."""
    ids = list(due_deliveries().values_list("pk", flat=True)[:limit])
    return [delivery for delivery in map(deliver, ids) if delivery is not None]
