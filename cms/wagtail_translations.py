"""Slovene for strings of Wagtail 8 itself that its own Slovene catalogue lacks, on the screens
editors see every day (the dashboard's counts, the autosave indicator).

Nothing imports this module: it is here so that ``make messages`` extracts these msgids into
``cms/locale``, which is in ``LOCALE_PATHS`` and so is read before Wagtail's catalogues. The
msgids must stay exactly Wagtail's (its templates' ``blocktrans trimmed``); the test
``tests/cms/test_admin_language.py`` fails when a Wagtail upgrade changes one.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

DASHBOARD_COUNTS = (
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
        "total",
    ),
)
AUTOSAVE = (gettext_noop("Autosave is paused"),)
