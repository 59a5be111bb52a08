"""A real HTTP receiver on 127.0.0.1 that records what it is sent, a way to send changes, and
the database task queue with a worker run in this process."""

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock

import pytest
from django.db import connection
from django_tasks_db.management.commands import db_worker

from cms.content.changes import ContentChange, content_changed
from cms.webhooks.models import WebhookEndpoint

#: Both aliases on django-tasks-db, as outside the tests (cms/settings/base.py).
DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


@dataclass
class Received:
    method: str
    path: str
    headers: dict
    body: bytes


@dataclass
class Receiver:
    """Answers each request with the next of ``answers`` (the last one repeats): a status code,
    ``("redirect", location)``, ``"hang"`` (sleep ``hang_seconds`` without answering), or
    ``"drip"`` (a 200 whose headers come a byte every ``drip_seconds``)."""

    url: str = ""
    answers: list = field(default_factory=lambda: [200])
    hang_seconds: float = 10.0
    drip_seconds: float = 0.3
    requests: list[Received] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)
    stopping: threading.Event = field(default_factory=threading.Event)

    def next_answer(self):
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def make_handler(receiver: Receiver):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length)
            receiver.requests.append(
                Received(self.command, self.path, dict(self.headers.items()), body)
            )
            receiver.arrived.set()
            answer = receiver.next_answer()
            if answer == "hang":
                receiver.stopping.wait(receiver.hang_seconds)
                return
            if answer == "drip":
                for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok":
                    if receiver.stopping.wait(receiver.drip_seconds):
                        return
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        return
                return
            if isinstance(answer, tuple):
                self.send_response(302)
                self.send_header("Location", answer[1])
            else:
                self.send_response(answer)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format, *args):
            pass

    return Handler


@pytest.fixture
def receiver():
    state = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/build?site=main"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    state.stopping.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def endpoint(db, receiver):
    def make(**fields):
        return WebhookEndpoint.objects.create(
            **{"name": "Main site", "url": receiver.url, "secret": "s" * 32, **fields}
        )

    return make


def change(**fields) -> ContentChange:
    return ContentChange(
        **{
            "event": "page.published",
            "label": "project_pages.projectpage",
            "object_id": 1,
            "locale": "sl",
            "title": "X",
            "urls": ("https://www.library.test/projekti/x/",),
            "tags": ("page:1", "pages:sl"),
            **fields,
        }
    )


@pytest.fixture
def send_change(django_capture_on_commit_callbacks):
    """Send ``content_changed`` as a commit would, running what it puts off until commit."""

    def send(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            content_changed.send(sender=ContentChange, change=change(**fields))

    return send


@pytest.fixture
def database_queue(settings):
    """Tasks queued in the database until a worker runs them (``run_worker``)."""
    settings.TASKS = DATABASE_TASKS


def run_worker(backend: str = "webhooks", worker_id: str = "test-worker") -> None:
    """One ``manage.py db_worker --batch`` pass in this process: every task due, then exit.

    Inside a test's transaction the worker must not close the connection that holds it (its
    ``close_old_connections`` would, as Django's test client knows for requests)."""
    worker = db_worker.Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name=backend,
        startup_delay=False,
        max_tasks=None,
        worker_id=worker_id,
        excluded_queue_names=[],
    )
    if connection.in_atomic_block:
        with mock.patch.object(db_worker, "close_old_connections", return_value=None):
            worker.run()
    else:
        worker.run()
