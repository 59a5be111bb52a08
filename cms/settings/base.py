"""Settings shared by every environment, read from environment variables (12-factor).

Defaults here are safe for the local demo only; ``production`` refuses to start without the
values a public deployment needs.
"""

from datetime import timedelta
from pathlib import Path

import environ

from cms.storage import object_storages

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # The site itself: home pages and site-wide settings.
    "cms.home",
    # Reusable content apps and the shared headless layer they build on.
    "project_pages",
    "calendar_app",
    "cms.graphql",
    # Publish webhooks to frontends, sent by django-tasks; its queue is a database table that
    # `manage.py db_worker` works through (django-tasks-db).
    "cms.webhooks",
    "django_tasks",
    "django_tasks_db",
    # Translation workflow.
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail.
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # GraphQL delivery API and headless preview.
    "grapple",
    "graphene_django",
    "wagtail_headless_preview",
    "corsheaders",
    "django_countries",
    # Admin sign-in throttling (cms/auth.py).
    "axes",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "cms.middleware.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.ratelimit.RateLimitMiddleware",
    "cms.middleware.TranslationPublishGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a refused sign-in into its 429 page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "cms.auth.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database and cache: one URL each. SQLite and local memory unless told otherwise.
DATABASES = {
    # SQLite (the demo): a writer takes the lock when its transaction starts and others wait up
    # to 20 s, so autosave and the preview panel writing at once do not fail "database is
    # locked".
    "default": env.db_url(
        "DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}?transaction_mode=IMMEDIATE&timeout=20",
    ),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# Redis (cms/cache.py): seconds to wait for a connection and for each answer, and seconds
# without trying Redis again after it failed to answer (every read a miss meanwhile).
CACHE_CONNECT_TIMEOUT = env.float("CACHE_CONNECT_TIMEOUT", default=0.25)
CACHE_SOCKET_TIMEOUT = env.float("CACHE_SOCKET_TIMEOUT", default=0.5)
CACHE_BREAKER_SECONDS = env.float("CACHE_BREAKER_SECONDS", default=5.0)


def resilient(cache_settings: dict) -> dict:
    """A Redis cache fails open (cms/cache.py): with Redis down or frozen the site serves
    uncached, waiting at most the timeouts above. The local-memory cache keeps more than
    Django's 300 entries: the response cache's answers and the registered persisted queries."""
    if cache_settings.get("BACKEND") == "django.core.cache.backends.redis.RedisCache":
        options = {
            "socket_connect_timeout": CACHE_CONNECT_TIMEOUT,
            "socket_timeout": CACHE_SOCKET_TIMEOUT,
            "circuit_breaker_seconds": CACHE_BREAKER_SECONDS,
            **cache_settings.get("OPTIONS", {}),
        }
        return {**cache_settings, "BACKEND": "cms.cache.ResilientRedisCache", "OPTIONS": options}
    if cache_settings.get("BACKEND") == "django.core.cache.backends.locmem.LocMemCache":
        options = {"MAX_ENTRIES": 50_000, **cache_settings.get("OPTIONS", {})}
        return {**cache_settings, "OPTIONS": options}
    return cache_settings


CACHES = {"default": resilient(env.cache_url("CACHE_URL", default="locmemcache://cms-default"))}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Slovene is the default content language; the admin speaks both.
# CONTENT_LANGUAGES adds a locale: e.g. CONTENT_LANGUAGES=sl,en,de, then
# `manage.py sync_locales` (README, "Adding a language").
LANGUAGE_NAMES = {
    "sl": "Slovenščina",
    "en": "English",
    "de": "Deutsch",
    "it": "Italiano",
    "hr": "Hrvatski",
}
CONTENT_LANGUAGE_CODES = env.list("CONTENT_LANGUAGES", default=["sl", "en"])
LANGUAGE_CODE = CONTENT_LANGUAGE_CODES[0]
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    (code, LANGUAGE_NAMES.get(code, code)) for code in CONTENT_LANGUAGE_CODES
]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Ljubljana")
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]
FORMAT_MODULE_PATH = ["cms.formats"]
# Each language named in itself, as language pickers do.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sl", "Slovenščina"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on an S3-compatible bucket instead of MEDIA_ROOT: MEDIA_STORAGE_URL=s3://<bucket>[/<prefix>]
# (cms.storage; README "Media on object storage"). Originals and documents stay private behind
# short-lived signed URLs; renditions are public. boto3 reads AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY from the environment itself.
MEDIA_STORAGE_URL = env.str("MEDIA_STORAGE_URL", default="")
if MEDIA_STORAGE_URL:
    STORAGES |= object_storages(
        storage_url=MEDIA_STORAGE_URL,
        region=env.str("AWS_S3_REGION_NAME", default=""),
        endpoint_url=env.str("AWS_S3_ENDPOINT_URL", default=""),
        public_domain=env.str("MEDIA_PUBLIC_DOMAIN", default=""),
        public_acl=env.str("MEDIA_PUBLIC_ACL", default="public-read"),
        private_url_expiry=env.int("PRIVATE_MEDIA_URL_EXPIRY", default=300),
    )
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    # A document link is always the CMS's /documents/<id>/<file>: the serve view checks the
    # collection's view restriction, then redirects to a signed URL of the private object.
    WAGTAILDOCS_SERVE_METHOD = "redirect"

