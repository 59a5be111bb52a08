"""A minimal Wagtail site that installs the reusable apps without this project.

It proves that ``project_pages``, ``calendar_app`` and the shared headless layer
``cms.graphql`` plug into another Wagtail project: nothing here comes from ``cms.settings``,
and ``cms.home`` is not installed. ``tests/pluggable/test_pluggable.py`` runs ``check``,
``migrate`` and a GraphQL query against it.

What a host project needs to give the apps:

``INSTALLED_APPS``
    The three apps; Wagtail (``wagtail``, ``wagtail.admin``, ``wagtail.users``,
    ``wagtail.sites``, ``wagtail.snippets``, ``wagtail.search``; ``wagtail.images`` and
    ``wagtail.documents`` are required by grapple's schema, ``wagtail.contrib.redirects`` by its
    ``redirects`` query); ``modelcluster`` and ``taggit``; ``grapple`` and ``graphene_django``
    (the GraphQL API); ``wagtail_localize`` and ``wagtail_localize.locales`` (translations);
    ``django_countries`` (partner countries and their names in each language);
    ``wagtail_headless_preview`` (previews on the frontend); and the Django contrib apps the
    Wagtail admin uses: auth, contenttypes, sessions, messages, staticfiles.
``WAGTAIL_I18N_ENABLED = True`` with ``WAGTAIL_CONTENT_LANGUAGES`` (and ``LANGUAGES``)
    The API is locale-aware; ``LANGUAGE_CODE`` is the default locale, used when a query names
    none, and must be one of the content languages.
``GRAPHENE``
    ``SCHEMA = "cms.graphql.schema.schema"``: grapple's schema (built from ``GRAPPLE``) cut
    down to the public allow-list of root queries and page fields. ``grapple.schema.schema``
    works too but also serves drafts' metadata and the ``redirects``, ``sites`` and
    ``documents`` queries. ``MIDDLEWARE`` with
    ``cms.graphql.arguments.ListArgumentsMiddleware`` applies the page-size, offset and
    ordering limits to nested lists too.
``GRAPPLE``
    ``APPS`` lists the content apps' labels (``project_pages``, ``calendar_app``) and
    ``PAGE_INTERFACE = "cms.graphql.interfaces.PublicPageInterface"`` gives every page
    ``locale`` and ``translations``. ``MAX_PAGE_SIZE`` is optional (default 100).
``WAGTAIL_HEADLESS_PREVIEW``
    ``CLIENT_URLS`` of the frontend that renders previews.
URLs
    A GraphQL endpoint served by ``cms.graphql.views.HeadlessGraphQLView`` (``tests/pluggable/
    urls.py``) and the Wagtail admin. Optional settings it reads: ``HEADLESS_GRAPHIQL``
    (default False) and ``HEADLESS_MAX_QUERY_DEPTH`` (default 10).

The SQLite database is the file named by the ``PLUGGABLE_DB`` environment variable (default: a
file in the system's temporary directory).
"""

import os
import tempfile
from pathlib import Path

SECRET_KEY = "pluggable-test-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

INSTALLED_APPS = [
    # The reusable apps under test and the shared headless layer.
    "project_pages",
    "calendar_app",
    "cms.graphql",
    # Translations.
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail.
    "wagtail.contrib.redirects",
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
    # GraphQL and headless preview.
    "grapple",
    "graphene_django",
    "wagtail_headless_preview",
    # Country names in every language (project partners).
    "django_countries",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "tests.pluggable.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get(
            "PLUGGABLE_DB", str(Path(tempfile.gettempdir()) / "cms-pluggable.sqlite3")
        ),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

USE_TZ = True
USE_I18N = True
LANGUAGE_CODE = "sl"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("sl", "Slovenščina"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True

STATIC_URL = "/static/"
WAGTAIL_SITE_NAME = "Pluggable apps"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": "http://localhost:3000"}}

GRAPHENE = {
    "SCHEMA": "cms.graphql.schema.schema",
    "MIDDLEWARE": ["cms.graphql.arguments.ListArgumentsMiddleware"],
}
GRAPPLE = {
    "APPS": ["project_pages", "calendar_app"],
    "PAGE_INTERFACE": "cms.graphql.interfaces.PublicPageInterface",
}
