"""The event editor's "Repeat" panel as editors use it: only the fields the chosen repetition
reads count, the repetition in words and its next dates while typing (the admin endpoint),
problems on the field or row at fault, Monday-first date pickers, and a preview that copes
with a mistyped rule."""

import json
import re
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from calendar_app.models import EventPage
from tests.calendar_app.factories import EventPageFactory, VenueFactory, local
from tests.calendar_app.test_admin import add_url, event_form
from tests.factories import publish

#: The messages asserted here are the English ones (conftest.in_english).
pytestmark = pytest.mark.usefixtures("in_english")

PREVIEW_URL = "/admin/calendar/recurrence-preview/"
#: A weekly event in the far future, so that its next dates are ahead whenever tests run.
TUESDAYS_2090 = {
    "start": "2090-01-03 17:00",
    "end": "2090-01-03 18:30",
    "repeat": "WEEKLY",
    "repeat_interval": "1",
    "repeat_weekdays": "TU",
}


def rows(prefix: str, items: list[dict]) -> dict:
    return nested_form_data({prefix: inline_formset(items)})


@pytest.fixture
def venue(site_tree):
    return VenueFactory(name="Knjižnica Otona Župančiča", locale=site_tree["sl"].locale)


def widget_configs(html: str) -> dict[str, dict]:
    """The date pickers' configurations, by input id."""
    found = re.findall(r'initDate(?:Time)?Chooser\("([^"]+)", (\{.*?\})\);', html)
    return {json.loads(f'"{input_id}"'): json.loads(config) for input_id, config in found}


# --- The form ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_add_form_has_the_repeat_editor_with_its_config(editor_in, calendar):
    response = editor_in("en").get(add_url(calendar))
    html = response.content.decode()
    assert 'data-recurrence-editor="id_repeat"' in html
    assert "calendar_app/recurrence-editor.js" in html
    match = re.search(
        r'<script id="id_repeat-recurrence-config" type="application/json">(.*?)</script>', html
    )
    config = json.loads(match.group(1))
    assert config["url"] == PREVIEW_URL
    assert config["fieldsByFrequency"][""] == []
    assert config["fieldsByFrequency"]["CUSTOM"] == ["recurrence_rule"]
    assert config["fieldsByFrequency"]["DAILY"] == [
        "repeat_interval",
        "repeat_until",
        "repeat_count",
    ]
    assert "repeat_weekdays" in config["fieldsByFrequency"]["WEEKLY"]
    assert "repeat_months" not in config["fieldsByFrequency"]["MONTHLY"]
    assert "repeat_months" in config["fieldsByFrequency"]["YEARLY"]
    assert config["formsets"] == {"excluded": "excluded_dates", "changes": "occurrence_changes"}
    assert config["strings"]["exclude"] == "Exclude this date"
    assert config["strings"]["change"] == "Move or cancel this date"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["sl", "en"])
def test_date_pickers_start_the_week_on_monday(editor_in, calendar, language):
    event = publish(EventPageFactory(parent=calendar, recurrence_rule="FREQ=WEEKLY;BYDAY=TH"))
    html = editor_in(language).get(f"/admin/pages/{event.pk}/edit/").content.decode()
    configs = widget_configs(html)
    for input_id in ("id_start", "id_end", "id_repeat_until"):
        assert configs[input_id]["dayOfWeekStart"] == 1, input_id
    # The rows added from the empty forms' templates too.
    for input_id in (
        "id_excluded_dates-__prefix__-date",
        "id_occurrence_changes-__prefix__-original_date",
        "id_occurrence_changes-__prefix__-new_start",
    ):
        assert configs[input_id]["dayOfWeekStart"] == 1, input_id


