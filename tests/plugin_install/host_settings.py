# --- wagtail-library-headless: what a host site adds to its settings (README, "Install as a
# plugin"). tests/plugin_install/check_wheel.sh appends this to a `wagtail start` site's
# settings/base.py, after the INSTALLED_APPS, MIDDLEWARE and TEMPLATES that `wagtail start`
# writes; nothing here comes from this repository's cms.settings.

INSTALLED_APPS = [
    # The reusable content apps, the shared headless layer and the publish webhooks.
    "project_pages",
    "calendar_app",
    "cms.graphql",
    "cms.webhooks",
    # The shared templates (the editors' inline panels, GraphiQL) and the Slovene catalogue of
    # cms.graphql, cms.webhooks and the admin helpers the apps share.
    "cms",
    # Translations.
    "wagtail_localize",
    "wagtail_localize.locales",
    *INSTALLED_APPS,
    # After Wagtail's apps: grapple builds its types from the snippets registered by then.
    "grapple",
    "graphene_django",
    # Previews on the frontend, partner countries, the webhooks' tasks.
    "wagtail_headless_preview",
    "django_countries",
    "django_tasks",
]

# The API is locale-aware: LANGUAGE_CODE is the default locale and one of the content languages.
LANGUAGE_CODE = "sl"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("sl", "Slovenščina"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "Europe/Ljubljana"

# Where readers see the pages: page URLs in the API, the .ics feeds' links and UIDs, previews.
FRONTEND_BASE_URL = "http://localhost:3000"
WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": FRONTEND_BASE_URL}}

GRAPHENE = {
    "SCHEMA": "cms.graphql.schema.schema",
    "MIDDLEWARE": ["cms.graphql.arguments.ListArgumentsMiddleware"],
}
GRAPPLE = {
    # The host's own page apps too ("home" of `wagtail start`): `pages` lists every page.
    "APPS": ["project_pages", "calendar_app", "home"],
    "PAGE_INTERFACE": "cms.graphql.interfaces.PublicPageInterface",
}

# `manage.py import_ics` refuses larger files before parsing them.
ICS_IMPORT_MAX_BYTES = 5 * 1024 * 1024
ICS_IMPORT_MAX_EVENTS = 2000
ICS_IMPORT_MAX_EVENTS_SQLITE = 500

# The plugin needs no task queue of its own: with django-tasks' immediate backend, publish
# webhooks are sent once the publish commits, in the publishing request. A host site that wants
# them off the request installs a durable backend such as django-tasks-db, as this repository's
# site does (README, "Background work: the task queue").
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
