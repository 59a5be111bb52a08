"""One signed POST of a webhook delivery, ended at its deadline whatever the receiver does.

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
import socket
import ssl
import threading
import urllib.error
import urllib.request

from .conf import webhook_settings
from .models import WebhookDelivery

USER_AGENT = "library-cms-webhooks/1"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """``sha256=`` and the hex HMAC-SHA256 of ``b"<timestamp>." + body`` keyed with ``secret``."""
    message = str(timestamp).encode("ascii") + b"." + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


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


def _describe(error: BaseException, timeout: float) -> str:
    """Short, secret-free words for a failed attempt (never the URL or the exception's text,
    which can carry the URL's query)."""
    reason = getattr(error, "reason", None)
    if not isinstance(reason, BaseException):
        reason = error
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
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
    conf = webhook_settings()
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
    with _Deadline(conf.deadline) as attempt:
        try:
            with _opener(attempt).open(request, timeout=conf.timeout) as response:
                response.read(64 * 1024)
                status = response.status
        except urllib.error.HTTPError as error:
            error.close()
            if 300 <= error.code < 400:
                return error.code, f"HTTP {error.code}: redirect not followed"
            return error.code, f"HTTP {error.code}"
        except (OSError, http.client.HTTPException, ValueError) as error:
            if attempt.expired:
                return None, f"no complete answer within {conf.deadline:g} s"
            return None, _describe(error, conf.timeout)
    if attempt.expired:
        return status, f"no complete answer within {conf.deadline:g} s"
    if 200 <= status < 300:
        return status, ""
    return status, f"HTTP {status}"
