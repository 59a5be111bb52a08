"""Test suite: SQLite in memory unless DATABASE_URL points elsewhere (CI runs PostgreSQL)."""

import os

from .base import *  # noqa: F403
from .base import env, resilient

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
DATABASES = {"default": env.db_url("DATABASE_URL", default="sqlite://:memory:")}


def _worker_cache(cache_settings: dict, worker: int) -> dict:
    """`make test` runs the suite in several processes (pytest-xdist; pytest-django gives each
    its own test database). Tests clear the cache, and a Redis clear empties the whole
    database, so each process gets its own Redis database number after the configured one."""
    if worker and "redis" in cache_settings.get("BACKEND", "").lower():
        base, _, number = cache_settings["LOCATION"].rpartition("/")
        cache_settings = {**cache_settings, "LOCATION": f"{base}/{int(number or 0) + worker}"}
    return cache_settings


#: 0 outside pytest-xdist, else the worker's number from 1 (gw0 is 1).
XDIST_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw-1").removeprefix("gw")) + 1
CACHES = {
    "default": {
        **_worker_cache(
            resilient(env.cache_url("CACHE_URL", default="locmemcache://cms-test")),
            XDIST_WORKER,
        ),
        "KEY_PREFIX": "cms-test",
    }
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / ".test-media" / str(XDIST_WORKER)  # noqa: F405
CMS_BASE_URL = WAGTAILADMIN_BASE_URL = "http://cms.test"
FRONTEND_BASE_URL = "https://www.library.test"
LOGGING = {"version": 1, "disable_existing_loggers": False}
# wagtail-localize's dummy machine translator (it reverses the words), whatever the environment.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
# The suite sends thousands of requests from one address; the rate limit's tests switch it on.
HEADLESS_RATE_LIMIT = ""
# The response cache stays off so tests see every change at once; its tests switch it on.
RESPONSE_CACHE = False
# Tasks (Wagtail's and the webhook deliveries) run inline, so tests see their outcome; the tests
# of the queue itself (tests/cms/webhooks/test_queue.py) switch to the database backend.
IMMEDIATE_TASKS = {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
TASKS = {"default": IMMEDIATE_TASKS, "webhooks": IMMEDIATE_TASKS}
