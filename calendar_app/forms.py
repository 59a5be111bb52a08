"""The event editor's repeat fields: plain choices that build an RFC 5545 rule, so editors
never type RRULE syntax (power users still can, with "Custom rule").

Each kind of repetition reads only its own fields (``FIELDS_BY_FREQUENCY``): the editor's
script hides the others, and what a hidden field still holds is ignored rather than built
into a rule the editor never saw. The rule's problems are said in plain words on the field
that set them, and an excluded date or changed occurrence at fault on its own row."""

from datetime import datetime, time

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.content import formatting
from cms.forms import CompletePageForm
from cms.panels import offer_in_locale, page_locale

from .conf import site_zone
from .describe import describe_rule
from .editor_widgets import MondayFirstDateInput, RepeatEditor, editor_language
from .recurrence import WEEKDAY_CODES, Problems, RuleError, parse_rule, until_date

REPEAT_CHOICES = [
    ("", _("Does not repeat")),
    ("DAILY", _("Daily")),
    ("WEEKLY", _("Weekly")),
    ("MONTHLY", _("Monthly")),
    ("YEARLY", _("Yearly")),
    ("CUSTOM", _("Custom rule (RFC 5545, below)")),
]
ORDINAL_CHOICES = [
    ("", "—"),
    ("1", _("first")),
    ("2", _("second")),
    ("3", _("third")),
    ("4", _("fourth")),
    ("-1", _("last")),
]
_END = ("repeat_until", "repeat_count")
_ON_A_DAY = ("repeat_ordinal", "repeat_weekdays", "repeat_month_day")
#: The fields each choice of "Repeats" reads; the editor's script shows only these.
FIELDS_BY_FREQUENCY: dict[str, tuple[str, ...]] = {
    "": (),
    "DAILY": ("repeat_interval", *_END),
    "WEEKLY": ("repeat_interval", "repeat_weekdays", *_END),
    "MONTHLY": ("repeat_interval", *_ON_A_DAY, *_END),
    "YEARLY": ("repeat_interval", "repeat_months", *_ON_A_DAY, *_END),
    "CUSTOM": ("recurrence_rule",),
}
REPEAT_FIELDS = (
    "repeat_interval",
    "repeat_ordinal",
    "repeat_weekdays",
    "repeat_month_day",
    "repeat_months",
    "repeat_until",
    "repeat_count",
)
#: Where a changed occurrence's problem is shown, by the part ``recurrence.check`` names.
CHANGE_FIELDS = {"date": "original_date", "start": "new_start", "end": "new_end"}


def build_rule(frequency: str, values: dict) -> tuple[str, dict[str, str]]:
    """The rule the fields of ``frequency`` give (the others are ignored), and the problems
    with them, by field. ``values``: cleaned values by field name."""
    used = {name: values.get(name) for name in FIELDS_BY_FREQUENCY[frequency]}
    errors: dict[str, str] = {}
    parts = [f"FREQ={frequency}"]
    if (interval := used.get("repeat_interval") or 1) > 1:
        parts.append(f"INTERVAL={interval}")
    weekdays = used.get("repeat_weekdays") or []
    ordinal = used.get("repeat_ordinal")
    month_day = used.get("repeat_month_day")
    if ordinal and not weekdays:
        errors["repeat_weekdays"] = str(_("Choose the day of the week for 'first', 'last'…"))
    if weekdays and month_day not in (None, 0):
        errors["repeat_month_day"] = str(
            _("Choose either a day of the week or a day of the month, not both.")
        )
    if weekdays:
        if ordinal and len(weekdays) == 1:
            parts.append(f"BYDAY={ordinal}{weekdays[0]}")
        else:
            parts.append(f"BYDAY={','.join(weekdays)}")
            if ordinal:
                parts.append(f"BYSETPOS={ordinal}")
    if month_day not in (None, 0):
        parts.append(f"BYMONTHDAY={month_day}")
    if months := used.get("repeat_months"):
        parts.append(f"BYMONTH={','.join(months)}")
    last_day, count = used.get("repeat_until"), used.get("repeat_count")
    if last_day is not None and count:
        errors["repeat_count"] = str(_("Give either an end date or a number of times, not both."))
    if last_day is not None:
        parts.append(f"UNTIL={last_day:%Y%m%d}")
    if count:
        parts.append(f"COUNT={count}")
    return ";".join(parts), errors