# Wagtail.
WAGTAIL_SITE_NAME = env.str("WAGTAIL_SITE_NAME", default="Mestna knjižnica Ljubljana")
# The public base URL of each side (README "Quick start"), set once: `make run` and `make
# frontend` derive both from HOST, PORT and FRONTEND_PORT. CMS_BASE_URL is where this CMS is
# reached: the admin's links in e-mails (WAGTAILADMIN_BASE_URL, which grapple also puts before
# media paths) and the events' .ics links; WAGTAILADMIN_BASE_URL, its older name, is still read.
CMS_BASE_URL = env.str(
    "CMS_BASE_URL", default=env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
).rstrip("/")
WAGTAILADMIN_BASE_URL = CMS_BASE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# E-mail: Wagtail's workflow notifications (a translation submitted for review goes to the
# editors of its language; approval, or changes asked for with a comment, to the translator).
# EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.org:587; without it the messages are
# written to the log (console) and the admin's dashboard still lists what awaits review.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="cms@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env.str(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", default=DEFAULT_FROM_EMAIL
)
# Plain text: Wagtail 8 renders a notification's text in the recipient's admin language but its
# HTML part in the sender's (wagtail/admin/mail.py), so an HTML mail mixed two languages.
WAGTAILADMIN_NOTIFICATION_USE_HTML = False
# Reviewers are the groups of the language's editors; a superuser is told about every
# submission only when they ask for it.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = env.bool(
    "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", default=False
)

# Decoupled frontends. FRONTEND_BASE_URL is where readers see pages (page URLs, hreflang
# alternates, previews, and where a page opened on the CMS redirects); CORS_ALLOWED_ORIGINS
# lists the frontends whose browsers may call /graphql/.
FRONTEND_BASE_URL = env.str("FRONTEND_BASE_URL", default="http://127.0.0.1:3000").rstrip("/")
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[FRONTEND_BASE_URL])
CORS_URLS_REGEX = r"^/graphql/?$"
CORS_ALLOW_METHODS = ["GET", "OPTIONS", "POST"]

WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": env.str("PREVIEW_CLIENT_URL", default=FRONTEND_BASE_URL)},
    "SERVE_BASE_URL": FRONTEND_BASE_URL,
    "REDIRECT_ON_PREVIEW": False,
    "ENFORCE_TRAILING_SLASH": True,
}

# GraphQL.
GRAPHENE = {
    "SCHEMA": "cms.graphql.schema.schema",
    "MIDDLEWARE": [
        "cms.graphql.arguments.ListArgumentsMiddleware",
        # Notes what each query read, for the response cache's invalidation.
        "cms.graphql.caching_tags.CacheTagsMiddleware",
    ],
}
GRAPPLE = {
    "APPS": ["home", "project_pages", "calendar_app"],
    "ADD_SEARCH_HIT": False,
    "EXPOSE_GRAPHIQL": False,
    "PAGE_SIZE": 20,
    "MAX_PAGE_SIZE": 100,
    "PAGE_INTERFACE": "cms.graphql.interfaces.PublicPageInterface",
    # grapple's ImageObjectType.rendition renders only what PublicImage offers
    # (cms.content.renditions.offered_filters: RENDITION_WIDTHS in IMAGE_FORMATS): any size a
    # client asked for would be rendered and stored otherwise.
    "ALLOWED_IMAGE_FILTERS": [
        f"max-{width}x{width * 4}|format-{image_format}"
        for image_format in ("webp", "avif")
        for width in (160, 320, 480, 640, 800, 1024, 1280, 1600)
    ],
}
HEADLESS_GRAPHIQL = env.bool("GRAPHIQL", default=True)
# Schema introspection (__schema, __type) for tools like GraphiQL and code generators; frontends
# can build from the committed frontend_contract/schema.graphql instead.
HEADLESS_INTROSPECTION = env.bool("GRAPHQL_INTROSPECTION", default=True)