@pytest.mark.django_db
def test_hidden_but_filled_fields_are_ignored(admin_client, calendar, venue):
    """Daily: what the weekday, "which" and month fields still hold from an earlier choice
    does not go into the rule."""
    data = event_form(
        repeat="DAILY",
        repeat_interval="2",
        repeat_weekdays=["TU"],
        repeat_ordinal="-1",
        repeat_month_day="13",
        repeat_months=["3"],
        repeat_until="2020-11-30",
        recurrence_rule="FREQ=YEARLY;BYHOUR=9",
        venue=str(venue.pk),
    )
    response = admin_client.post(add_url(calendar), {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="bralni-klub")
    assert event.recurrence_rule == "FREQ=DAILY;INTERVAL=2;UNTIL=20201130"


@pytest.mark.django_db
def test_weekly_ignores_which_and_the_day_of_the_month(admin_client, calendar, venue):
    data = event_form(
        repeat="WEEKLY",
        repeat_weekdays=["TH"],
        repeat_ordinal="2",
        repeat_month_day="5",
        repeat_count="4",
        venue=str(venue.pk),
    )
    response = admin_client.post(add_url(calendar), {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.context["form"].errors
    assert (
        EventPage.objects.get(slug="bralni-klub").recurrence_rule == "FREQ=WEEKLY;BYDAY=TH;COUNT=4"
    )


def posted_form(client, url: str, data: dict):
    response = client.post(url, {**data, "action-publish": "Publish"})
    assert response.status_code == 200, "the form should be shown again with errors"
    return response.context["form"]


@pytest.mark.django_db
def test_excluded_date_that_is_not_an_occurrence_is_named_on_its_row(admin_client, calendar, venue):
    data = event_form(
        repeat="WEEKLY",
        repeat_weekdays=["TH"],
        repeat_until="2021-01-28",
        excluded_dates=["2020-12-24", "2020-12-23"],  # a Thursday, then a Wednesday
        venue=str(venue.pk),
    )
    form = posted_form(admin_client, add_url(calendar), data)
    first, second = form.formsets["excluded_dates"].forms[:2]
    assert first.errors == {}
    assert second.errors["date"] == ["23. 12. 2020 is not a date the event takes place on."]
    assert "recurrence_rule" not in form.errors
    assert "repeat" not in form.errors
    assert not EventPage.objects.filter(slug="bralni-klub").exists()


@pytest.mark.django_db
def test_a_refused_edit_leaves_the_event_as_it_was(admin_client, calendar, venue):
    event = EventPageFactory(
        parent=calendar,
        slug="bralni-klub",
        start=local(2020, 11, 5, 18),
        end=local(2020, 11, 5, 19, 30),
        recurrence_rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20210128",
    )
    event.excluded_dates.create(date=date(2020, 12, 24))
    publish(event)
    revisions = event.revisions.count()
    data = event_form(
        repeat="WEEKLY",
        repeat_weekdays=["TH"],
        repeat_until="2021-01-28",
        excluded_dates=["2020-12-23"],
        venue=str(venue.pk),
    )
    form = posted_form(admin_client, f"/admin/pages/{event.pk}/edit/", data)
    assert form.formsets["excluded_dates"].forms[0].errors["date"]
    event.refresh_from_db()
    assert list(event.excluded_dates.values_list("date", flat=True)) == [date(2020, 12, 24)]
    assert event.revisions.count() == revisions


@pytest.mark.django_db
def test_moved_occurrence_problems_are_named_on_its_fields(admin_client, calendar, venue):
    data = event_form(
        repeat="WEEKLY",
        repeat_weekdays=["TH"],
        repeat_until="2021-01-28",
        occurrence_changes=[
            {"original_date": "2020-12-31", "change": "MOVED"},  # no new start
            {"original_date": "2020-12-30"},  # a Wednesday
        ],
        venue=str(venue.pk),
    )
    form = posted_form(admin_client, add_url(calendar), data)
    moved, wrong_day = form.formsets["occurrence_changes"].forms[:2]
    assert moved.errors == {"new_start": ["A moved occurrence needs its new start."]}
    assert wrong_day.errors == {
        "original_date": ["30. 12. 2020 is not a date the event takes place on."]
    }
    assert not EventPage.objects.filter(slug="bralni-klub").exists()


@pytest.mark.django_db
def test_until_before_the_start_is_named_on_until_in_plain_words(admin_client, calendar, venue):
    data = event_form(
        repeat="WEEKLY", repeat_weekdays=["TH"], repeat_until="2020-10-01", venue=str(venue.pk)
    )
    form = posted_form(admin_client, add_url(calendar), data)
    assert form.errors["repeat_until"] == [
        "The repetition ends before the event first takes place."
    ]


@pytest.mark.django_db
def test_until_too_far_is_said_without_rule_jargon(admin_client, calendar, venue):
    data = event_form(
        repeat="WEEKLY", repeat_weekdays=["TH"], repeat_until="2300-01-01", venue=str(venue.pk)
    )
    form = posted_form(admin_client, add_url(calendar), data)
    (message,) = form.errors["repeat_until"]
    assert message.startswith("The repetition must end by 31. 12. 2200")
    assert "UNTIL" not in message


@pytest.mark.django_db
def test_custom_rule_problem_stays_on_the_rule_box_as_written(admin_client, calendar, venue):
    data = event_form(
        repeat="CUSTOM", recurrence_rule="FREQ=MONTHLY;BYMONTHDAY=32", venue=str(venue.pk)
    )
    form = posted_form(admin_client, add_url(calendar), data)
    assert "BYMONTHDAY must list days" in form.errors["recurrence_rule"][0]


@pytest.mark.django_db
def test_editing_keeps_a_rule_the_fields_cannot_give_as_custom(editor_in, calendar):
    event = publish(EventPageFactory(parent=calendar, recurrence_rule="FREQ=DAILY;BYDAY=TH,FR"))
    response = editor_in("en").get(f"/admin/pages/{event.pk}/edit/")
    assert response.context["form"].initial["repeat"] == "CUSTOM"


# --- The endpoint -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "Every Tuesday at 17:00 until 8 March 2027"),
        ("sl", "Vsak torek ob 17.00 do 8. marca 2027"),
    ],
)
def test_endpoint_says_the_repetition_in_the_editors_language(editor_in, language, words):
    client = editor_in(language)
    response = client.post(
        PREVIEW_URL,
        {
            "start": "2027-01-05 17:00",
            "end": "2027-01-05 18:00",
            "repeat": "WEEKLY",
            "repeat_weekdays": "TU",
            "repeat_until": "2027-03-08",
        },
    )
    assert response.status_code == 200
    assert response.json()["summary"] == words
    assert response.json()["errors"] == {}


@pytest.mark.django_db
def test_endpoint_lists_the_next_dates_without_excluded_ones_and_with_moved_ones(editor_in):
    data = {
        **TUESDAYS_2090,
        **rows("excluded_dates", [{"date": "2090-01-10"}]),
        **rows(
            "occurrence_changes",
            [
                {
                    "original_date": "2090-01-17",
                    "change": "MOVED",
                    "new_start": "2090-01-18 10:00",
                    "new_end": "",
                },
                {"original_date": "2090-01-24", "change": "CANCELLED"},
            ],
        ),
    }
    answer = editor_in("sl").post(PREVIEW_URL, data).json()
    assert answer["errors"] == {}
    listed = answer["next_occurrences"]
    assert len(listed) == 20
    assert [item["date"] for item in listed[:4]] == [
        "2090-01-03",
        "2090-01-17",
        "2090-01-24",
        "2090-01-31",
    ]
    assert listed[0] == {
        "date": "2090-01-03",
        "input": "2090-01-03",
        "label": "torek, 3. januarja 2090 ob 17.00",
        "status": "",
    }
    assert listed[1]["label"] == "sreda, 18. januarja 2090 ob 10.00"
    assert listed[1]["status"] == "moved"
    assert listed[2]["status"] == "cancelled"


@pytest.mark.django_db
def test_endpoint_names_the_excluded_row_at_fault(editor_in):
    data = {
        **TUESDAYS_2090,
        **rows("excluded_dates", [{"date": "2090-01-10"}, {"date": "2090-01-11"}]),
    }
    answer = editor_in("en").post(PREVIEW_URL, data).json()
    assert answer["errors"] == {
        "excluded_dates-1-date": "11. 01. 2090 is not a date the event takes place on."
    }
    assert answer["next_occurrences"][0]["date"] == "2090-01-03"


@pytest.mark.django_db
def test_endpoint_ignores_deleted_rows(editor_in):
    data = {
        **TUESDAYS_2090,
        **rows("excluded_dates", [{"date": "2090-01-11", "DELETE": "on"}]),
    }
    assert editor_in("en").post(PREVIEW_URL, data).json()["errors"] == {}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        (
            {"repeat": "CUSTOM", "recurrence_rule": "FREQ=WEKLY;BYDAY=TU"},
            {"recurrence_rule": "FREQ must be one of DAILY, WEEKLY, MONTHLY, YEARLY."},
        ),
        (
            {"repeat": "CUSTOM", "recurrence_rule": "FREQ=WEEKLY;BYDAY=TU;BYHOUR=9"},
            {
                "recurrence_rule": "BYHOUR is not supported. Supported parts: FREQ, INTERVAL, "
                "BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, COUNT, UNTIL."
            },
        ),
        (
            {"repeat": "CUSTOM", "recurrence_rule": "FREQ=MONTHLY;BYDAY=9TU"},
            {
                "recurrence_rule": "BYDAY must list days such as TU, or with a position such "
                "as 2TU or -1FR (1 to 5 within a month, 1 to 53 within a year)."
            },
        ),
        (
            {"repeat": "CUSTOM", "recurrence_rule": ""},
            {"recurrence_rule": "Write the rule, or choose how it repeats above."},
        ),
        (
            {"repeat": "WEEKLY", "repeat_weekdays": "WE"},
            {
                "repeat": "The first date is not one of the days chosen (e.g. Tuesdays, but the "
                "event starts on a Monday). Move the start to one of those days, or choose its "
                "day."
            },
        ),
        (
            {"repeat": "WEEKLY", "repeat_weekdays": "TU", "repeat_until": "2089-12-31"},
            {"repeat_until": "The repetition ends before the event first takes place."},
        ),
        (
            {"repeat": "MONTHLY", "repeat_ordinal": "2", "repeat_weekdays": []},
            {"repeat_weekdays": "Choose the day of the week for 'first', 'last'…"},
        ),
        (
            {"repeat": "DAILY", "repeat_until": "2090-02-01", "repeat_count": "3"},
            {"repeat_count": "Give either an end date or a number of times, not both."},
        ),
        (
            {"repeat": "SECONDLY"},
            {"repeat": "Select a valid choice. SECONDLY is not one of the available choices."},
        ),
        ({"end": "2090-01-03 16:00"}, {"end": "The event cannot end before it starts."}),
        ({"start": "yesterday"}, {"start": "Enter a valid date/time."}),
    ],
)
def test_endpoint_names_each_problem_on_its_field(editor_in, fields, errors):
    data = {**TUESDAYS_2090, **fields}
    response = editor_in("en").post(PREVIEW_URL, data)
    assert response.status_code == 200
    answer = response.json()
    assert answer["errors"] == errors
    assert answer["next_occurrences"] == []


