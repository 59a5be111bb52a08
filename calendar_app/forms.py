"""The event editor's repeat fields: plain choices that build an RFC 5545 rule, so editors
never type RRULE syntax (power users still can, with "Custom rule")."""

from django import forms
from django.utils import translation
from wagtail.admin.forms import WagtailAdminPageForm

from cms.graphql import formatting

from .describe import describe_rule
from .recurrence import WEEKDAY_CODES, RuleError, parse_rule, until_date

REPEAT_CHOICES = [
    ("", "Does not repeat"),
    ("DAILY", "Daily"),
    ("WEEKLY", "Weekly"),
    ("MONTHLY", "Monthly"),
    ("YEARLY", "Yearly"),
    ("CUSTOM", "Custom rule (RFC 5545, below)"),
]
ORDINAL_CHOICES = [
    ("", "—"),
    ("1", "first"),
    ("2", "second"),
    ("3", "third"),
    ("4", "fourth"),
    ("-1", "last"),
]


def _babel_locale() -> str:
    language = (translation.get_language() or "en").split("-")[0]
    return language if language in ("sl", "en") else "en"


class EventPageForm(WagtailAdminPageForm):
    repeat = forms.ChoiceField(choices=REPEAT_CHOICES, required=False, label="Repeats")
    repeat_interval = forms.IntegerField(
        min_value=1, max_value=99, initial=1, required=False, label="Every",
        help_text="1 = every day/week/month/year, 2 = every other one, …",
    )  # fmt: skip
    repeat_weekdays = forms.MultipleChoiceField(
        choices=[], required=False, widget=forms.CheckboxSelectMultiple, label="On",
        help_text="Weekly: the days of the week. Monthly/yearly: the day(s) for 'first', 'last'…",
    )  # fmt: skip
    repeat_ordinal = forms.ChoiceField(
        choices=ORDINAL_CHOICES, required=False, label="Which",
        help_text="Monthly or yearly: e.g. the second Tuesday, the last Friday.",
    )  # fmt: skip
    repeat_month_day = forms.IntegerField(
        min_value=-1, max_value=31, required=False, label="Day of the month",
        help_text="Monthly or yearly on a date, e.g. 13; -1 for the last day of the month.",
    )  # fmt: skip
    repeat_months = forms.MultipleChoiceField(
        choices=[], required=False, widget=forms.CheckboxSelectMultiple, label="In months",
        help_text="Yearly: the month(s).",
    )  # fmt: skip
    repeat_until = forms.DateField(
        required=False, label="Until", help_text="The last day it may take place (included)."
    )
    repeat_count = forms.IntegerField(
        min_value=1, max_value=1000, required=False, label="Number of times",
        help_text="Instead of an end date: how many times in all (excluded dates count too).",
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = _babel_locale()
        day_names = formatting.weekday_names(locale)
        month_names = formatting.month_names(locale)
        self.fields["repeat_weekdays"].choices = list(zip(WEEKDAY_CODES, day_names, strict=True))
        self.fields["repeat_months"].choices = [(str(m), month_names[m]) for m in range(1, 13)]
        rule = self.instance.recurrence_rule if self.instance else ""
        if not self.is_bound:
            self.initial.update(self._initial_from_rule(rule))
        if "recurrence_rule" in self.fields:
            self.fields["recurrence_rule"].required = False
            self.fields["recurrence_rule"].help_text = (
                f"Now: {describe_rule(rule, locale)}. "
                "Only used with 'Custom rule'; otherwise built from the fields above."
            )

    @staticmethod
    def _initial_from_rule(rule: str) -> dict:
        if not rule:
            return {"repeat": "", "repeat_interval": 1}
        try:
            parts = parse_rule(rule)
        except RuleError:
            return {"repeat": "CUSTOM"}
        initial = {"repeat": parts["FREQ"], "repeat_interval": int(parts.get("INTERVAL", 1))}
        if "BYDAY" in parts:
            days = parts["BYDAY"].split(",")
            ordinals = {day[:-2] for day in days}
            if len(ordinals) > 1 or (ordinals != {""} and len(days) > 1):
                return {"repeat": "CUSTOM"}
            initial["repeat_weekdays"] = [day[-2:] for day in days]
            if ordinals != {""}:
                initial["repeat_ordinal"] = ordinals.pop()
        if "BYSETPOS" in parts:
            if "," in parts["BYSETPOS"] or "repeat_ordinal" in initial:
                return {"repeat": "CUSTOM"}
            initial["repeat_ordinal"] = parts["BYSETPOS"]
        if "BYMONTHDAY" in parts:
            if "," in parts["BYMONTHDAY"]:
                return {"repeat": "CUSTOM"}
            initial["repeat_month_day"] = int(parts["BYMONTHDAY"])
        if "BYMONTH" in parts:
            initial["repeat_months"] = parts["BYMONTH"].split(",")
        if (last_day := until_date(parts)) is not None:
            initial["repeat_until"] = last_day
        if "COUNT" in parts:
            initial["repeat_count"] = int(parts["COUNT"])
        return initial

    def clean(self):
        cleaned = super().clean()
        repeat = cleaned.get("repeat")
        if repeat == "CUSTOM":
            rule = (cleaned.get("recurrence_rule") or "").strip().removeprefix("RRULE:")
            if not rule:
                self.add_error("recurrence_rule", "Write the rule, or choose how it repeats above.")
        elif repeat:
            rule = self._build_rule(cleaned, repeat)
        else:
            rule = ""
        try:
            if rule:
                parse_rule(rule)
        except RuleError as error:
            self.add_error("repeat" if repeat != "CUSTOM" else "recurrence_rule", str(error))
            # Reported once, here: the page's own validation then checks the rest as for an
            # event that does not repeat, rather than saying the same of the rule again.
            cleaned.pop("recurrence_rule", None)
            self.instance.recurrence_rule = ""
            self.instance.posted_schedule = ([], [])
            return cleaned
        cleaned["recurrence_rule"] = rule
        self.instance.recurrence_rule = rule
        self.instance.posted_schedule = self._posted_schedule()
        return cleaned

    def _posted_schedule(self) -> tuple[list | None, list | None]:
        """The excluded dates and changed occurrences being posted, for the page's validation:
        its relations hold the stored ones until the form is saved (None: not in this form,
        the stored ones count)."""
        excluded = self._kept_child_forms("excluded_dates")
        changes = self._kept_child_forms("occurrence_changes")
        return (
            None if excluded is None else [form.cleaned_data["date"] for form in excluded],
            None if changes is None else [form.instance.as_change() for form in changes],
        )

    def _kept_child_forms(self, relation: str) -> list | None:
        """The filled-in inline forms of ``relation`` that are valid and not being deleted (the
        others show their own errors, or go away)."""
        formset = self.formsets.get(relation)
        if formset is None or not formset.is_bound:
            return None
        return [
            form
            for form in formset.forms
            if form.is_valid()
            and form.cleaned_data  # an extra form left empty
            and not (formset.can_delete and form.cleaned_data.get("DELETE"))
        ]

    def _build_rule(self, cleaned: dict, frequency: str) -> str:
        parts = [f"FREQ={frequency}"]
        if (interval := cleaned.get("repeat_interval") or 1) > 1:
            parts.append(f"INTERVAL={interval}")
        weekdays = cleaned.get("repeat_weekdays") or []
        ordinal = cleaned.get("repeat_ordinal")
        if ordinal and not weekdays:
            self.add_error("repeat_weekdays", "Choose the day(s) of the week for 'first', 'last'…")
        if weekdays:
            if ordinal and len(weekdays) == 1:
                parts.append(f"BYDAY={ordinal}{weekdays[0]}")
            else:
                parts.append(f"BYDAY={','.join(weekdays)}")
                if ordinal:
                    parts.append(f"BYSETPOS={ordinal}")
        if (month_day := cleaned.get("repeat_month_day")) not in (None, 0):
            parts.append(f"BYMONTHDAY={month_day}")
        if months := cleaned.get("repeat_months"):
            parts.append(f"BYMONTH={','.join(months)}")
        if (last_day := cleaned.get("repeat_until")) is not None:
            parts.append(f"UNTIL={last_day:%Y%m%d}")
        if count := cleaned.get("repeat_count"):
            parts.append(f"COUNT={count}")
        return ";".join(parts)