# Calendar. The site's month grid heads its columns with the first two letters of each day's
# name in Slovene (the seed's "Po To Sr Če Pe So Ne"); other languages use CLDR's short names.
CALENDAR_WEEKDAY_NAMES = {"sl": ["Po", "To", "Sr", "Če", "Pe", "So", "Ne"]}
# manage.py import_ics refuses, before parsing, a file over ICS_IMPORT_MAX_BYTES or with more
# events (VEVENTs) than ICS_IMPORT_MAX_EVENTS; on SQLite, where nobody can save while an
# import's one transaction is open, more than ICS_IMPORT_MAX_EVENTS_SQLITE.
ICS_IMPORT_MAX_BYTES = env.int("ICS_IMPORT_MAX_BYTES", default=5 * 1024 * 1024)
ICS_IMPORT_MAX_EVENTS = env.int("ICS_IMPORT_MAX_EVENTS", default=2000)
ICS_IMPORT_MAX_EVENTS_SQLITE = env.int("ICS_IMPORT_MAX_EVENTS_SQLITE", default=500)
HEADLESS_MAX_QUERY_DEPTH = env.int("GRAPHQL_MAX_QUERY_DEPTH", default=10)
# What one GraphQL request may ask for (cms/graphql/limits.py); the frontend contract's
# operations stay well inside each. Cost is how many objects a query could return, each list
# counted at its page size; the document's size is checked before it is parsed.
HEADLESS_MAX_QUERY_COST = env.int("GRAPHQL_MAX_QUERY_COST", default=50_000)
HEADLESS_MAX_ALIASES = env.int("GRAPHQL_MAX_ALIASES", default=30)
HEADLESS_MAX_ROOT_FIELDS = env.int("GRAPHQL_MAX_ROOT_FIELDS", default=10)
HEADLESS_MAX_FIELD_REPEATS = env.int("GRAPHQL_MAX_FIELD_REPEATS", default=10)
HEADLESS_MAX_DOCUMENT_BYTES = env.int("GRAPHQL_MAX_DOCUMENT_BYTES", default=16_384)
# JSON arrays and objects a request body (or a variables/extensions URL parameter) may nest,
# checked before it is parsed (cms/graphql/bounds.py).
HEADLESS_MAX_JSON_DEPTH = env.int("GRAPHQL_MAX_JSON_DEPTH", default=32)
# Largest POST body /graphql/ reads (a document and its variables); more is refused with 413
# before it is decoded. Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) is for the admin's forms.
HEADLESS_MAX_BODY_BYTES = env.int("GRAPHQL_MAX_BODY_BYTES", default=4 * HEADLESS_MAX_DOCUMENT_BYTES)
# A page or snippet with no version in the requested language: left out (False) or served in
# the default language, marked `isFallback` (True). Applies to lookups and listings alike.
HEADLESS_LOCALE_FALLBACK = env.bool("LOCALE_FALLBACK", default=False)
# How long a draft preview link from the admin's Preview button stays valid, in seconds.
HEADLESS_PREVIEW_MAX_AGE = env.int("PREVIEW_MAX_AGE", default=3600)
# Persisted operations (cms/graphql/persisted.py). The manifest is the frontend contract's
# persisted-operations list (a setting, not an environment variable); a missing file is an empty
# list. With PERSISTED_QUERIES_ONLY, /graphql/ runs only the manifest's operations. Documents
# clients register by automatic persisted queries stay in the default cache this many seconds:
# an hour, since anyone may register any number of them (a client whose document expired sends
# it once more); each is at most GRAPHQL_MAX_DOCUMENT_BYTES.
HEADLESS_PERSISTED_QUERIES_MANIFEST = BASE_DIR / "frontend_contract" / "persisted-operations.json"
HEADLESS_PERSISTED_QUERIES_ONLY = env.bool("PERSISTED_QUERIES_ONLY", default=False)
HEADLESS_PERSISTED_QUERIES_CACHE_TIMEOUT = env.int("PERSISTED_QUERIES_CACHE_TIMEOUT", default=3600)
# Caching (cms/graphql/caching.py). Anonymous GraphQL query answers are kept in the default cache
# for RESPONSE_CACHE_TIMEOUT seconds and dropped when content they showed changes. Public GET
# answers (GraphQL queries, .ics feeds) carry an ETag and
# Cache-Control: public, max-age=HTTP_CACHE_MAX_AGE,
# stale-while-revalidate=HTTP_CACHE_STALE_WHILE_REVALIDATE for browsers and CDNs.
RESPONSE_CACHE = env.bool("RESPONSE_CACHE", default=True)
RESPONSE_CACHE_TIMEOUT = env.int("RESPONSE_CACHE_TIMEOUT", default=300)
HTTP_CACHE_MAX_AGE = env.int("HTTP_CACHE_MAX_AGE", default=60)
HTTP_CACHE_STALE_WHILE_REVALIDATE = env.int("HTTP_CACHE_STALE_WHILE_REVALIDATE", default=300)

