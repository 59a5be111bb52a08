"""The event editor's widgets: date pickers whose weeks start on Monday, and the "Repeats"
choice with its live summary and list of next dates (``static/calendar_app/
recurrence-editor.js`` shows only the fields the choice needs and asks
``admin_recurrence`` for the summary as the editor types).

Wagtail's pickers take the first day of the week from Django's locale formats, and Django's
Slovene formats say Sunday (``FIRST_DAY_OF_WEEK = 0``); CLDR, which the rest of the site's
dates come from (``cms.content.formatting``), says Monday, for Slovene and British English.
"""

from babel import Locale, UnknownLocaleError
from django import forms
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from cms.content import formatting


def editor_language() -> str:
    """The admin's language, as the summaries have patterns for it."""
    language = (translation.get_language() or "en").split("-")[0]
    return language if language in ("sl", "en") else "en"


def first_day_of_week() -> int:
    """The pickers' first day of the week (0 Sunday, 1 Monday …, as they count) in the
    editor's language, from CLDR."""
    language = editor_language()
    try:
        locale = Locale.parse(formatting.DATE_LOCALES.get(language, language))
    except (ValueError, UnknownLocaleError):
        return 1
    return (locale.first_week_day + 1) % 7  # CLDR counts from Monday = 0


class MondayFirstDateInput(AdminDateInput):
    def get_config(self):
        return {**super().get_config(), "dayOfWeekStart": first_day_of_week()}


class MondayFirstDateTimeInput(AdminDateTimeInput):
    def get_config(self):
        return {**super().get_config(), "dayOfWeekStart": first_day_of_week()}


class RepeatEditor(forms.Select):
    """The "Repeats" choice, then the repetition in words and its next dates, with buttons
    that add an excluded date or a changed occurrence for one of them. ``summary`` is the
    stored rule in words, shown before the script asks for the sentence of what is typed."""

    template_name = "calendar_app/widgets/repeat_editor.html"
    summary = ""

    def __init__(self, attrs=None, choices=(), *, fields_by_frequency=None):
        super().__init__(attrs, choices)
        self.fields_by_frequency = fields_by_frequency or {}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["summary"] = self.summary
        context["widget"]["editor_config"] = {
            "url": reverse("calendar_app_recurrence_preview"),
            "fieldsByFrequency": self.fields_by_frequency,
            "formsets": {"excluded": "excluded_dates", "changes": "occurrence_changes"},
            "strings": {
                "noDates": gettext("No dates ahead."),
                "failed": gettext("The dates could not be checked now; saving checks them."),
                "exclude": gettext("Exclude this date"),
                "change": gettext("Move or cancel this date"),
                "moved": gettext("moved"),
                "cancelled": gettext("cancelled"),
            },
        }
        return context

    @property
    def media(self):
        return forms.Media(
            js=["calendar_app/recurrence-editor.js"],
            css={"all": ["calendar_app/recurrence-editor.css"]},
        )
