"""The reusable apps work in a Wagtail project that is not this one.

``tests/pluggable/settings.py`` (its docstring lists what the apps need) installs
``project_pages``, ``calendar_app`` and ``cms.graphql`` without ``cms.home`` or
``cms.settings``. Each case runs in its own interpreter, since Django can be set up only once
per process and the suite's own settings are ``cms.settings.test``.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms.graphql.errors import ErrorCode

PROJECT_ROOT = Path(__file__).resolve().parents[2]

GRAPHQL_SCRIPT = """
import json
import sys

import django
from django.test import Client

django.setup()
client = Client()


def post(query):
    response = client.post(
        "/graphql/", json.dumps({"query": query}), content_type="application/json"
    )
    return [response.status_code, response.json()]


print(json.dumps({
    "schema": post("{ __schema { queryType { name fields { name } } } }"),
    "interface": post('{ __type(name: "PageInterface") { fields { name } } }'),
    "pages": post('{ pages(locale: "sl") { title locale } }'),
    "oversized": post("{ pages(limit: 1000) { title } }"),
    "admin_login": client.get("/admin/login/").status_code,
    "site_modules": sorted(
        name
        for name in sys.modules
        if name.split(".")[:2] in (["cms", "home"], ["cms", "settings"])
    ),
}))
"""


def run_with_pluggable_settings(args: list[str], database: Path):
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DATABASE_URL", "CACHE_URL"} and not name.startswith("DJANGO_")
    }
    environment["DJANGO_SETTINGS_MODULE"] = "tests.pluggable.settings"
    environment["PLUGGABLE_DB"] = str(database)
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pluggable") / "db.sqlite3"


@pytest.fixture(scope="module")
def migration(database):
    return run_with_pluggable_settings(["manage.py", "migrate", "--noinput"], database)


def test_system_check_passes(tmp_path):
    result = run_with_pluggable_settings(["manage.py", "check"], tmp_path / "db.sqlite3")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_migrations_apply_to_an_empty_database(migration, database):
    assert migration.returncode == 0, migration.stdout + migration.stderr
    assert database.exists()


def test_graphql_endpoint_serves_the_shared_page_interface(migration, database):
    assert migration.returncode == 0, migration.stderr
    result = run_with_pluggable_settings(["-c", GRAPHQL_SCRIPT], database)
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)

    status, body = answers["schema"]
    assert status == 200
    query_type = body["data"]["__schema"]["queryType"]
    assert query_type["name"] == "Query"
    root_fields = {field["name"] for field in query_type["fields"]}
    assert {"pages", "page", "sitemap"} <= root_fields
    # cms.graphql's public schema, not grapple's: grapple's `sites` lists pages of every
    # locale and its `documents` ignore private collections.
    assert not {"site", "sites", "documents", "collections"} & root_fields

    status, body = answers["interface"]
    assert status == 200
    field_names = {field["name"] for field in body["data"]["__type"]["fields"]}
    assert {"locale", "translations"} <= field_names

    # The locale-aware `pages` query of cms.graphql, over Wagtail's initial welcome page.
    status, body = answers["pages"]
    assert status == 200
    assert body == {
        "data": {"pages": [{"title": "Welcome to your new Wagtail site!", "locale": "sl"}]}
    }

    # The shared limits apply (GRAPHENE["MIDDLEWARE"]).
    status, body = answers["oversized"]
    assert [error["extensions"]["code"] for error in body["errors"]] == [
        ErrorCode.PAGE_SIZE_EXCEEDED
    ]

    assert answers["admin_login"] == 200
    # Nothing of the site itself was needed.
    assert answers["site_modules"] == []