@pytest.mark.django_db
def test_endpoint_reads_get_too_and_says_a_one_off_event_does_not_repeat(editor_in):
    answer = editor_in("sl").get(PREVIEW_URL, {"start": "2090-01-03 17:00"}).json()
    assert answer == {"summary": "Se ne ponavlja", "next_occurrences": [], "errors": {}}


@pytest.mark.django_db
def test_endpoint_reads_a_bounded_number_of_rows(editor_in):
    items = [{"date": "2090-01-10"}] * 101
    answer = editor_in("en").post(PREVIEW_URL, {**TUESDAYS_2090, **rows("excluded_dates", items)})
    assert answer.json()["errors"] == {"excluded_dates": "At most 100 rows are checked here."}


@pytest.mark.django_db
def test_endpoint_needs_a_signed_in_editor(client, site_tree):
    response = client.post(PREVIEW_URL, TUESDAYS_2090)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    user = get_user_model().objects.create_user(username="reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.post(PREVIEW_URL, TUESDAYS_2090).status_code == 403


@pytest.mark.django_db
def test_endpoint_query_count_does_not_grow_with_the_rows(editor_in, count_queries):
    client = editor_in("en")
    counts = []
    for size in (1, 40):
        tuesdays = [date(2090, 1, 3) + timedelta(weeks=week) for week in range(1, size + 1)]
        data = {**TUESDAYS_2090, **rows("excluded_dates", [{"date": f"{d}"} for d in tuesdays])}
        with count_queries() as counter:
            answer = client.post(PREVIEW_URL, data).json()
        assert answer["errors"] == {}
        assert len(answer["next_occurrences"]) == 20
        counts.append(counter.count)
    assert counts[0] == counts[1]


# --- Preview --------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "rule", ["FREQ=WEKLY;BYDAY=TH", "FREQ=WEEKLY;BYDAY=XX", "FREQ=MONTHLY;BYDAY=1X", "BYDAY"]
)
@pytest.mark.parametrize("view", ["edit", "add"])
def test_preview_of_a_mistyped_custom_rule_is_refused_clearly(
    admin_client, calendar, venue, rule, view
):
    """The preview panel says the preview is not available until the form's errors are
    fixed (Wagtail's own words), and nothing fails on the server."""
    event = publish(
        EventPageFactory(
            parent=calendar,
            slug="bralni-klub",
            start=local(2020, 11, 5, 18),
            end=local(2020, 11, 5, 19, 30),
        )
    )
    url = (
        f"/admin/pages/{event.pk}/edit/preview/"
        if view == "edit"
        else f"{add_url(calendar)}preview/"
    )
    data = event_form(repeat="CUSTOM", recurrence_rule=rule, venue=str(venue.pk), slug="nov")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert response.json() == {"is_valid": False, "is_available": False}
    shown = admin_client.get(url)
    assert shown.status_code == 200
    assert "wagtailadmin/generic/preview_error.html" in [t.name for t in shown.templates]
    assert EventPage.objects.get(pk=event.pk).recurrence_rule == ""
    assert not EventPage.objects.filter(slug="nov").exists()
