"""Browser tests of the editorial loop: the CMS and the reference frontend run as real servers on
loopback, and Debian's Chromium, driven by Playwright, plays the editor, the translator and the
reader.

Run them with ``make e2e`` (which installs and builds the reference frontend first); ``make test``
leaves them out. Screenshots of every step go to ``E2E_ARTIFACTS`` (``.e2e-artifacts/`` in the
repository by default).
"""

import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.e2e.admin import BROWSER_LOCALES, log_in
from tests.servers import IMMEDIATE_TASKS, free_port, stop, wait_until_up

REPO = Path(__file__).resolve().parents[2]
FRONTEND_DIR = REPO / "frontend_contract" / "reference-frontend"
AXE_SCRIPT = FRONTEND_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(os.environ.get("E2E_ARTIFACTS", REPO / ".e2e-artifacts"))
CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
#: Without the background-networking switches Chromium keeps dialling Google's hosts, which this
#: network refuses; --no-sandbox because CI runs as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PROJECTS_PER_PAGE = 4

EDITOR = ("urska.editor", "e2e-editor-password")
TRANSLATOR = ("tim.translator", "e2e-translator-password")

CREATE_USERS = f"""
from django.contrib.auth.models import Group, User
for (username, password), group in (({EDITOR!r}, "Editors"), ({TRANSLATOR!r}, "Translators")):
    # A last name too: the admin's account page (where log_in sets the language) requires one.
    first_name, last_name = username.title().split(".")
    user = User.objects.create_user(username, f"{{username}}@library.test", password,
                                    first_name=first_name, last_name=last_name)
    user.groups.add(Group.objects.get(name=group))
"""


