"""The load test: gunicorn with production settings on a free loopback port, driven by locust
(``benchmarks/locustfile.py``) over the contract's persisted operations by GET.

Bounded on purpose: only 127.0.0.1, a fixed duration (``BENCH_LOAD_SECONDS``, 30), and the
server is stopped by its own process id whatever happens.
"""

import csv
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.db import connection

from .budget import LOAD_SECONDS
from .locust_run import locust
from .scenarios import contract_cases, main_scenarios

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url() -> str:
    db = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return os.environ["DATABASE_URL"]


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited before it answered; see its output above.")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2):  # noqa: S310 - loopback
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("gunicorn did not answer /healthz in time.")


def run(marker, hashes) -> dict:
    """Serve, load, stop; returns the aggregated locust figures."""
    seconds = LOAD_SECONDS
    users = int(os.environ.get("BENCH_USERS", "50"))
    workers = int(os.environ.get("BENCH_WORKERS", "3"))
    out = HERE / ".cache" / "load"
    out.mkdir(parents=True, exist_ok=True)
    # Readers' traffic: an editor's draft preview is never cached and rare, so it is left out.
    requests = [
        request
        for request in [*main_scenarios(marker, hashes), *contract_cases(marker, hashes)]
        if request.key != "f-PagePreview"
    ]
    operations = out / "operations.json"
    operations.write_text(json.dumps([{"name": r.label, "url": r.url} for r in requests]))
    _flush_cache()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-key-not-for-deployment"),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url(),
        "CACHE_URL": os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/3"),
        "RATE_LIMIT": "",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "CONN_MAX_AGE": "60",
    }
    server = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            str(BIN / "gunicorn"),
            "cms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "180",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=HERE.parent,
    )
    try:
        wait_until_up(base, server)
        primed = prime(base, requests)
        print(f"Load test: {users} users for {seconds}s against {base} ({workers} workers)…")
        locust(base, out / "load", operations, users=users, seconds=seconds, spawn_rate=25)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    return _read_stats(
        out / "load_stats.csv", users=users, seconds=seconds, workers=workers, primed=primed
    )


def prime(base: str, requests) -> float:
    """One request per operation before the load, one after the other, so the load test
    measures the steady state (response-cache hits) rather than 50 users computing the same
    cold answers at once, which on a short test is most of it. Returns the seconds it took."""
    started = time.monotonic()
    for request in requests:
        with urllib.request.urlopen(f"{base}{request.url}", timeout=180):  # noqa: S310 - loopback
            pass
    return time.monotonic() - started


def _flush_cache() -> None:
    """Start from an empty response cache: Redis database 3 belongs to the benchmark."""
    try:
        import redis

        redis.Redis(host="127.0.0.1", port=6379, db=3, socket_timeout=2).flushdb()
    except Exception as error:  # noqa: BLE001 - without Redis the server fails open anyway
        print(f"Could not flush Redis db 3 ({error}); the server runs uncached.")


def _read_stats(path: Path, **context) -> dict:
    with path.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_name = {row["Name"]: row for row in rows}
    total = by_name["Aggregated"]
    return {
        **context,
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "rps": float(total["Requests/s"]),
        "p50": float(total["50%"]),
        "p95": float(total["95%"]),
        "per_operation": {
            name: {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "p50": float(row["50%"]),
                "p95": float(row["95%"]),
            }
            for name, row in by_name.items()
            if name != "Aggregated"
        },
    }
