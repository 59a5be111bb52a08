"""The migrated test database, made once and copied into each test process.

Migrating from empty takes the better part of a minute (Django renders the models' history
over some 230 migrations), and each pytest-xdist worker used to do it for itself on every run.
Now the first worker to need the database migrates one as before, named after everything
migrating depends on (every migration file, the installed apps, the languages and Django's
version), and keeps it: on SQLite in memory (the default) as a file in the temporary folder,
on PostgreSQL as a database of its own. The other workers, and later runs with the same
migrations, copy it instead (sqlite3's backup API; PostgreSQL's ``CREATE DATABASE ...
TEMPLATE``). ``--create-db`` migrates it again, once per run. Other set-ups (a SQLite file,
several databases) are left to pytest-django as before.
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


def can_copy(aliases) -> bool:
    connection = connections["default"]
    if aliases != {"default"}:
        return False
    if connection.vendor == "postgresql":
        return True
    return connection.vendor == "sqlite" and connection.creation.is_in_memory_db(
        connection.settings_dict["TEST"].get("NAME") or ":memory:"
    )


def _serialize(connection, serialize: bool) -> None:
    if serialize:
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


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
    _serialize(connection, serialize)
    return [(connection, old_name, True)]


def _migrated_postgresql(verbosity: int, template: str) -> None:
    """Migrate the database ``template`` (dropped first if it is there)."""
    connection = connections["default"]
    worker_test_name = connection.settings_dict["TEST"]["NAME"]
    connection.settings_dict["TEST"]["NAME"] = template
    try:
        old_config = setup_databases(
            verbosity=verbosity, interactive=False, aliases={"default"}, serialized_aliases=()
        )
    finally:
        connection.settings_dict["TEST"]["NAME"] = worker_test_name
    # Back to the settings' database name without dropping the template.
    for migrated, old_name, _ in old_config:
        migrated.close()
        settings.DATABASES["default"]["NAME"] = migrated.settings_dict["NAME"] = old_name
    # Templates of earlier migrations are of no more use.
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s",
            [template.rpartition("_")[0] + "_%", template],
        )
        for (earlier,) in cursor.fetchall():
            cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(earlier)}")


def _copy_postgresql(template: str, serialize: bool) -> list:
    connection = connections["default"]
    old_name = connection.settings_dict["NAME"]
    test_name = connection.creation._get_test_db_name()
    quote = connection.ops.quote_name
    connection.close()
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(test_name)}")
        cursor.execute(f"CREATE DATABASE {quote(test_name)} TEMPLATE {quote(template)}")
    settings.DATABASES["default"]["NAME"] = connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    _serialize(connection, serialize)
    return [(connection, old_name, True)]


def _postgresql_template_exists(template: str) -> bool:
    connection = connections["default"]
    with connection.creation._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
        return cursor.fetchone() is not None


def _save(cached: Path) -> None:
    partial = cached.with_suffix(f".{os.getpid()}.part")
    with closing(sqlite3.connect(partial)) as target:
        connections["default"].connection.backup(target)
    partial.replace(cached)
    for earlier in CACHE_DIR.glob("migrated-*.sqlite3"):
        if earlier != cached:
            earlier.unlink(missing_ok=True)


def setup_copied(verbosity: int, serialized_aliases, rebuild: bool) -> list:
    """``setup_databases`` for the default database, through the kept migrated one."""
    CACHE_DIR.mkdir(exist_ok=True)
    key = migrations_key()
    made_by = CACHE_DIR / f"migrated-{connections['default'].vendor}-{key}.run"
    serialize = "default" in serialized_aliases
    with open(CACHE_DIR / "lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if connections["default"].vendor == "postgresql":
                template = f"test_{connections['default'].settings_dict['NAME']}_migrated_{key}"
                stale = rebuild and not _made_in_this_run(made_by)
                if stale or not _postgresql_template_exists(template):
                    _migrated_postgresql(verbosity, template)
                    _note_run(made_by)
                return _copy_postgresql(template, serialize)
            cached = CACHE_DIR / f"migrated-{key}.sqlite3"
            if cached.exists() and not (rebuild and not _made_in_this_run(made_by)):
                return _restore(cached, serialize)
            old_config = setup_databases(
                verbosity=verbosity,
                interactive=False,
                aliases={"default"},
                serialized_aliases=serialized_aliases,
            )
            _save(cached)
            _note_run(made_by)
            return old_config
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _note_run(made_by: Path) -> None:
    made_by.write_text(os.environ.get("PYTEST_XDIST_TESTRUNUID", ""))


def _made_in_this_run(made_by: Path) -> bool:
    """With ``--create-db`` every worker would migrate again; the first one's copy will do."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    return bool(run) and made_by.exists() and made_by.read_text() == run