def rule_from_fields(repeat: str, values: dict, typed_rule: str) -> tuple[str, dict[str, str]]:
    """The rule an editor's choices give, checked as typed: ("", {}) for none, or the
    problems by field (the rule box's for a custom rule)."""
    if repeat == "CUSTOM":
        rule = (typed_rule or "").strip().removeprefix("RRULE:")
        if not rule:
            return "", {
                "recurrence_rule": str(_("Write the rule, or choose how it repeats above."))
            }
        errors = {}
    elif repeat:
        rule, errors = build_rule(repeat, values)
        if errors:
            return rule, errors
    else:
        return "", {}
    try:
        parse_rule(rule)
    except RuleError as error:
        if repeat == "CUSTOM":  # as typed, in the rule's own terms
            errors.setdefault("recurrence_rule", str(error))
        else:
            errors.setdefault("repeat", error.plain)
    return rule, errors


def rule_error_field(repeat: str, problems: Problems) -> tuple[str, str] | None:
    """Where the page's validation's rule problem is shown, and in what words: on the rule
    box, as written, for a custom rule; else on the field that set it, in plain words."""
    message = problems.fields.get("rule")
    if message is None:
        return None
    if repeat == "CUSTOM" or not repeat:
        return "recurrence_rule", message
    error = problems.rule_error
    if error is None:
        return "repeat", message
    return ("repeat_until" if error.part == "UNTIL" else "repeat"), error.plain


def start_time(start: datetime | None, all_day: bool) -> time | None:
    """The local time to say in the summary ("at 17:00"), none for all-day events."""
    if start is None or all_day:
        return None
    return timezone.localtime(start, site_zone()).time()


