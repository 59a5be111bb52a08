"""A project's duration: status relative to today and the label readers see."""

from datetime import date

import pytest

from project_pages.periods import Period, ProjectStatus

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("period", "status"),
    [
        (Period(2027, None, 2028, None), ProjectStatus.PLANNED),
        (Period(2025, None, 2026, None), ProjectStatus.ONGOING),  # a year-only end: 31 December
        (Period(2020, None, 2026, date(2026, 11, 24)), ProjectStatus.COMPLETED),
        (Period(2020, None, 2026, date(2026, 11, 25)), ProjectStatus.ONGOING),
        (Period(2012, None, None, None), ProjectStatus.ONGOING),  # open-ended
        (Period(2020, None, 2022, None), ProjectStatus.COMPLETED),
        (Period(None, None, None, None), None),  # start unknown (ICORN, NAPLE in the seed)
    ],
)
def test_status_relative_to_today(period, status):
    assert period.status(TODAY) == status


@pytest.mark.parametrize(
    ("period", "sl", "en"),
    [
        (Period(2020, None, 2022, None), "2020–2022", "2020\u2009–\u20092022"),
        (Period(2015, None, 2015, None), "2015", "2015"),
        (Period(2012, None, None, None), "od 2012", "since 2012"),
        (
            Period(2020, date(2020, 3, 3), 2022, date(2022, 8, 31)),
            "3. mar. 2020–31. avg. 2022",
            "Mar 3, 2020\u2009–\u2009Aug 31, 2022",
        ),
        (Period(None, None, None, None), "", ""),
    ],
)
def test_duration_label_follows_each_languages_conventions(period, sl, en):
    assert period.label("sl") == sl
    assert period.label("en") == en


def test_year_only_period_covers_whole_years():
    period = Period(2014, None, 2016, None)
    assert (period.starts_on, period.ends_on) == (date(2014, 1, 1), date(2016, 12, 31))