# "Translate this page" on a live page makes a draft translation, not a published one: only
# editors allowed to publish it decide when it goes live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's translation editor: off unless MACHINE_TRANSLATOR
# is set. Its value is the dotted path of a wagtail-localize machine translator class, e.g.
#   MACHINE_TRANSLATOR=wagtail_localize.machine_translators.deepl.DeepLTranslator
# (also .google.GoogleCloudTranslator, .libretranslate.LibreTranslator, .dummy.DummyTranslator);
# MACHINE_TRANSLATOR_OPTIONS is the translator's OPTIONS as a JSON object, e.g.
#   MACHINE_TRANSLATOR_OPTIONS='{"AUTH_KEY": "<DeepL API key>"}'
if MACHINE_TRANSLATOR := env.str("MACHINE_TRANSLATOR", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": MACHINE_TRANSLATOR,
        "OPTIONS": env.json("MACHINE_TRANSLATOR_OPTIONS", default={}),
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

# Requests per client address on /graphql/ and the iCalendar feeds (cms/ratelimit.py):
# "<requests>/<seconds>", empty to switch off. Exempt the address of a server-rendering frontend;
# behind reverse proxies, say how many, so the client's address is read from X-Forwarded-For.
HEADLESS_RATE_LIMIT = env.str("RATE_LIMIT", default="600/60")
HEADLESS_RATE_LIMIT_EXEMPT = env.list("RATE_LIMIT_EXEMPT", default=[])
HEADLESS_RATE_LIMIT_TRUSTED_PROXIES = env.int("RATE_LIMIT_TRUSTED_PROXIES", default=0)

# Admin sign-in throttling (cms/auth.py, django-axes): after LOGIN_FAILURE_LIMIT failed sign-ins
# for one account, or from one client address (read as the rate limit reads it, so behind
# RATE_LIMIT_TRUSTED_PROXIES proxies from X-Forwarded-For), sign-in is refused for
# LOGIN_COOLOFF_MINUTES without checking the password; a success resets the account's count.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.auth.login_client_address"
AXES_LOCKOUT_CALLABLE = "cms.auth.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
# One line per failed sign-in is enough in the log; axes logs every successful one otherwise.
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True

# Background work (README "Background work: the task queue"): both django-tasks aliases queue in
# the database (django-tasks-db), each task written in the transaction that enqueues it.
# `manage.py db_worker --backend default` runs Wagtail's own tasks, `--backend webhooks` the
# publish webhooks (cms/webhooks/); `deliver_webhooks` from cron is their safety net.
# TASK_BACKEND and WEBHOOK_TASK_BACKEND may name another backend class (the immediate one runs
# each task in the process that enqueues it).
DATABASE_TASK_BACKEND = "django_tasks_db.DatabaseBackend"
TASKS = {
    "default": {"BACKEND": env.str("TASK_BACKEND", default=DATABASE_TASK_BACKEND)},
    "webhooks": {"BACKEND": env.str("WEBHOOK_TASK_BACKEND", default=DATABASE_TASK_BACKEND)},
}
WEBHOOK_TASK_BACKEND = "webhooks"
# Seconds to wait for a receiver to connect and to answer (each); 2xx is success, anything else
# (a redirect too) is retried after these delays until WEBHOOK_MAX_ATTEMPTS attempts in all.
WEBHOOK_TIMEOUT = env.float("WEBHOOK_TIMEOUT", default=5.0)
# Seconds one attempt may take in all: per-socket timeouts alone let a receiver that drips its
# answer hold an attempt (and a worker) as long as it likes.
WEBHOOK_DEADLINE = env.float("WEBHOOK_DEADLINE", default=2 * WEBHOOK_TIMEOUT)
WEBHOOK_MAX_ATTEMPTS = env.int("WEBHOOK_MAX_ATTEMPTS", default=6)
WEBHOOK_RETRY_DELAYS = [30, 120, 600, 3600, 6 * 3600]
