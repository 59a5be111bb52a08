"""Several app servers behind one address, as a deployment with more than one machine runs them:
gunicorn instances on their own loopback ports and a task worker beside each, sharing one
PostgreSQL database, one Redis and one S3-compatible object store (moto's server), with
production settings (``tests.multiserver.settings``). Used by the two-server test
(``tests/multiserver/``) and the load test that compares one server with two
(``benchmarks/cluster_load.py``).
"""

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests.servers import free_port, running_s3, spawn, stop, wait_until_up

REPO = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get(
    "MULTISERVER_DATABASE_URL", "postgres://cms@127.0.0.1:5432/cms_multiserver"
)
CACHE_URL = os.environ.get("MULTISERVER_CACHE_URL", "redis://127.0.0.1:6379/7")
BUCKET = "library-media"
CREDENTIALS = {"aws_access_key_id": "multiserver", "aws_secret_access_key": "multiserver"}
EDITOR = ("maja.editor", "multiserver-editor-password")
WORKER = [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-reload"]
WEBHOOK_SECRET = "multiserver-webhook-secret"  # noqa: S105 - a test's own receiver

SETUP = """
from django.contrib.auth.models import Group, User
from cms.webhooks.models import WebhookEndpoint
user = User.objects.create_user({username!r}, "maja@library.test", {password!r},
                                first_name="Maja", last_name="Editor")
user.groups.add(Group.objects.get(name="Editors"))
WebhookEndpoint.objects.create(name="Frontend", url={receiver!r}, secret={secret!r})
"""


class Receiver(BaseHTTPRequestHandler):
    """A frontend's webhook endpoint: answers 204 and keeps what it was sent."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.received.append(
            {"id": self.headers["X-Webhook-Id"], "payload": json.loads(body)}
        )
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@dataclass
class Cluster:
    """What the tests talk to: the servers' URLs, the webhooks received, the object store."""

    servers: tuple[str, ...]
    received: list[dict]
    s3: object
    s3_url: str
    env: dict[str, str]
    logs: dict[str, Path] = field(default_factory=dict)


def manage(env: dict[str, str], *command: str) -> str:
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *command],
        cwd=REPO,
        env=env,
        check=False,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(command)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def fresh_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username, dbname="postgres"
    ) as admin:
        admin.autocommit = True
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


@contextlib.contextmanager
def running_cluster(
    workdir: Path, *, servers: int = 2, web_workers: int = 2, **settings: str
) -> Iterator[Cluster]:
    """Start the object store, build a fresh database with the demo content, then ``servers``
    gunicorn instances (``web_workers`` processes each) and a task worker beside each; stop them
    all after, failing if anything is left behind. ``settings`` go into every process's
    environment."""
    import boto3
    import redis

    started: list[subprocess.Popen] = []
    logs: dict[str, Path] = {}
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    receiver.received = []
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    stack = contextlib.ExitStack()
    try:
        s3_url = stack.enter_context(running_s3(workdir / "s3.log"))
        logs["s3"] = workdir / "s3.log"
        s3 = boto3.client("s3", endpoint_url=s3_url, region_name="us-east-1", **CREDENTIALS)
        s3.create_bucket(Bucket=BUCKET)

        fresh_database(DATABASE_URL)
        redis.Redis.from_url(CACHE_URL).flushdb()
        ports = [free_port() for _ in range(servers)]
        urls = tuple(f"http://127.0.0.1:{port}" for port in ports)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.multiserver.settings",
            "SECRET_KEY": "multiserver-shared-secret-key-for-this-test-only",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": DATABASE_URL,
            "CACHE_URL": CACHE_URL,
            "STATIC_ROOT": str(workdir / "static"),
            "MEDIA_ROOT": str(workdir / "media"),
            # The address readers reach: a load balancer in front of the servers.
            "CMS_BASE_URL": urls[0],
            "FRONTEND_BASE_URL": "http://127.0.0.1:9",
            "MEDIA_STORAGE_URL": f"s3://{BUCKET}",
            "AWS_S3_ENDPOINT_URL": s3_url,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": CREDENTIALS["aws_access_key_id"],
            "AWS_SECRET_ACCESS_KEY": CREDENTIALS["aws_secret_access_key"],
            **settings,
        }
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput")
        manage(env, "load_demo")
        hook = f"http://127.0.0.1:{receiver.server_port}/hook"
        manage(
            env,
            "shell",
            "-c",
            SETUP.format(
                username=EDITOR[0], password=EDITOR[1], receiver=hook, secret=WEBHOOK_SECRET
            ),
        )
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        web = []
        for number, port in enumerate(ports, start=1):
            logs[f"web-{number}"] = workdir / f"web-{number}.log"
            bind = f"127.0.0.1:{port}"
            # Each instance its own control socket: by default they would share one path.
            control = ["--control-socket", str(workdir / f"gunicorn-{number}.ctl")]
            command = [gunicorn, "cms.wsgi:application", "--bind", bind, *control, "--workers"]
            web.append(spawn([*command, str(web_workers)], logs[f"web-{number}"], env=env))
            started.append(web[-1])
            # Beside each server, a worker for each task backend: Wagtail's own tasks and the
            # webhooks (README, "Background work: the task queue").
            for backend in ("default", "webhooks"):
                log = logs[f"worker-{backend}-{number}"] = (
                    workdir / f"worker-{backend}-{number}.log"
                )
                worker = [*WORKER, "--backend", backend]
                started.append(spawn(worker, log, env=env))
        for number, (url, process) in enumerate(zip(urls, web, strict=True), start=1):
            wait_until_up(f"{url}/healthz", process, logs[f"web-{number}"])
        yield Cluster(
            servers=urls, received=receiver.received, s3=s3, s3_url=s3_url, env=env, logs=logs
        )
    finally:
        receiver.shutdown()
        left = {" ".join(map(str, p.args[:4])): stop(p) for p in reversed(started)}
        stack.close()
        left = {command: pids for command, pids in left.items() if pids}
        assert not left, f"The cluster left processes behind: {left}"