@dataclass(frozen=True)
class Stack:
    """The running CMS and reference frontend, and where screenshots go."""

    cms_url: str
    frontend_url: str
    artifacts: Path


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"No Chromium at {CHROMIUM}: apt-get install chromium (or set E2E_CHROMIUM).")
    if not (FRONTEND_DIR / "dist").is_dir() or not AXE_SCRIPT.exists():
        pytest.fail("The reference frontend is not built: run `make e2e`, which builds it first.")

    workdir = tmp_path_factory.mktemp("e2e")
    cms_port, frontend_port = free_port(), free_port()
    cms_url, frontend_url = f"http://127.0.0.1:{cms_port}", f"http://127.0.0.1:{frontend_port}"
    cms_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DEBUG": "true",  # runserver serves the admin's static files and the media.
        # Each transaction takes SQLite's write lock when it starts, and waits for it: with
        # the default (deferred) one, the editor's autosave and the preview panel's request at
        # the same moment failed with "database is locked" (a 500 to either).
        "DATABASE_URL": (
            f"sqlite:///{workdir / 'db.sqlite3'}?transaction_mode=IMMEDIATE&timeout=20"
        ),
        "CACHE_URL": "locmemcache://e2e",
        "MEDIA_ROOT": str(workdir / "media"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CMS_BASE_URL": cms_url,
        "FRONTEND_BASE_URL": frontend_url,
        # The frontend, like a production one, may run only the contract's operations.
        "PERSISTED_QUERIES_ONLY": "true",
        # The server-rendered frontend sends every reader's request from one address.
        "RATE_LIMIT_EXEMPT": "127.0.0.1",
        "LOCALE_FALLBACK": "false",
        **IMMEDIATE_TASKS,
    }
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput"], ["load_demo"], ["shell", "-c", CREATE_USERS]):
        subprocess.run([*manage, *command], cwd=REPO, env=cms_env, check=True, capture_output=True)

    cms_log, frontend_log = workdir / "cms.log", workdir / "frontend.log"
    started: list[subprocess.Popen] = []
    try:
        with cms_log.open("w") as cms_out, frontend_log.open("w") as frontend_out:
            cms = subprocess.Popen(
                [*manage, "runserver", f"127.0.0.1:{cms_port}", "--noreload"],
                cwd=REPO,
                env=cms_env,
                stdout=cms_out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            started.append(cms)
            frontend = subprocess.Popen(
                [shutil.which("npm") or "npm", "start", "--silent"],
                cwd=FRONTEND_DIR,
                env={
                    **os.environ,
                    "CMS_URL": cms_url,
                    "HOST": "127.0.0.1",
                    "PORT": str(frontend_port),
                    # Small pages, so that the demo's nine projects span several.
                    "PROJECTS_PER_PAGE": str(PROJECTS_PER_PAGE),
                },
                stdout=frontend_out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            started.append(frontend)
        wait_until_up(f"{cms_url}/healthz", cms, cms_log)
        wait_until_up(f"{frontend_url}/", frontend, frontend_log)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        yield Stack(cms_url=cms_url, frontend_url=frontend_url, artifacts=ARTIFACTS)
    finally:
        left = {str(process.args[:3]): stop(process) for process in reversed(started)}
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for log in (cms_log, frontend_log):
            if log.exists():
                shutil.copy(log, ARTIFACTS / log.name)
        left = {server: pids for server, pids in left.items() if pids}
        assert not left, f"The servers left processes behind: {left}"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, stack, request):
    """Open pages in fresh browser contexts (one per user); on failure each open page is saved
    as a screenshot named after the test."""
    contexts = []

    def open_page(locale: str = "sl-SI"):
        context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    failed = getattr(request.node, "failed", False)
    for number, context in enumerate(contexts):
        for index, page in enumerate(context.pages):
            if failed:
                page.screenshot(
                    path=stack.artifacts / f"FAILED-{request.node.name}-{number}-{index}.png",
                    full_page=True,
                )
        context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        item.failed = True
    return report


@pytest.fixture
def admin_as(new_page, stack):
    """Sign a user in to the admin in a language of theirs, in a browser of that language:
    ``admin_as(EDITOR, "sl")`` returns the page, on the dashboard. The language is stored in the
    user's profile, so it holds for every later login of that user that does not choose another
    (``admin.log_in`` always chooses one)."""

    def open_as(user: tuple[str, str], language: str = "sl") -> Page:
        page = new_page(BROWSER_LOCALES[language])
        log_in(page, stack.cms_url, *user, language=language)
        return page

    return open_as


@pytest.fixture
def screenshot(stack):
    """Save a full-page screenshot of a step as an artifact: ``screenshot(page, "03-en")``."""

    def save(page, name: str) -> Path:
        path = stack.artifacts / f"{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return save


@pytest.fixture
def axe(stack):
    """Run axe-core in the page; returns its violations of impact "serious" or "critical".
    ``within`` (a CSS selector, e.g. "main") limits it to a part of the page: for a view of our
    own inside chrome of Wagtail's that we cannot fix, say so where it is used."""
    source = AXE_SCRIPT.read_text()

    def serious_violations(page, *, within: str | None = None) -> list[dict]:
        page.add_script_tag(content=source)
        result = page.evaluate(
            """async (within) => await axe.run(
                within ? {include: [within]} : document, {resultTypes: ['violations']}
            )""",
            within,
        )
        return [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "targets": [node["target"] for node in violation["nodes"]][:5],
            }
            for violation in result["violations"]
            if violation["impact"] in ("serious", "critical")
        ]

    return serious_violations


@pytest.fixture(scope="session")
def api(stack):
    """Run one of the contract's persisted operations by name, the way a frontend does (its hash
    over GET), and return ``data``; any error fails the test with the API's message."""
    manifest = json.loads((REPO / "frontend_contract" / "persisted-operations.json").read_text())
    hashes = {operation["name"]: operation["id"] for operation in manifest["operations"]}

    def run(operation: str, **variables) -> dict:
        query = urllib.parse.urlencode(
            {
                "operationName": operation,
                "variables": json.dumps(variables),
                "extensions": json.dumps(
                    {"persistedQuery": {"version": 1, "sha256Hash": hashes[operation]}}
                ),
            }
        )
        with urllib.request.urlopen(f"{stack.cms_url}/graphql/?{query}", timeout=30) as response:
            answer = json.load(response)
        assert not answer.get("errors"), answer["errors"]
        return answer["data"]

    return run
