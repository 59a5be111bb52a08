"""The migrated SQLite test database, made once and copied into each test process.

Migrating from empty takes the better part of a minute (Django renders the models' history
over some 230 migrations), and each pytest-xdist worker used to do it for itself on every run.
On SQLite in memory (the default), the first worker to need the database migrates it as
before and saves a copy in the temporary folder, named after everything migrating depends on:
every migration file, the installed apps, the languages and Django's version. The other
workers, and later runs with the same migrations, copy that file into their in-memory database
(sqlite3's backup API) instead. ``--create-db`` migrates again whatever is saved. Any other
database (CI's PostgreSQL) is set up by pytest-django as before.
"""

import fcntl
import hashlib
import os
import sqlite3
import tempfile
from contextlib import closing
from importlib import import_module
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.test.utils import setup_databases

CACHE_DIR = Path(tempfile.gettempdir()) / "cms-test-databases"


def _migration_files() -> list[Path]:
    files = []
    for app_config in apps.get_app_configs():
        module_name, _ = MigrationLoader.migrations_module(app_config.label)
        try:
            module = import_module(module_name)
        except ImportError:
            continue
        for folder in getattr(module, "__path__", ()):
            files.extend(sorted(Path(folder).glob("*.py")))
    return files


def migrations_key() -> str:
    digest = hashlib.sha256()
    for part in (
        django.get_version(),
        settings.INSTALLED_APPS,
        settings.LANGUAGE_CODE,
        settings.LANGUAGES,
        getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None),
        settings.AUTH_USER_MODEL,
    ):
        digest.update(repr(part).encode())
    for path in _migration_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def in_memory_sqlite(aliases) -> bool:
    return aliases == {"default"} and connections["default"].creation.is_in_memory_db(
        connections["default"].settings_dict["TEST"].get("NAME") or ":memory:"
    )


def _restore(cached: Path, serialize: bool) -> list:
    """The in-memory test database as Django makes it, with the saved database's contents."""
    connection = connections["default"]
    old_name = connection.settings_dict["NAME"]
    test_name = connection.creation._get_test_db_name()
    connection.close()
    settings.DATABASES["default"]["NAME"] = connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    with closing(sqlite3.connect(cached)) as source:
        source.backup(connection.connection)
    if serialize:
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    return [(connection, old_name, True)]


def _save(cached: Path) -> None:
    partial = cached.with_suffix(f".{os.getpid()}.part")
    with closing(sqlite3.connect(partial)) as target:
        connections["default"].connection.backup(target)
    partial.replace(cached)


def setup_in_memory_sqlite(verbosity: int, serialized_aliases, rebuild: bool) -> list:
    """``setup_databases`` for the in-memory default database, through the saved copy."""
    CACHE_DIR.mkdir(exist_ok=True)
    cached = CACHE_DIR / f"migrated-{migrations_key()}.sqlite3"
    with open(CACHE_DIR / "lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if cached.exists() and not (rebuild and not _made_in_this_run(cached)):
                return _restore(cached, "default" in serialized_aliases)
            old_config = setup_databases(
                verbosity=verbosity,
                interactive=False,
                aliases={"default"},
                serialized_aliases=serialized_aliases,
            )
            _save(cached)
            cached.with_suffix(".run").write_text(os.environ.get("PYTEST_XDIST_TESTRUNUID", ""))
            return old_config
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _made_in_this_run(cached: Path) -> bool:
    """With ``--create-db`` every worker would migrate again; the first one's copy will do."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    made_by = cached.with_suffix(".run")
    return bool(run) and made_by.exists() and made_by.read_text() == run
