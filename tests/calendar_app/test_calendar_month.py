"""``calendarMonth``: a Monday-first grid with localized headers, in both languages."""

from datetime import date
from unittest import mock

import pytest

from tests.calendar_app.factories import EventPageFactory, local
from tests.factories import publish, translate

MONTH = """
query CalendarMonth($year: Int!, $month: Int!, $locale: String) {
  calendarMonth(year: $year, month: $month, locale: $locale) {
    title
    weekdayNames
    previous { year month }
    next { year month }
    weeks {
      number
      days { date inMonth isToday occurrenceCount occurrences { start event { title } } }
    }
  }
}
"""

pytestmark = pytest.mark.django_db


def month(graphql, year, month_number, locale=None):
    result = graphql(MONTH, {"year": year, "month": month_number, "locale": locale})
    assert "errors" not in result, result["errors"]
    return result["data"]["calendarMonth"]


@pytest.mark.parametrize(
    ("year", "month_number", "first_cell", "last_cell", "weeks", "iso_weeks"),
    [
        (2020, 12, "2020-11-30", "2021-01-03", 5, [49, 50, 51, 52, 53]),  # the seed's month
        (2021, 2, "2021-02-01", "2021-02-28", 4, [5, 6, 7, 8]),  # starts on a Monday
        (2020, 11, "2020-10-26", "2020-12-06", 6, [44, 45, 46, 47, 48, 49]),  # on a Sunday
        (2020, 2, "2020-01-27", "2020-03-01", 5, [5, 6, 7, 8, 9]),  # leap-year February
    ],
)
def test_grid_is_monday_first_with_adjacent_days(
    graphql, calendar, year, month_number, first_cell, last_cell, weeks, iso_weeks
):
    grid = month(graphql, year, month_number)
    days = [day for week in grid["weeks"] for day in week["days"]]
    assert (days[0]["date"], days[-1]["date"]) == (first_cell, last_cell)
    assert len(grid["weeks"]) == weeks
    assert [week["number"] for week in grid["weeks"]] == iso_weeks
    assert all(len(week["days"]) == 7 for week in grid["weeks"])
    assert all(date.fromisoformat(week["days"][0]["date"]).weekday() == 0 for week in grid["weeks"])
    in_month = [day["date"] for day in days if day["inMonth"]]
    assert in_month[0] == f"{year}-{month_number:02}-01"
    assert len(in_month) == {12: 31, 2: 29 if year == 2020 else 28, 11: 30}[month_number]


def test_headers_and_titles_in_both_languages(graphql, calendar):
    sl = month(graphql, 2020, 12)
    assert sl["title"] == "December 2020"
    assert sl["weekdayNames"] == ["Po", "To", "Sr", "Če", "Pe", "So", "Ne"]
    en = month(graphql, 2020, 12, "en")
    assert en["title"] == "December 2020"
    assert en["weekdayNames"] == ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    assert month(graphql, 2021, 3, "sl")["title"] == "Marec 2021"
    assert month(graphql, 2021, 3, "en")["title"] == "March 2021"


def test_previous_and_next_cross_years(graphql, calendar):
    december = month(graphql, 2020, 12)
    assert december["next"] == {"year": 2021, "month": 1}
    january = month(graphql, 2021, 1)
    assert january["previous"] == {"year": 2020, "month": 12}


def test_days_hold_their_occurrences(graphql, calendar):
    publish(
        EventPageFactory(
            parent=calendar,
            title="Razstava",
            all_day=True,
            start=local(2020, 12, 28),
            end=local(2021, 1, 3),
        )
    )
    publish(
        EventPageFactory(
            parent=calendar,
            title="Polnočni",
            start=local(2020, 12, 1, 0, 30),
            end=local(2020, 12, 1, 1, 30),
        )
    )
    publish(
        EventPageFactory(
            parent=calendar,
            title="Dvodnevni",
            start=local(2020, 11, 30, 9),
            end=local(2020, 12, 1, 17),
        )
    )
    grid = month(graphql, 2020, 12)
    by_date = {day["date"]: day for week in grid["weeks"] for day in week["days"]}
    titles = {d: [o["event"]["title"] for o in day["occurrences"]] for d, day in by_date.items()}
    assert titles["2020-11-30"] == ["Dvodnevni"]
    assert titles["2020-12-01"] == ["Dvodnevni", "Polnočni"]  # by start; 00:30 is 1 December
    for day in ("2020-12-28", "2020-12-29", "2020-12-30", "2020-12-31", "2021-01-01", "2021-01-03"):
        assert "Razstava" in titles[day], day
    assert by_date["2020-12-28"]["occurrenceCount"] == 1
    assert titles["2020-12-27"] == []


def test_today_is_marked(graphql, calendar):
    with mock.patch("django.utils.timezone.localdate", return_value=date(2020, 12, 15)):
        grid = month(graphql, 2020, 12)
    today = [day["date"] for week in grid["weeks"] for day in week["days"] if day["isToday"]]
    assert today == ["2020-12-15"]


def test_english_month_lists_english_events(graphql, calendar, site_tree):
    translate(calendar, "en", title="Calendar", slug="calendar")
    event = publish(EventPageFactory(parent=calendar, title="Pravljice"))
    translate(event, "en", title="Story time")
    en = month(graphql, 2020, 12, "en")
    titles = [o["event"]["title"] for w in en["weeks"] for d in w["days"] for o in d["occurrences"]]
    assert titles == ["Story time"]


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"year": 2020, "month": 13}, "month must be from 1 to 12"),
        ({"year": 3000, "month": 1}, "year"),
    ],
)
def test_invalid_month_is_a_named_error(graphql, calendar, variables, message):
    result = graphql(MONTH, variables)
    assert message in result["errors"][0]["message"]
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
