"""The event editor's live check of the repetition: the fields as typed so far come in, the
repetition in words, its next dates and the problems (by the form field they belong to) go
out, as JSON, for ``static/calendar_app/recurrence-editor.js``.

Editors only (Wagtail's admin URLs need a signed-in user with admin access; this one also
needs permission to add or change pages). Bounded: at most ``MAX_ROWS`` excluded dates and
changed occurrences are read, at most ``MAX_NEXT`` dates listed from ``HORIZON_DAYS`` ahead,
and the checks are ``recurrence.check``'s, which are bounded themselves. A rule that cannot
be read is an error in the answer, never a server error."""

import copy
from datetime import datetime

from django import forms
from django.http import JsonResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.content import formatting

from . import recurrence
from .conf import calendar_settings, site_zone
from .describe import PATTERNS, describe_rule, describe_time
from .editor_widgets import editor_language
from .forms import (
    CHANGE_FIELDS,
    REPEAT_FIELDS,
    EventPageForm,
    rule_error_field,
    rule_from_fields,
    start_time,
)

MAX_ROWS = 100
MAX_NEXT = 20
HORIZON_DAYS = 3 * 366
DATETIME_FORMATS = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"]


class RepeatPreviewForm(forms.Form):
    """The editor's form's repeat fields, and the dates they repeat from."""

    start = forms.DateTimeField(required=False, input_formats=DATETIME_FORMATS)
    end = forms.DateTimeField(required=False, input_formats=DATETIME_FORMATS)
    all_day = forms.BooleanField(required=False)
    recurrence_rule = forms.CharField(required=False, max_length=250)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page_form = EventPageForm.base_fields
        for name in ("repeat", *REPEAT_FIELDS):
            self.fields[name] = copy.deepcopy(page_form[name])
        self.fields["repeat_weekdays"].choices = [(c, c) for c in recurrence.WEEKDAY_CODES]
        self.fields["repeat_months"].choices = [(str(m), str(m)) for m in range(1, 13)]


class _Rows:
    """The inline rows as posted (``prefix-N-field``), those not being deleted."""

    def __init__(self, data, prefix: str, fields: dict[str, forms.Field]):
        self.rows: list[tuple[int, dict]] = []
        self.errors: dict[str, str] = {}
        try:
            total = int(data.get(f"{prefix}-TOTAL_FORMS", 0))
        except ValueError:
            total = 0
        if total > MAX_ROWS:
            self.errors[prefix] = gettext("At most %(max)s rows are checked here.") % {
                "max": MAX_ROWS
            }
        for index in range(min(max(total, 0), MAX_ROWS)):
            if data.get(f"{prefix}-{index}-DELETE"):
                continue
            values = {}
            for name, field in fields.items():
                key = f"{prefix}-{index}-{name}"
                try:
                    values[name] = field.clean(data.get(key, ""))
                except forms.ValidationError as error:
                    self.errors[key] = error.messages[0]
            complete = not any(key.startswith(f"{prefix}-{index}-") for key in self.errors)
            if complete and any(values.values()):
                self.rows.append((index, values))