class EventPageForm(CompletePageForm):
    repeat = forms.ChoiceField(
        choices=REPEAT_CHOICES,
        required=False,
        label=_("Repeats"),
        widget=RepeatEditor(fields_by_frequency=FIELDS_BY_FREQUENCY),
    )
    repeat_interval = forms.IntegerField(
        min_value=1, max_value=99, initial=1, required=False, label=_("Every"),
        help_text=_("1 = every day/week/month/year, 2 = every other one, …"),
    )  # fmt: skip
    repeat_weekdays = forms.MultipleChoiceField(
        choices=[], required=False, widget=forms.CheckboxSelectMultiple, label=_("On"),
        help_text=_("Weekly: the days of the week. Monthly and yearly: the day for 'first', "
                    "'last'…, or every such day of the month."),
    )  # fmt: skip
    repeat_ordinal = forms.ChoiceField(
        choices=ORDINAL_CHOICES, required=False, label=_("Which"),
        help_text=_("E.g. the second Tuesday, the last Friday of the month."),
    )  # fmt: skip
    repeat_month_day = forms.IntegerField(
        min_value=-1, max_value=31, required=False, label=_("Day of the month"),
        help_text=_("Instead of a day of the week, a date, e.g. 13; -1 for the last day of "
                    "the month."),
    )  # fmt: skip
    repeat_months = forms.MultipleChoiceField(
        choices=[], required=False, widget=forms.CheckboxSelectMultiple, label=_("In months"),
        help_text=_("None chosen: the month of the first date."),
    )  # fmt: skip
    repeat_until = forms.DateField(
        required=False,
        label=_("Until"),
        help_text=_("The last day it may take place (included)."),
        widget=MondayFirstDateInput(),
    )
    repeat_count = forms.IntegerField(
        min_value=1, max_value=1000, required=False, label=_("Number of times"),
        help_text=_("Instead of an end date: how many times in all (excluded dates count too)."),
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if (locale := page_locale(self.instance, self)) is not None:
            # What the where-panels offer is also all a post may choose.
            for name in ("venue", "audiences", "categories"):
                if (field := self.fields.get(name)) is not None:
                    offer_in_locale(field, locale, instance=self.instance, field_name=name)
        language = editor_language()
        day_names = formatting.weekday_names(language)
        month_names = formatting.month_names(language)
        self.fields["repeat_weekdays"].choices = list(zip(WEEKDAY_CODES, day_names, strict=True))
        self.fields["repeat_months"].choices = [(str(m), month_names[m]) for m in range(1, 13)]
        rule = self.instance.recurrence_rule if self.instance else ""
        if not self.is_bound:
            self.initial.update(self._initial_from_rule(rule))
        if "recurrence_rule" in self.fields:
            self.fields["recurrence_rule"].required = False
            self.fields["recurrence_rule"].help_text = _(
                "Only with 'Custom rule': the rule as RFC 5545 writes it, e.g. "
                "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20271231."
            )
        instance = self.instance
        self.fields["repeat"].widget.summary = describe_rule(
            rule,
            language,
            at=start_time(getattr(instance, "start", None), getattr(instance, "all_day", False)),
        )

    @staticmethod
    def _initial_from_rule(rule: str) -> dict:
        """The fields that give ``rule``; "Custom rule" for one they cannot give as it is,
        so that saving the form unchanged keeps the rule."""
        if not rule:
            return {"repeat": "", "repeat_interval": 1}
        try:
            parts = parse_rule(rule)
            last_day = until_date(parts)
        except RuleError:
            return {"repeat": "CUSTOM"}
        initial = {"repeat": parts["FREQ"], "repeat_interval": int(parts.get("INTERVAL", 1))}
        if "BYDAY" in parts:
            days = parts["BYDAY"].split(",")
            ordinals = {day[:-2] for day in days}
            if len(ordinals) > 1 or (ordinals != {""} and len(days) > 1):
                return {"repeat": "CUSTOM"}
            initial["repeat_weekdays"] = [day[-2:] for day in days]
            if not set(initial["repeat_weekdays"]) <= set(WEEKDAY_CODES):
                return {"repeat": "CUSTOM"}
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
        if last_day is not None:
            initial["repeat_until"] = last_day
        if "COUNT" in parts:
            initial["repeat_count"] = int(parts["COUNT"])
        rebuilt, errors = build_rule(initial["repeat"], initial)
        if errors or _normalised(rebuilt) != _normalised(rule):
            return {"repeat": "CUSTOM"}
        return initial

    def clean(self):
        cleaned = super().clean()
        repeat = cleaned.get("repeat") or ""
        rule, errors = rule_from_fields(repeat, cleaned, cleaned.get("recurrence_rule"))
        for name, message in errors.items():
            self.add_error(name, message)
        if errors:
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

    def _post_clean(self):
        """After the page's own validation (``EventPage.clean``): its findings about the
        rule go to the field that set it, those about an excluded date or a changed
        occurrence to that row."""
        super()._post_clean()
        problems: Problems | None = getattr(self.instance, "schedule_problems", None)
        if problems is None:
            return
        repeat = self.cleaned_data.get("repeat") or ""
        if (placed := rule_error_field(repeat, problems)) is not None:
            self._errors.pop("recurrence_rule", None)
            self.add_error(*placed)
        excluded_rows, change_rows = self._posted_rows
        for row in excluded_rows:
            if (message := problems.excluded.get(row.cleaned_data.get("date"))) is not None:
                row.add_error("date", message)
        for (index, part), message in problems.changes.items():
            if index < len(change_rows):
                change_rows[index].add_error(CHANGE_FIELDS[part], message)

    def _posted_schedule(self) -> tuple[list | None, list | None]:
        """The excluded dates and changed occurrences being posted, for the page's validation:
        its relations hold the stored ones until the form is saved (None: not in this form,
        the stored ones count)."""
        excluded = self._kept_child_forms("excluded_dates")
        changes = self._kept_child_forms("occurrence_changes")
        self._posted_rows = (excluded or [], changes or [])
        return (
            None if excluded is None else [form.cleaned_data["date"] for form in excluded],
            None if changes is None else [form.instance.as_change() for form in changes],
        )

    _posted_rows: tuple[list, list] = ([], [])

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


def _normalised(rule: str) -> dict[str, str]:
    parts = parse_rule(rule)
    if (last_day := until_date(parts)) is not None:
        parts["UNTIL"] = f"{last_day:%Y%m%d}"
    return parts
