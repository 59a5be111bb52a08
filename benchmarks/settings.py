"""Production settings for the benchmark, with the Wagtail REST APIs mounted beside /graphql/.

The benchmark measures what a deployment serves, so it starts from ``cms.settings.production``
(DEBUG off, persisted operations only, WhiteNoise, the same middleware). Only what a loopback
run needs is relaxed, through the same environment variables a deployment would set: a
throwaway key, loopback hosts, no HTTPS redirect, no rate limit. The REST APIs (v2 and v3) are
added here and in ``benchmarks.urls`` only, to compare against: the site does not serve them.

Without ``DATABASE_URL`` the database is the cached SQLite file the generator builds
(``benchmarks/.cache/``); media (the generated images and their renditions) live there too.
"""

import os
from pathlib import Path

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
GENERATOR_DB = CACHE_DIR / "bench.sqlite3"
CACHE_DIR.mkdir(exist_ok=True)

os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-for-deployment")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("RATE_LIMIT", "")
# No task worker runs beside the benchmark: the generated site's index updates run as it is
# written, as they did before the task queue.
os.environ.setdefault("TASK_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
os.environ.setdefault("WEBHOOK_TASK_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{GENERATOR_DB}")
os.environ.setdefault("MEDIA_ROOT", str(CACHE_DIR / "media"))
os.environ.setdefault("STATIC_ROOT", str(CACHE_DIR / "static"))

from cms.settings.production import *  # noqa: E402, F403
from cms.settings.production import INSTALLED_APPS, STORAGES  # noqa: E402

ROOT_URLCONF = "benchmarks.urls"
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2", "rest_framework"]
# The in-process runner never collects static files; the manifest storage would refuse to start.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Browsable API off: the REST side answers JSON, as a frontend would ask for it.
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}
WAGTAILAPI_DOCS_ENABLED = False
