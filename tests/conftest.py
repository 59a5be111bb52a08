import json

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import setup_databases, teardown_databases
from pytest_django.fixtures import _disable_migrations, _get_databases_for_setup
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Site
from wagtail.users.models import UserProfile

from cms.home.models import HomePage
from tests.db_cache import can_copy, setup_copied
from tests.db_layers import Layers, build_site_tree, wanted_layers


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
    parser.addoption(
        "--multiserver",
        action="store_true",
        help="Run tests/multiserver/: two app servers on one PostgreSQL, Redis and S3-compatible "
        "store (`make multiserver`: needs PostgreSQL, Redis and Chromium).",
    )


def pytest_ignore_collect(collection_path, config):
    """tests/e2e/ runs only with --e2e (it starts servers and a browser), tests/clients/ only
    with --clients (servers and Node.js), tests/multiserver/ only with --multiserver."""
    if collection_path.parent.name == "tests" and collection_path.name in (
        "e2e",
        "clients",
        "multiserver",
    ):
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


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_createdb,
    django_db_keepdb,
    django_db_use_migrations,
    django_db_modify_db_settings,
):
    """pytest-django's fixture of this name, except that the database is migrated once and
    copied (tests/db_cache.py)."""
    aliases, serialized_aliases = _get_databases_for_setup(request.session.items)
    verbosity = request.config.option.verbose
    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        if can_copy(aliases) and django_db_use_migrations and not keepdb:
            old_config = setup_copied(verbosity, serialized_aliases, django_db_createdb)
        else:
            if not django_db_use_migrations:
                _disable_migrations()
            old_config = setup_databases(
                verbosity=verbosity,
                interactive=False,
                aliases=aliases,
                serialized_aliases=serialized_aliases,
                keepdb=keepdb,
            )
    yield
    if not keepdb:
        with django_db_blocker.unblock():
            teardown_databases(old_config, verbosity=verbosity)


@pytest.fixture(scope="session")
def db_layers(django_db_setup, django_db_blocker):
    """The shared database states of tests/db_layers.py, rolled back at the end of the run."""
    layers = Layers(django_db_blocker)
    yield layers
    layers.switch([])


def _is_transactional(request) -> bool:
    """As pytest-django decides whether a test commits for real."""
    marker = request.node.get_closest_marker("django_db")
    flags = marker.kwargs if marker else {}
    return bool(
        flags.get("transaction")
        or flags.get("reset_sequences")
        or {"transactional_db", "live_server", "django_db_reset_sequences"}
        & set(request.fixturenames)
    )


@pytest.fixture(autouse=True)
def _django_db_marker(request):
    """pytest-django's fixture of this name, which opens each database test's own atomic block;
    first the layers that test starts from are opened (or the others closed), under it."""
    marker = request.node.get_closest_marker("django_db")
    if marker or "_django_db_helper" in request.fixturenames:
        request.getfixturevalue("db_layers").switch(
            wanted_layers(request.fixturenames, _is_transactional(request))
        )
    if marker:
        request.getfixturevalue("_django_db_helper")


@pytest.fixture
def site_tree(db, db_layers):
    """The sl home page as the default site's root, and its published en translation: the
    layer's, or built for this test when no layer can be under it."""
    layer_is_under_the_test = (
        db_layers.open
        and db_layers.open[-1][0] == "site_tree"
        and len(connection.atomic_blocks) == len(db_layers.open) + 1
    )
    if not layer_is_under_the_test:
        return build_site_tree()
    # Building the tree left Wagtail's cached site root paths filled with it; a test that ran
    # since may have left them filled with its own changes, rolled back.
    Site.clear_site_root_paths_cache()
    Site.get_site_root_paths()
    return {
        language: HomePage.objects.get(pk=pk)
        for language, pk in db_layers.value("site_tree").items()
    }


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
