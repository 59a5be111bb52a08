"""Real servers for the tests that need them (tests/e2e/, tests/clients/): a free port, waiting
until a server answers, and stopping it with everything it started."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, "manage.py"]
STARTUP_TIMEOUT = 60
#: No task worker runs beside these servers: Wagtail's index updates (the search the API's
#: ``search`` reads) and any webhook run in the request that asks for them.
IMMEDIATE_TASKS = {
    "TASK_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    "WEBHOOK_TASK_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
}
STOP_TIMEOUT = 10


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return  # It answers; a 404 or 503 is the test's business.
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"{url} did not answer within {STARTUP_TIMEOUT} s:\n{log.read_text()[-3000:]}")


def living_members(group: int) -> list[int]:
    """The processes of the process group ``group`` that still run (zombies, which only wait
    to be reaped, are not counted), from ``/proc``."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
            state, _ppid, pgrp = stat.read_text().rsplit(")", 1)[1].split()[:3]
            if int(pgrp) == group and state != "Z":
                members.append(int(stat.parent.name))
    return members


def stop(process: subprocess.Popen) -> list[int]:
    """Stop the server and everything it started, and make sure of it: ``npm start`` runs the
    frontend as a child ``node``, which outlived the run when only npm was stopped. Each server
    leads its own process group (``start_new_session``); the group gets SIGTERM, then SIGKILL
    if anything of it still runs after ``STOP_TIMEOUT``. Returns what even that left behind."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=STOP_TIMEOUT)
        deadline = time.monotonic() + STOP_TIMEOUT
        while living_members(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if process.returncode is not None and not living_members(process.pid):
            return []
    return living_members(process.pid)


def spawn(command: list[str], log: Path, *, env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start ``command`` in the repository as the leader of its own process group (so that
    ``stop`` ends it with everything it starts), its output in ``log``."""
    with log.open("w") as out:
        return subprocess.Popen(  # noqa: S603 - the tests' own commands
            command,
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def demo_environment(workdir: Path, **settings: str) -> dict[str, str]:
    """The environment of a CMS on loopback with its own SQLite database and media in
    ``workdir`` (dev settings, no rate limit for loopback), and ``settings`` on top."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}?transaction_mode=IMMEDIATE",
        "CACHE_URL": f"locmemcache://{workdir.name}",
        "MEDIA_ROOT": str(workdir / "media"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "RATE_LIMIT_EXEMPT": "127.0.0.1",
        **IMMEDIATE_TASKS,
        **settings,
    }


def load_demo(env: dict[str, str]) -> None:
    """Migrate the database of ``env`` and load the demo content into it."""
    for command in (["migrate", "--noinput"], ["load_demo"]):
        subprocess.run([*MANAGE, *command], cwd=REPO, env=env, check=True, capture_output=True)


@contextlib.contextmanager
def serving(
    command: list[str],
    log: Path,
    *,
    port: int,
    probe: str,
    name: str,
    env: dict[str, str] | None = None,
) -> Iterator[str]:
    """Start ``command``, a server on loopback ``port``, and yield its URL once ``probe`` (a
    path) answers; stop it after, failing if it leaves processes behind."""
    process = spawn(command, log, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}{probe}", process, log)
        yield url
    finally:
        left = stop(process)
        assert not left, f"{name} left processes behind: {left}"


@contextlib.contextmanager
def running_cms(
    env: dict[str, str], log: Path, *, keep_log_in: Path | None = None
) -> Iterator[str]:
    """Serve the CMS of ``env`` on a free loopback port (its output in ``log``) and yield its
    URL once it answers; stop it after, failing if it leaves processes behind. The log is
    copied into ``keep_log_in`` when given."""
    port = free_port()
    command = [*MANAGE, "runserver", f"127.0.0.1:{port}", "--noreload"]
    try:
        with serving(command, log, port=port, probe="/healthz", name="The CMS", env=env) as url:
            yield url
    finally:
        if keep_log_in is not None:
            keep_log_in.mkdir(parents=True, exist_ok=True)
            shutil.copy(log, keep_log_in / log.name)


@contextlib.contextmanager
def running_s3(log: Path) -> Iterator[str]:
    """An S3-compatible server (moto's) on a free loopback port, its output in ``log``; yields
    its URL once it answers (in about a second) and stops it after, failing if it leaves
    processes behind."""
    port = free_port()
    command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    with serving(command, log, port=port, probe="/moto-api/", name="The S3 server") as url:
        yield url
