"""Real servers for the tests that need them (tests/e2e/, tests/clients/): a free port, waiting
until a server answers, and stopping it with everything it started."""

import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

STARTUP_TIMEOUT = 60
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
