import json

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Page, Site
from wagtail.users.models import UserProfile

from tests.factories import HomePageFactory, LocaleFactory, translate


def pytest_addoption(parser):
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        help="Rewrite the frontend contract's response snapshots instead of comparing them.",
    )
    parser.addoption(
        "--e2e",
        action="store_true",
        help="Run the browser tests in tests/e2e/ (`make e2e`: needs Chromium, Node.js and the "
        "built reference frontend).",
    )
    parser.addoption(
        "--clients",
        action="store_true",
        help="Run tests/clients/: the contract through Apollo Client, urql and graphql-http's "
        "audits against real servers (`make contract-clients`: needs Node.js).",
    )


def pytest_ignore_collect(collection_path, config):
    """tests/e2e/ runs only with --e2e (it starts servers and a browser), tests/clients/ only
    with --clients (servers and Node.js)."""
    if collection_path.parent.name == "tests" and collection_path.name in ("e2e", "clients"):
        return None if config.getoption(f"--{collection_path.name}") else True
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A ``transaction=True`` test ends by emptying every table, migrations' rows included (the
    root page, the groups, the content types). Run alone, pytest-django puts those tests last;
    spread over processes (`make test` uses pytest-xdist) a worker can run other tests after
    one, so the rows the migrations made are put back, as ``serialized_rollback`` does before
    such a test."""
    yield
    marker = item.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    serialized = getattr(connection, "_test_serialized_contents", None)
    if serialized is None:
        return
    with item.config.stash[blocking_manager_key].unblock():
        connection.creation.deserialize_db_from_string(serialized)


class QueryCounter:
    """Counts SQL statements through ``connection.execute_wrapper``.

    ``CaptureQueriesContext`` can report 0 around the test client because Django resets the
    query log at each request; a wrapper sees every statement.
    """

    def __init__(self):
        self.statements: list[str] = []

    def __call__(self, execute, sql, params, many, context):
        self.statements.append(sql)
        return execute(sql, params, many, context)

    def __enter__(self):
        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        self._wrapper.__exit__(*exc)

    @property
    def count(self) -> int:
        return len(self.statements)


@pytest.fixture
def count_queries():
    return QueryCounter


@pytest.fixture
def site_tree(db):
    """The sl home page as the default site's root, and its published en translation."""
    LocaleFactory(language_code="sl")
    LocaleFactory(language_code="en")
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for welcome_page in root.get_children():
        welcome_page.delete()
    home_sl = HomePageFactory(parent=root, title="Domov", slug="domov", locale__language_code="sl")
    Site.objects.create(hostname="localhost", root_page=home_sl, is_default_site=True)
    home_en = translate(home_sl, "en", title="Home", slug="home")
    return {"sl": home_sl, "en": home_en}


@pytest.fixture
def graphql(client):
    """POST a named GraphQL operation; returns the decoded JSON body."""

    def execute(query: str, variables: dict | None = None, **extra):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **extra,
        )
        assert response.status_code in (200, 400), response.content
        return response.json()

    return execute


@pytest.fixture
def editor_in(client):
    """Log in a superuser whose admin language preference is ``language_code``."""

    def log_in(language_code: str):
        user = get_user_model().objects.create_superuser(
            username=f"editor-{language_code}", email="editor@example.com", password="x"
        )
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language_code
        profile.save()
        client.force_login(user)
        return client

    return log_in
