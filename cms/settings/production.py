"""Public deployment: every secret and host comes from the environment, and the process refuses
to start when one that matters is missing rather than run with an unsafe default."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = False

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production settings (cms.settings.production) refuse to start "
        "without it: set the SECRET_KEY environment variable to a long random string, e.g. "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. Set it to the comma-separated host names this CMS answers "
        "on, e.g. ALLOWED_HOSTS=cms.mklj.si."
    )

# Every response-cache hit reads the database once (its change numbers), so a connection per
# request would cost more than the hit itself; health checks drop a connection that went bad.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)  # noqa: F405

# Media's entries (default, and renditions on a bucket: base, MEDIA_STORAGE_URL) are kept.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
HEADLESS_GRAPHIQL = env.bool("GRAPHIQL", default=False)
HEADLESS_INTROSPECTION = env.bool("GRAPHQL_INTROSPECTION", default=False)
# The public API runs only the operations the frontends were built with (the frontend
# contract's persisted-operations manifest): anyone on the internet can reach /graphql/, and an
# allow-list refuses costly or probing ad-hoc queries before they are parsed. Turn it off
# (PERSISTED_QUERIES_ONLY=false) only for a deployment whose clients write their own queries.
HEADLESS_PERSISTED_QUERIES_ONLY = env.bool("PERSISTED_QUERIES_ONLY", default=True)
