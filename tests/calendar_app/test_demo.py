"""The demo loader's events: both languages as translations, the seed's Sister Libraries Day,
a full December 2020, a weekly event with an exclusion and a cancellation, loaded once."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision

from calendar_app.demo import load_fixture
from calendar_app.models import (
    EventCategory,
    EventExcludedDate,
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
    EventStatus,
    Venue,
)
from calendar_app.selectors import EventFilters, month_grid, occurrences_between
from project_pages.demo import load_fixture as load_project_fixture
from project_pages.models import ProjectPage
from tests.calendar_app.factories import local

pytestmark = pytest.mark.django_db

MONTH = """
query Month($year: Int!, $month: Int!, $locale: String) {
  calendarMonth(year: $year, month: $month, locale: $locale) {
    weeks { days { date inMonth occurrences { start status event { title } } } }
  }
}
"""


def event(language: str, key: str) -> EventPage:
    entry = next(item for item in load_fixture()["events"] if item["key"] == key)
    return EventPage.objects.get(locale__language_code=language, slug=entry[language]["slug"])


def december(language: str, **filters) -> list:
    locale = Locale.objects.get(language_code=language)
    return occurrences_between(
        EventFilters(locale=locale, **filters), start=date(2020, 12, 1), end=date(2020, 12, 31)
    )


def test_one_calendar_per_language_below_the_home_pages(calendar_demo):
    sl = EventIndexPage.objects.get(locale__language_code="sl")
    en = EventIndexPage.objects.get(locale__language_code="en")
    assert (sl.title, sl.slug, en.title, en.slug) == ("Koledar", "koledar", "Calendar", "calendar")
    assert sl.translation_key == en.translation_key
    assert sl.get_parent().specific.locale.language_code == "sl"
    assert en.get_parent().translation_key == sl.get_parent().translation_key
    assert (sl.live, en.live) == (True, True)


def test_every_event_in_both_languages_as_translations(calendar_demo):
    fixture = load_fixture()
    target_groups = {group["slug"] for group in load_project_fixture()["target_groups"]}
    indexes = {
        code: EventIndexPage.objects.get(locale__language_code=code) for code in ("sl", "en")
    }
    assert EventPage.objects.count() == 2 * len(fixture["events"])
    for entry in fixture["events"]:
        sl, en = event("sl", entry["key"]), event("en", entry["key"])
        assert sl.translation_key == en.translation_key
        assert (sl.get_parent().pk, en.get_parent().pk) == (indexes["sl"].pk, indexes["en"].pk)
        assert (sl.live, en.live, sl.has_unpublished_changes, en.has_unpublished_changes) == (
            True,
            True,
            False,
            False,
        )
        assert (sl.title, en.title) == (entry["sl"]["title"], entry["en"]["title"])
        assert (sl.start, sl.end, sl.recurrence_rule) == (en.start, en.end, en.recurrence_rule)
        assert en.get_latest_revision_as_object().title == entry["en"]["title"]
        for page, code in ((sl, "sl"), (en, "en")):
            assert sorted(g.slug for g in page.audiences.all()) == sorted(entry["audiences"])
            assert {g.locale.language_code for g in page.audiences.all()} <= {code}
            assert sorted(c.slug for c in page.categories.all()) == sorted(entry["categories"])
            assert {c.locale.language_code for c in page.categories.all()} <= {code}
            if page.venue is not None:
                assert page.venue.locale.language_code == code
            if entry.get("project"):
                assert page.related_project.locale.language_code == code
            page.full_clean()  # what the admin would accept
        assert set(entry["audiences"]) <= target_groups
        assert (sl.venue is None) == ("venue" not in entry)
        assert bool(sl.online_url) == ("online_url" in entry)
        if entry.get("project"):
            project = ProjectPage.objects.get(locale__language_code="sl", slug=entry["project"])
            assert sl.related_project == project
            assert en.related_project.translation_key == project.translation_key


def test_venues_and_categories_are_translated_snippets(calendar_demo):
    sl = Venue.objects.get(locale__language_code="sl")
    en = Venue.objects.get(locale__language_code="en")
    assert (sl.name, sl.address) == ("Knjižnica Otona Župančiča", "Kersnikova 2")
    assert (sl.postal_code, sl.locality, sl.country.code) == ("1000", "Ljubljana", "SI")
    assert (en.name, en.locality, en.postal_code) == ("Oton Župančič Library", "Ljubljana", "1000")
    assert sl.translation_key == en.translation_key
    workshop = {c.locale.language_code: c for c in EventCategory.objects.filter(slug="workshop")}
    assert (workshop["sl"].name, workshop["en"].name) == ("delavnica", "workshop")
    assert workshop["sl"].translation_key == workshop["en"].translation_key


def test_sister_libraries_day_every_13_september_since_2013(calendar_demo):
    for language, project in (
        ("sl", "program-sestrskih-knjiznic"),
        ("en", "naple-sister-libraries"),
    ):
        day = event(language, "sister-libraries-day")
        assert day.recurrence_rule == "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=13"
        assert (day.all_day, day.start, day.end) == (True, local(2013, 9, 13), local(2013, 9, 13))
        assert day.related_project.slug == project
        assert day.series_end is None  # it never ends
    occurrences = occurrences_between(
        EventFilters(locale=Locale.objects.get(language_code="en")),
        start=date(2024, 9, 1),
        end=date(2024, 9, 30),
    )
    assert [(item.event.title, item.occurrence.start) for item in occurrences] == [
        ("Sister Libraries Day", local(2024, 9, 13))
    ]
    assert event("en", "sister-libraries-day").recurrence_description == (
        "Every year on 13 September"
    )


def test_weekly_reading_club_has_its_exclusion_and_cancellation(calendar_demo):
    for language in ("sl", "en"):
        club = event(language, "reading-club")
        assert club.recurrence_rule == "FREQ=WEEKLY;BYDAY=TH;UNTIL=20210128"
        assert list(club.excluded_dates.values_list("date", flat=True)) == [date(2020, 12, 24)]
        change = club.occurrence_changes.get()
        assert (change.original_date, change.change) == (
            date(2020, 12, 31),
            EventOccurrenceChange.Change.CANCELLED,
        )
        occurrences = [
            (item.occurrence.start, item.occurrence.status)
            for item in december(language, include_cancelled=True)
            if item.event.pk == club.pk
        ]
        assert occurrences == [
            (local(2020, 12, 3, 18), "SCHEDULED"),
            (local(2020, 12, 10, 18), "SCHEDULED"),
            (local(2020, 12, 17, 18), "SCHEDULED"),
            (local(2020, 12, 31, 18), "CANCELLED"),
        ]
        assert club.series_end == local(2021, 1, 28, 19, 30)
    assert EventExcludedDate.objects.count() == 2
    assert EventOccurrenceChange.objects.count() == 2


def test_december_2020_is_a_full_month(calendar_demo):
    for language in ("sl", "en"):
        events = {item.event.pk: item.event for item in december(language)}
        assert 6 <= len(events) <= 10
        assert {page.locale.language_code for page in events.values()} == {language}
        cancelled = december(language, include_cancelled=True)
        assert EventStatus.CANCELLED in {item.occurrence.status for item in cancelled}
        grid = month_grid(
            EventFilters(locale=Locale.objects.get(language_code=language)), year=2020, month=12
        )
        busy_days = {day for day, items in grid.by_day.items() if items and day.month == 12}
        assert len(busy_days) >= 8
    tech = event("en", "tech-library-partner-meeting")
    assert (tech.venue, tech.related_project.slug) == (None, "tech-library")
    assert tech.online_url.startswith("https://")
    workshop = event("en", "job-seekers-workshop")
    assert workshop.related_project.slug == "linkinjob"
    assert "unemployed-people" in {g.slug for g in workshop.audiences.all()}
    assert event("sl", "sister-libraries-talk").status == EventStatus.CANCELLED


def test_exhibition_spans_the_turn_of_the_year_in_the_month_grid(calendar_demo, graphql):
    exhibition = event("en", "sister-libraries-exhibition")
    assert (exhibition.all_day, exhibition.start, exhibition.end) == (
        True,
        local(2020, 12, 28),
        local(2021, 1, 3),
    )
    result = graphql(MONTH, {"year": 2020, "month": 12, "locale": "en"})
    assert "errors" not in result, result
    days = {
        day["date"]: [item["event"]["title"] for item in day["occurrences"]]
        for week in result["data"]["calendarMonth"]["weeks"]
        for day in week["days"]
    }
    for day in ("2020-12-28", "2020-12-31", "2021-01-01", "2021-01-03"):
        assert exhibition.title in days[day], day
    assert exhibition.title not in days["2020-12-27"]
    assert "Thursday reading club" in days["2020-12-17"]
    assert "Thursday reading club" not in days["2020-12-24"]  # excluded
    assert "Thursday reading club" not in days["2020-12-31"]  # cancelled, hidden by default
    in_month = [titles for date_, titles in days.items() if date_.startswith("2020-12")]
    assert sum(len(titles) for titles in in_month) >= 10


def test_sister_libraries_day_is_in_the_september_grid(calendar_demo, graphql):
    result = graphql(MONTH, {"year": 2021, "month": 9, "locale": "sl"})
    days = {
        day["date"]: [item["event"]["title"] for item in day["occurrences"]]
        for week in result["data"]["calendarMonth"]["weeks"]
        for day in week["days"]
    }
    assert days["2021-09-13"] == ["Dan Sestrskega programa"]


def test_loading_again_changes_nothing(calendar_demo):
    models = (
        Page,
        Revision,
        EventPage,
        EventExcludedDate,
        EventOccurrenceChange,
        Venue,
        EventCategory,
    )
    before = {model: model.objects.count() for model in models}
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert {model: model.objects.count() for model in models} == before
    assert "event pages" not in output.getvalue()
