"""Django format overrides (``FORMAT_MODULE_PATH``): only what differs from Django's own locale
formats, which still supply everything else.

Weeks start on Monday in Slovenia, and in British English, the site's English (CLDR, which the
rest of the site's dates come from, agrees); Django's ``sl`` and ``en`` formats say Sunday, and
every date picker of Wagtail's admin (an event's dates, scheduled publishing) reads
``FIRST_DAY_OF_WEEK`` from here.
"""