def preview(data, *, language: str, now: datetime) -> dict:
    """The answer for ``data`` (the form's fields by their names)."""
    form = RepeatPreviewForm(data)
    form.is_valid()
    errors = {name: messages[0] for name, messages in form.errors.items()}
    cleaned = form.cleaned_data
    repeat = cleaned.get("repeat") or ""
    rule, rule_errors = rule_from_fields(repeat, cleaned, cleaned.get("recurrence_rule"))
    errors |= rule_errors
    start, end, all_day = cleaned.get("start"), cleaned.get("end"), cleaned.get("all_day")
    summary = describe_rule("" if rule_errors else rule, language, at=start_time(start, all_day))
    answer = {"summary": summary, "next_occurrences": [], "errors": errors}
    if rule_errors or start is None or end is None or "start" in errors or "end" in errors:
        return answer
    excluded = _Rows(data, "excluded_dates", {"date": forms.DateField(required=False)})
    changes = _Rows(
        data,
        "occurrence_changes",
        {
            "original_date": forms.DateField(required=False),
            "change": forms.CharField(required=False),
            "new_start": forms.DateTimeField(required=False, input_formats=DATETIME_FORMATS),
            "new_end": forms.DateTimeField(required=False, input_formats=DATETIME_FORMATS),
        },
    )
    errors |= excluded.errors | changes.errors
    change_rows = [(index, row) for index, row in changes.rows if row["original_date"]]
    schedule = recurrence.Schedule(
        start=start,
        end=end,
        all_day=bool(all_day),
        rule=rule,
        excluded_dates=frozenset(row["date"] for _index, row in excluded.rows if row["date"]),
        changes=tuple(_change(row) for _index, row in change_rows),
    )
    try:
        problems = recurrence.check(schedule, site_zone())
        _place(problems, repeat, excluded.rows, change_rows, errors)
        if {"start", "end", "repeat", "recurrence_rule", "repeat_until"} & errors.keys():
            return answer
        found = recurrence.next_occurrences(
            schedule,
            after=max(start, now),
            limit=MAX_NEXT,
            zone=site_zone(),
            horizon_days=HORIZON_DAYS,
        )
    except (recurrence.RuleError, ValueError, OverflowError) as error:
        if not isinstance(error, recurrence.RuleError):
            error = recurrence.RuleError(
                gettext("These repeat settings give no dates; choose others.")
            )
        if repeat == "CUSTOM":
            errors["recurrence_rule"] = str(error)
        else:
            errors["repeat"] = error.plain
        return answer
    answer["next_occurrences"] = [_listed(o, language) for o in found]
    return answer


def _change(row: dict) -> recurrence.OccurrenceChange:
    moved = row["change"] == recurrence.Status.MOVED
    return recurrence.OccurrenceChange(
        original_date=row["original_date"],
        status=recurrence.Status.MOVED if moved else recurrence.Status.CANCELLED,
        start=row["new_start"] if moved else None,
        end=row["new_end"] if moved else None,
    )


def _place(problems: recurrence.Problems, repeat: str, excluded_rows, change_rows, errors):
    """``problems`` by the names of the editor's form's fields, as the form places them."""
    for name in ("start", "end"):
        if name in problems.fields:
            errors.setdefault(name, problems.fields[name])
    if (placed := rule_error_field(repeat, problems)) is not None:
        errors.setdefault(*placed)
    for index, row in excluded_rows:
        if (message := problems.excluded.get(row["date"])) is not None:
            errors.setdefault(f"excluded_dates-{index}-date", message)
    for (position, part), message in problems.changes.items():
        index = change_rows[position][0]
        errors.setdefault(f"occurrence_changes-{index}-{CHANGE_FIELDS[part]}", message)


def _listed(occurrence: recurrence.Occurrence, language: str) -> dict:
    local = timezone.localtime(occurrence.start, site_zone())
    words = PATTERNS.get(language, PATTERNS["en"])
    weekday = formatting.weekday_names(language)[local.weekday()]
    label = f"{weekday}, {formatting.long_date(local.date(), language)}"
    if not occurrence.all_day:
        label += " " + words["at"].format(time=describe_time(local.time(), language))
    original = occurrence.original_start.date()
    return {
        "date": original.isoformat(),
        "input": original.strftime(calendar_settings().date_format),
        "label": label,
        "status": (
            "cancelled"
            if occurrence.is_cancelled
            else "moved"
            if occurrence.changed and occurrence.start != occurrence.original_start
            else ""
        ),
    }


@require_http_methods(["GET", "POST"])
def recurrence_preview(request):
    if not PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change"]):
        return JsonResponse({"error": gettext("You may not edit pages.")}, status=403)
    data = request.POST if request.method == "POST" else request.GET
    return JsonResponse(preview(data, language=editor_language(), now=timezone.now()))


def urlpatterns():
    return [
        path(
            "calendar/recurrence-preview/",
            recurrence_preview,
            name="calendar_app_recurrence_preview",
        )
    ]
