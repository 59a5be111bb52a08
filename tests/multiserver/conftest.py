"""The two-server test's cluster (``tests.multiserver.cluster``) and a browser for the editor.

Run with ``make multiserver`` (``.ci/run`` does); ``make test`` leaves it out. Needs this
machine's PostgreSQL and Redis (``MULTISERVER_DATABASE_URL``, ``MULTISERVER_CACHE_URL``) and
Debian's Chromium (the editor works in the admin in a browser). The servers' logs are copied to
``E2E_ARTIFACTS`` (``.e2e-artifacts/multiserver/``).
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.e2e import conftest as e2e
from tests.e2e.admin import log_in

from .cluster import EDITOR, REPO, running_cluster

ARTIFACTS = Path(os.environ.get("E2E_ARTIFACTS", REPO / ".e2e-artifacts")) / "multiserver"
#: Requests per minute per client address on the public endpoints, counted across the servers.
RATE_LIMIT = 12
#: Debian's Chromium under Playwright, as the browser tests start it.
browser = e2e.browser


@pytest.fixture(scope="session")
def cluster(tmp_path_factory):
    if not Path(e2e.CHROMIUM).exists():
        pytest.fail(
            f"No Chromium at {e2e.CHROMIUM}: apt-get install chromium (or set E2E_CHROMIUM)."
        )
    workdir = tmp_path_factory.mktemp("multiserver")
    settings = {
        "RATE_LIMIT": f"{RATE_LIMIT}/60",
        # The tests speak for several readers, each by the X-Forwarded-For address that the
        # load balancer in front of the servers passes on.
        "RATE_LIMIT_TRUSTED_PROXIES": "1",
        "PERSISTED_QUERIES_ONLY": "true",
        "RESPONSE_CACHE": "true",
    }
    try:
        with running_cluster(workdir, servers=2, **settings) as cluster:
            yield cluster
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for log in workdir.glob("*.log"):
            shutil.copy(log, ARTIFACTS / log.name)


@pytest.fixture
def editor_on(browser, cluster):
    """The editor signed in to the admin of one server (in English), in a fresh browser."""
    contexts = []

    def open_on(server: str):
        context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
        context.set_default_timeout(20_000)
        contexts.append(context)
        page = context.new_page()
        log_in(page, server, *EDITOR, language="en")
        return page

    yield open_on
    for context in contexts:
        context.close()
