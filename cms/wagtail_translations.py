"""Slovene for strings of Wagtail 8 and wagtail-localize that their own Slovene catalogues lack or
get wrong, on screens editors and translators see every day (the dashboard's counts, the
autosave indicator, the notice on an untranslated page, the translation editor's title).

Nothing imports this module: it is here so that ``make messages`` extracts these msgids into
``cms/locale``, which is in ``LOCALE_PATHS`` and so is read before the packages' catalogues. The
msgids must stay exactly theirs (its templates' ``blocktrans trimmed``); the test
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
AUTOSAVE = (
    gettext_noop("Autosave is paused"),
    gettext_noop("Saved"),
    gettext_noop("There are validation errors, click save to highlight them."),
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("Go to the first error"),
)
#: The workflow e-mails about a page (a translation submitted, approved or sent back).
WORKFLOW_MAIL = (
    gettext_noop('The page "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" '
        "by %(rejector)s."
    ),
    gettext_noop(
        'The page "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'
    ),
    gettext_noop('The page "%(title)s" has been rejected during "%(task)s".'),
    gettext_noop('The page "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_noop(
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s".'
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for approval to moderation stage "%(task)s".'
    ),
    gettext_noop(  # a subject line
        'The page "%(title)s" has been submitted for approval in moderation stage "%(task)s"'
    ),
    gettext_noop(
        'The page "%(title)s" has been submitted for moderation to workflow "%(workflow)s" '
        "by %(requester)s."
    ),
    gettext_noop('The page "%(title)s" has been submitted to workflow "%(workflow)s"'),
)
EDITOR = (
    gettext_noop("Actions (footer)"),  # the editor's footer, for screen readers
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
)
LOCALIZE = (
    # Theirs reads "zrcali Slovenščina stran" (a language name where an adjective belongs).
    gettext_noop(
        "This page hasn't been translated yet. It is mirroring the <a "
        'href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.'
    ),
    gettext_noop("Translation of %(instance)s into %(locale)s"),
)
