"""The settings package loads from the environment (12-factor) and production refuses unsafe
starts. Each case runs in a fresh interpreter with a controlled environment, because settings
are read once per process."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]

#: Every variable the settings modules read (``env.str("NAME", ...)`` and friends), so that the
#: developer's own shell or CI (e.g. DATABASE_URL) cannot leak into a case.
SETTINGS_VARIABLES = frozenset(
    re.findall(
        r'env(?:\.\w+)?\(\s*"([A-Z][A-Z0-9_]*)"',
        "".join(path.read_text() for path in (PROJECT_ROOT / "cms" / "settings").glob("*.py")),
    )
)

PRINT_SETTINGS = """
import json
import django
from django.conf import settings

django.setup()
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "SECRET_KEY": settings.SECRET_KEY,
    "DATABASE": settings.DATABASES["default"],
    "CACHE": settings.CACHES["default"],
    "LANGUAGE_CODE": settings.LANGUAGE_CODE,
    "LANGUAGES": settings.LANGUAGES,
    "WAGTAIL_CONTENT_LANGUAGES": settings.WAGTAIL_CONTENT_LANGUAGES,
    "INTROSPECTION": settings.HEADLESS_INTROSPECTION,
    "GRAPHIQL": settings.HEADLESS_GRAPHIQL,
    "PERSISTED_QUERIES_ONLY": settings.HEADLESS_PERSISTED_QUERIES_ONLY,
    "TASKS": {alias: backend["BACKEND"] for alias, backend in settings.TASKS.items()},
}, default=str))
"""


def clean_environment(settings_module: str, **variables: str) -> dict[str, str]:
    # If the pattern above stopped matching, every case would silently inherit the caller's
    # environment (CI sets DATABASE_URL and CACHE_URL).
    assert {"DATABASE_URL", "CACHE_URL", "SECRET_KEY", "ALLOWED_HOSTS"} <= SETTINGS_VARIABLES
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in SETTINGS_VARIABLES and not name.startswith("DJANGO_")
    }
    environment["DJANGO_SETTINGS_MODULE"] = settings_module
    environment.update(variables)
    return environment


def run_python(args: list[str], settings_module: str, **variables: str):
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env=clean_environment(settings_module, **variables),
        capture_output=True,
        text=True,
        timeout=120,
    )


def load_settings(settings_module: str, **variables: str) -> dict:
    result = run_python(["-c", PRINT_SETTINGS], settings_module, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def production_variables(**overrides: str) -> dict[str, str]:
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "cms.example.org",
        **overrides,
    }


def test_dev_settings_without_environment_run_the_local_demo_on_sqlite():
    loaded = load_settings("cms.settings.dev")

    assert loaded["DEBUG"] is True
    assert loaded["SECRET_KEY"]
    assert loaded["DATABASE"]["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(loaded["DATABASE"]["NAME"]) == PROJECT_ROOT / "db.sqlite3"
    assert loaded["CACHE"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert loaded["LANGUAGE_CODE"] == "sl"
    assert [code for code, _name in loaded["WAGTAIL_CONTENT_LANGUAGES"]] == ["sl", "en"]


def test_database_and_cache_urls_select_postgresql_and_redis():
    loaded = load_settings(
        "cms.settings.dev",
        DATABASE_URL="postgres://u@h:5432/db",
        CACHE_URL="redis://127.0.0.1:6379/1",
    )

    database = loaded["DATABASE"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["USER"], database["HOST"], str(database["PORT"])) == (
        "db",
        "u",
        "h",
        "5432",
    )
    # Django's Redis cache, failing open (cms/cache.py): Redis down must not take the site down.
    assert loaded["CACHE"]["BACKEND"] == "cms.cache.ResilientRedisCache"
    assert loaded["CACHE"]["LOCATION"] == "redis://127.0.0.1:6379/1"


def test_both_task_aliases_queue_in_the_database_unless_the_environment_names_a_backend():
    immediate = "django_tasks.backends.immediate.ImmediateBackend"

    assert load_settings("cms.settings.dev")["TASKS"] == {
        "default": "django_tasks_db.DatabaseBackend",
        "webhooks": "django_tasks_db.DatabaseBackend",
    }
    assert load_settings(
        "cms.settings.dev", TASK_BACKEND=immediate, WEBHOOK_TASK_BACKEND=immediate
    )["TASKS"] == {"default": immediate, "webhooks": immediate}


def test_content_languages_adds_a_language_and_the_first_is_the_default():
    loaded = load_settings("cms.settings.dev", CONTENT_LANGUAGES="sl,en,de")

    assert loaded["WAGTAIL_CONTENT_LANGUAGES"] == [
        ["sl", "Slovenščina"],
        ["en", "English"],
        ["de", "Deutsch"],
    ]
    assert loaded["LANGUAGES"] == loaded["WAGTAIL_CONTENT_LANGUAGES"]
    assert loaded["LANGUAGE_CODE"] == "sl"


def test_production_refuses_to_start_without_secret_key():
    result = run_python(
        ["-c", PRINT_SETTINGS],
        "cms.settings.production",
        ALLOWED_HOSTS="cms.example.org",
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_python(
        ["-c", PRINT_SETTINGS],
        "cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_production_never_runs_with_debug_even_when_the_environment_asks():
    loaded = load_settings("cms.settings.production", **production_variables(DEBUG="true"))

    assert loaded["DEBUG"] is False


def test_production_serves_only_the_contract_without_introspection_or_graphiql():
    loaded = load_settings("cms.settings.production", **production_variables())
    assert (loaded["INTROSPECTION"], loaded["GRAPHIQL"], loaded["PERSISTED_QUERIES_ONLY"]) == (
        False,
        False,
        True,
    )

    opened = load_settings(
        "cms.settings.production",
        **production_variables(GRAPHQL_INTROSPECTION="true", GRAPHIQL="true"),
    )
    assert (opened["INTROSPECTION"], opened["GRAPHIQL"]) == (True, True)


def test_production_passes_the_deployment_checklist():
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        "cms.settings.production",
        **production_variables(),
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


PROBE_OVER_HTTP = """
import json
import django
from django.test import Client

django.setup()
client = Client(HTTP_HOST="cms.example.org")
plain_health = client.get("/healthz")
plain_admin = client.get("/admin/login/")
proxied_health = client.get("/healthz", HTTP_X_FORWARDED_PROTO="https")
print(json.dumps({
    "plain_health": [plain_health.status_code, plain_health.content.decode()],
    "plain_admin": [plain_admin.status_code, plain_admin.get("Location")],
    "proxied_health": [proxied_health.status_code, proxied_health.get("Strict-Transport-Security")],
}))
"""


def test_production_redirects_to_https_except_the_health_probe(tmp_path):
    """Load balancers probe /healthz over plain HTTP inside the network; everything else is
    sent to HTTPS, and requests the TLS proxy marks as HTTPS are served with HSTS."""
    result = run_python(
        ["-c", PROBE_OVER_HTTP],
        "cms.settings.production",
        **production_variables(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}"),
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout)

    status, body = answers["plain_health"]
    assert status == 200
    assert json.loads(body)["checks"]["database"] == "ok"
    assert answers["plain_admin"] == [301, "https://cms.example.org/admin/login/"]
    status, hsts = answers["proxied_health"]
    assert status == 200
    assert hsts is not None
    assert "max-age=31536000" in hsts
