"""calendar_app.recurrence against an independent oracle: recurring-ical-events expanding the
same event written as a VEVENT (tests/calendar_app/oracle.py), and the wheel's own test
calendars converted into schedules."""

import time as timer
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calendar_app.recurrence import (
    OccurrenceChange,
    Schedule,
    Status,
    expand,
    next_occurrences,
    series_end,
    validate,
)
from tests.calendar_app.factories import VenueFactory
from tests.calendar_app.oracle import (
    ZONE,
    Unsupported,
    local,
    oracle_rows,
    oracle_rows_by_uid,
    read_calendar,
    rows,
    series_from_calendar,
    to_vcalendar,
)
from tests.calendar_app.test_admin import add_url, event_form, post_errors
from tests.security.examples import examples

#: The messages asserted here are the English ones (conftest.in_english).
pytestmark = pytest.mark.usefixtures("in_english")


def at(year, month, day, hour=0, minute=0) -> datetime:
    """A local (Europe/Ljubljana) wall time."""
    return datetime(year, month, day, hour, minute, tzinfo=ZONE)


def month(year, number) -> tuple[datetime, datetime]:
    """[first midnight of the month, first midnight of the next) in local time."""
    following = (year + 1, 1) if number == 12 else (year, number + 1)
    return at(year, number, 1), at(*following, 1)


def days(first: date, last: date) -> tuple[datetime, datetime]:
    return local(first), local(last + timedelta(days=1))


def year_window(year) -> tuple[datetime, datetime]:
    return at(year, 1, 1), at(year + 1, 1, 1)


def timed(start, end, rule="", **kwargs) -> Schedule:
    return Schedule(start=start, end=end, rule=rule, **kwargs)


def all_day(first: date, last: date, rule="", **kwargs) -> Schedule:
    """All-day: start and end name the first and last day; their times do not matter."""
    return Schedule(
        start=local(first, time(9)), end=local(last, time(17)), all_day=True, rule=rule, **kwargs
    )


def compare(schedule: Schedule, window: tuple[datetime, datetime]):
    """expand() and the oracle agree on (start, end, status) in the window."""
    found = expand(schedule, window_start=window[0], window_end=window[1], zone=ZONE)
    assert rows(found) == oracle_rows(to_vcalendar(schedule), *window)
    return found


# --- expansion against the oracle ----------------------------------------------------------

SUNDAYS_AT_SIX = timed(at(2020, 3, 1, 18), at(2020, 3, 1, 20), "FREQ=WEEKLY;BYDAY=SU")

CASES = {
    "weekly-18h-across-dst": (
        SUNDAYS_AT_SIX,
        [month(2020, 3), month(2020, 10), month(2021, 3), month(2021, 10), year_window(2021)],
    ),
    "weekly-thursday-until-across-dst": (
        timed(at(2020, 1, 2, 18), at(2020, 1, 2, 20), "FREQ=WEEKLY;BYDAY=TH;UNTIL=20211231"),
        [year_window(2020), year_window(2021), month(2021, 10)],
    ),
    "daily-interval-3": (
        timed(at(2020, 1, 30, 9, 30), at(2020, 1, 30, 11), "FREQ=DAILY;INTERVAL=3"),
        [month(2020, 2), month(2020, 3), (at(2020, 1, 1), at(2020, 7, 1))],
    ),
    "daily-interval-2-count": (
        timed(at(2020, 10, 20, 7), at(2020, 10, 20, 8), "FREQ=DAILY;INTERVAL=2;COUNT=10"),
        [month(2020, 10), month(2020, 11), year_window(2020)],
    ),
    "monthly-second-tuesday": (
        timed(at(2020, 1, 14, 17), at(2020, 1, 14, 19), "FREQ=MONTHLY;BYDAY=2TU"),
        [year_window(2020), month(2021, 3)],
    ),
    "monthly-last-friday": (
        timed(at(2020, 1, 31, 19), at(2020, 1, 31, 21, 30), "FREQ=MONTHLY;BYDAY=-1FR"),
        [year_window(2020), month(2020, 10)],
    ),
    "monthly-last-day": (
        timed(at(2020, 1, 31, 10), at(2020, 1, 31, 12), "FREQ=MONTHLY;BYMONTHDAY=-1"),
        [year_window(2020), month(2020, 2), month(2021, 2)],
    ),
    "yearly-sister-libraries-day": (
        timed(at(2020, 9, 13, 10), at(2020, 9, 13, 13), "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=13"),
        [(at(2020, 1, 1), at(2026, 1, 1)), month(2023, 9)],
    ),
    "monthly-last-weekday": (
        timed(
            at(2020, 1, 31, 12),
            at(2020, 1, 31, 13),
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        ),
        [year_window(2020), month(2020, 5), month(2020, 10)],
    ),
    "weekly-on-monday-with-setpos": (
        timed(at(2020, 3, 2, 8), at(2020, 3, 2, 9), "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=1"),
        [month(2020, 3), month(2020, 4)],
    ),
    "count-with-exclusion": (
        timed(
            at(2020, 11, 3, 18),
            at(2020, 11, 3, 20),
            "FREQ=WEEKLY;BYDAY=TU;COUNT=5",
            excluded_dates=frozenset({date(2020, 11, 17)}),
        ),
        [month(2020, 11), month(2020, 12), year_window(2020)],
    ),
    "until-inclusive": (
        timed(at(2020, 12, 3, 18), at(2020, 12, 3, 20), "FREQ=WEEKLY;BYDAY=TH;UNTIL=20201231"),
        [month(2020, 12), (at(2020, 12, 1), at(2021, 3, 1))],
    ),
    "until-is-a-local-date": (
        # 00:30 local on 1 January is 23:30 UTC on 31 December: UNTIL=20210101 keeps it.
        timed(at(2020, 12, 28, 0, 30), at(2020, 12, 28, 1, 30), "FREQ=DAILY;UNTIL=20210101"),
        [(at(2020, 12, 1), at(2021, 2, 1))],
    ),
    "exdates": (
        timed(
            at(2020, 9, 3, 17),
            at(2020, 9, 3, 18, 30),
            "FREQ=WEEKLY;BYDAY=TH",
            excluded_dates=frozenset({date(2020, 9, 17), date(2020, 10, 29), date(2021, 4, 1)}),
        ),
        [month(2020, 9), month(2020, 10), (at(2020, 9, 1), at(2021, 6, 1))],
    ),
    "cancelled-occurrence": (
        timed(
            at(2020, 9, 1, 10),
            at(2020, 9, 1, 11),
            "FREQ=WEEKLY;BYDAY=TU",
            changes=(OccurrenceChange(date(2020, 9, 15), Status.CANCELLED),),
        ),
        [month(2020, 9), days(date(2020, 9, 15), date(2020, 9, 15))],
    ),
    "moved-occurrences": (
        timed(
            at(2020, 9, 1, 10),
            at(2020, 9, 1, 11),
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20201231",
            changes=(
                # within the month, to another day and length
                OccurrenceChange(
                    date(2020, 9, 8), Status.MOVED, at(2020, 9, 10, 16), at(2020, 9, 10, 18)
                ),
                # from December into September
                OccurrenceChange(
                    date(2020, 12, 29), Status.MOVED, at(2020, 9, 26, 9), at(2020, 9, 26, 12)
                ),
                # from September into October
                OccurrenceChange(
                    date(2020, 9, 29), Status.MOVED, at(2020, 10, 2, 10), at(2020, 10, 2, 11)
                ),
                # moved and cancelled
                OccurrenceChange(
                    date(2020, 11, 3), Status.CANCELLED, at(2020, 11, 4, 10), at(2020, 11, 4, 11)
                ),
            ),
        ),
        [
            month(2020, 9),
            month(2020, 10),
            month(2020, 11),
            month(2020, 12),
            days(date(2020, 9, 26), date(2020, 9, 26)),
            (at(2020, 1, 1), at(2021, 1, 1)),
        ],
    ),
    "moved-into-window-from-before": (
        timed(
            at(2020, 1, 7, 10),
            at(2020, 1, 7, 11),
            "FREQ=WEEKLY;BYDAY=TU",
            changes=(
                OccurrenceChange(
                    date(2020, 1, 14), Status.MOVED, at(2020, 6, 20, 10), at(2020, 6, 20, 11)
                ),
            ),
        ),
        [days(date(2020, 6, 20), date(2020, 6, 20)), month(2020, 6), month(2020, 1)],
    ),
    "whole-event-cancelled": (
        timed(
            at(2020, 5, 5, 18),
            at(2020, 5, 5, 19),
            "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
            status=Status.CANCELLED,
        ),
        [month(2020, 5)],
    ),
    "all-day-single": (
        all_day(date(2020, 12, 24), date(2020, 12, 24)),
        [month(2020, 12), days(date(2020, 12, 24), date(2020, 12, 24))],
    ),
    "all-day-multi-day-across-month-boundary": (
        all_day(date(2020, 11, 30), date(2020, 12, 2)),
        [month(2020, 11), month(2020, 12), days(date(2020, 12, 2), date(2020, 12, 2))],
    ),
    "all-day-monthly-across-month-boundary": (
        all_day(date(2020, 1, 31), date(2020, 2, 1), "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12"),
        [month(2020, 3), month(2020, 10), year_window(2020), year_window(2021)],
    ),
    "all-day-weekly-until-and-exdate": (
        all_day(
            date(2020, 10, 3),
            date(2020, 10, 4),
            "FREQ=WEEKLY;BYDAY=SA;UNTIL=20201031",
            excluded_dates=frozenset({date(2020, 10, 17)}),
            changes=(OccurrenceChange(date(2020, 10, 24), Status.CANCELLED),),
        ),
        [month(2020, 10), month(2020, 11), days(date(2020, 10, 25), date(2020, 10, 25))],
    ),
    "timed-multi-day-across-month-boundary": (
        timed(at(2020, 11, 30, 20), at(2020, 12, 2, 10)),
        [month(2020, 11), month(2020, 12), days(date(2020, 12, 2), date(2020, 12, 2))],
    ),
    "timed-multi-day-monthly": (
        timed(at(2020, 1, 30, 18), at(2020, 2, 2, 12), "FREQ=MONTHLY;BYMONTHDAY=30;COUNT=6"),
        [month(2020, 2), month(2020, 3), month(2020, 5), year_window(2020)],
    ),
    "window-clipping-overnight": (
        timed(at(2020, 6, 1, 22), at(2020, 6, 2, 2), "FREQ=DAILY;COUNT=5"),
        [days(date(2020, 6, 2), date(2020, 6, 2)), days(date(2020, 6, 6), date(2020, 6, 7))],
    ),
    "endless-daily": (
        timed(at(2020, 1, 1, 10), at(2020, 1, 1, 11), "FREQ=DAILY"),
        [month(2035, 3), month(2035, 10)],
    ),
}


@pytest.mark.parametrize(
    ("schedule", "window"),
    [
        pytest.param(schedule, window, id=f"{name}-{window[0]:%Y-%m-%d}..{window[1]:%Y-%m-%d}")
        for name, (schedule, windows) in CASES.items()
        for window in windows
    ],
)
def test_expand_matches_oracle(schedule, window):
    assert validate(schedule, ZONE) == {}
    found = compare(schedule, window)
    assert found, "the window should hold occurrences, or the comparison proves nothing"
    for occurrence in found:
        assert occurrence.start < window[1]
        assert occurrence.end > window[0]


def test_expand_matches_oracle_in_every_month_of_a_busy_year():
    """One schedule with everything at once, compared month by month and as a whole."""
    schedule = timed(
        at(2021, 1, 5, 18),
        at(2021, 1, 5, 20),
        "FREQ=WEEKLY;BYDAY=TU,SU;UNTIL=20211231",
        excluded_dates=frozenset({date(2021, 3, 28), date(2021, 6, 1)}),
        changes=(
            OccurrenceChange(date(2021, 10, 31), Status.CANCELLED),
            OccurrenceChange(
                date(2021, 12, 28), Status.MOVED, at(2021, 2, 1, 8), at(2021, 2, 1, 9)
            ),
            OccurrenceChange(
                date(2021, 4, 27), Status.MOVED, at(2021, 4, 30, 23), at(2021, 5, 1, 1)
            ),
        ),
    )
    assert validate(schedule, ZONE) == {}
    for number in range(1, 13):
        compare(schedule, month(2021, number))
    # 52 Tuesdays and 51 Sundays from 5 January, less two excluded; the cancelled one is kept.
    assert len(compare(schedule, year_window(2021))) == 52 + 51 - 2


@pytest.mark.parametrize("year", [2020, 2021])
def test_weekly_event_keeps_local_time_and_utc_duration_across_dst(year):
    window = (at(year, 3, 1), at(year, 11, 30))
    found = compare(SUNDAYS_AT_SIX, window)
    assert {(o.start.astimezone(ZONE).time(), o.end.astimezone(ZONE).time()) for o in found} == {
        (time(18), time(20))
    }
    assert {o.end.astimezone(UTC) - o.start.astimezone(UTC) for o in found} == {timedelta(hours=2)}
    # 17:00 UTC in winter time, 16:00 UTC in summer time; the change happens on the Sunday.
    by_day = {o.start.date(): o.start.astimezone(UTC).hour for o in found}
    last_sunday_of_march = max(d for d in by_day if d.month == 3)
    last_sunday_of_october = max(d for d in by_day if d.month == 10)
    assert by_day[last_sunday_of_march - timedelta(days=7)] == 17
    assert by_day[last_sunday_of_march] == 16
    assert by_day[last_sunday_of_october - timedelta(days=7)] == 16
    assert by_day[last_sunday_of_october] == 17
    assert (last_sunday_of_march + timedelta(days=7)).month == 4
    assert (last_sunday_of_october + timedelta(days=7)).month == 11


def test_duration_is_measured_in_utc_on_the_night_the_clocks_change():
    """01:00–04:00 (3 h) on the night of 28 March 2021 still lasts 3 h: it ends at 05:00.
    (The oracle adds durations in wall-clock time, so this is checked directly.)"""
    schedule = timed(at(2021, 3, 21, 1), at(2021, 3, 21, 4), "FREQ=WEEKLY;BYDAY=SU;COUNT=3")
    found = expand(schedule, window_start=at(2021, 3, 1), window_end=at(2021, 4, 30), zone=ZONE)
    assert [(o.start, o.end) for o in found] == [
        (at(2021, 3, 21, 1), at(2021, 3, 21, 4)),
        (at(2021, 3, 28, 1), at(2021, 3, 28, 5)),
        (at(2021, 4, 4, 1), at(2021, 4, 4, 4)),
    ]
    assert {o.end.astimezone(UTC) - o.start.astimezone(UTC) for o in found} == {timedelta(hours=3)}


def test_until_counts_the_until_day_and_count_counts_excluded_dates():
    until = timed(at(2020, 12, 3, 18), at(2020, 12, 3, 20), "FREQ=WEEKLY;BYDAY=TH;UNTIL=20201231")
    found = compare(until, (at(2020, 12, 1), at(2021, 2, 1)))
    assert found[-1].start == at(2020, 12, 31, 18)
    day_before = timed(until.start, until.end, "FREQ=WEEKLY;BYDAY=TH;UNTIL=20201230")
    assert compare(day_before, (at(2020, 12, 1), at(2021, 2, 1)))[-1].start == at(2020, 12, 24, 18)

    counted = timed(
        at(2020, 11, 3, 18),
        at(2020, 11, 3, 20),
        "FREQ=WEEKLY;BYDAY=TU;COUNT=5",
        excluded_dates=frozenset({date(2020, 11, 17)}),
    )
    found = compare(counted, year_window(2020))
    assert [o.start.date() for o in found] == [
        date(2020, 11, 3),
        date(2020, 11, 10),
        date(2020, 11, 24),
        date(2020, 12, 1),
    ]


def test_cancelled_occurrence_is_kept_and_marked():
    schedule = CASES["cancelled-occurrence"][0]
    found = compare(schedule, month(2020, 9))
    by_day = {o.start.date(): o for o in found}
    assert len(found) == 5
    cancelled = by_day[date(2020, 9, 15)]
    assert cancelled.status == Status.CANCELLED
    assert cancelled.is_cancelled
    assert cancelled.changed
    assert (cancelled.start, cancelled.end) == (at(2020, 9, 15, 10), at(2020, 9, 15, 11))
    assert all(o.status == Status.SCHEDULED for day, o in by_day.items() if day.day != 15)


def test_moved_occurrence_appears_at_its_new_time_only():
    schedule = CASES["moved-occurrences"][0]
    september = compare(schedule, month(2020, 9))
    starts = [o.start for o in september]
    assert at(2020, 9, 8, 10) not in starts
    assert at(2020, 9, 29, 10) not in starts
    assert at(2020, 9, 10, 16) in starts
    moved_in = next(o for o in september if o.start == at(2020, 9, 26, 9))
    assert moved_in.changed
    assert moved_in.original_start == at(2020, 12, 29, 10)
    assert moved_in.end == at(2020, 9, 26, 12)
    assert moved_in.status == Status.SCHEDULED
    december = compare(schedule, month(2020, 12))
    assert at(2020, 12, 29, 10) not in [o.start for o in december]
    # Only the moved occurrence lies in this one-day window; its original is months away.
    assert [o.start for o in compare(schedule, days(date(2020, 9, 26), date(2020, 9, 26)))] == [
        at(2020, 9, 26, 9)
    ]


def test_moved_occurrence_without_a_new_end_keeps_its_length_and_overlaps_the_window():
    """Moved to 23:00 the evening before the window, it lasts its 2 hours into the window."""
    schedule = timed(
        at(2020, 1, 7, 10),
        at(2020, 1, 7, 12),
        "FREQ=WEEKLY;BYDAY=TU;COUNT=10",
        changes=(OccurrenceChange(date(2020, 1, 14), Status.MOVED, at(2020, 6, 19, 23)),),
    )
    assert validate(schedule, ZONE) == {}
    found = compare(schedule, days(date(2020, 6, 20), date(2020, 6, 20)))
    assert [(o.start, o.end) for o in found] == [(at(2020, 6, 19, 23), at(2020, 6, 20, 1))]
    assert series_end(schedule, ZONE) == at(2020, 6, 20, 1)


def test_all_day_occurrences_are_local_midnights_with_exclusive_end():
    single = CASES["all-day-single"][0]
    (christmas_eve,) = compare(single, month(2020, 12))
    assert (christmas_eve.start, christmas_eve.end) == (at(2020, 12, 24), at(2020, 12, 25))
    assert christmas_eve.all_day

    multi = CASES["all-day-multi-day-across-month-boundary"][0]
    for window in (month(2020, 11), month(2020, 12)):
        (found,) = compare(multi, window)
        assert (found.start, found.end) == (at(2020, 11, 30), at(2020, 12, 3))
    assert compare(multi, days(date(2020, 12, 3), date(2020, 12, 31))) == []
    assert series_end(multi, ZONE) == at(2020, 12, 3)

    # Across the change to summer time the day is 23 hours long and still one day.
    spring = all_day(date(2021, 3, 28), date(2021, 3, 28), "FREQ=WEEKLY;COUNT=2")
    found = compare(spring, month(2021, 3))
    assert [(o.start, o.end) for o in found] == [(at(2021, 3, 28), at(2021, 3, 29))]


def test_all_day_moved_occurrence_covers_whole_days():
    """A changed all-day occurrence has date semantics too: the new end is its last day."""
    schedule = all_day(
        date(2020, 11, 7),
        date(2020, 11, 7),
        "FREQ=WEEKLY;BYDAY=SA;COUNT=8",
        changes=(
            # one day → still one day, on a Sunday; times are ignored
            OccurrenceChange(
                date(2020, 11, 14), Status.MOVED, at(2020, 11, 15, 10), at(2020, 11, 15, 12)
            ),
            # to three days across the month boundary
            OccurrenceChange(
                date(2020, 11, 28), Status.MOVED, at(2020, 11, 30, 8), at(2020, 12, 2, 8)
            ),
            # no new end: as long as before
            OccurrenceChange(date(2020, 12, 12), Status.MOVED, at(2021, 1, 9, 15)),
        ),
    )
    assert validate(schedule, ZONE) == {}
    found = compare(schedule, (at(2020, 11, 1), at(2021, 2, 1)))
    moved = {o.original_start.date(): (o.start, o.end) for o in found if o.changed}
    assert moved == {
        date(2020, 11, 14): (at(2020, 11, 15), at(2020, 11, 16)),
        date(2020, 11, 28): (at(2020, 11, 30), at(2020, 12, 3)),
        date(2020, 12, 12): (at(2021, 1, 9), at(2021, 1, 10)),
    }
    compare(schedule, month(2020, 12))
    compare(schedule, days(date(2020, 12, 2), date(2020, 12, 2)))
    assert series_end(schedule, ZONE) == at(2021, 1, 10)


def test_all_day_occurrence_reaching_into_a_late_evening_window():
    """All-day, Saturday to Monday over the change to summer time, entered with a late start
    time and an early end time: the event's length in hours says little about the days it
    covers, yet the occurrence still reaches into a window that opens late on Monday."""
    schedule = Schedule(
        start=at(2021, 3, 27, 23, 30),
        end=at(2021, 3, 29, 0, 0),
        all_day=True,
        rule="FREQ=WEEKLY;COUNT=2",
    )
    assert validate(schedule, ZONE) == {}
    (found,) = compare(schedule, (at(2021, 3, 29, 23, 45), at(2021, 3, 31)))
    assert (found.start, found.end) == (at(2021, 3, 27), at(2021, 3, 30))


def test_window_clipping():
    schedule = CASES["window-clipping-overnight"][0]  # 22:00–02:00, 1–5 June 2020
    june_2 = compare(schedule, days(date(2020, 6, 2), date(2020, 6, 2)))
    # Started the evening before the window and still running at midnight; and that evening's.
    assert [o.start for o in june_2] == [at(2020, 6, 1, 22), at(2020, 6, 2, 22)]
    # [start, end): ending exactly at the window start, or starting at its end, is outside.
    assert compare(schedule, (at(2020, 6, 2, 2), at(2020, 6, 2, 22))) == []
    (only,) = compare(schedule, (at(2020, 6, 2, 1, 59), at(2020, 6, 2, 22)))
    assert only.start == at(2020, 6, 1, 22)
    assert compare(schedule, days(date(2020, 6, 7), date(2020, 6, 30))) == []


def test_zero_length_occurrence_at_the_window_start_is_in_the_window():
    """A point in time at midnight belongs to the day it starts (as in the oracle), so a day
    view shows it exactly once."""
    schedule = timed(at(2020, 12, 30, 0), at(2020, 12, 30, 0), "FREQ=DAILY;COUNT=3")
    assert validate(schedule, ZONE) == {}
    for first in (date(2020, 12, 30), date(2020, 12, 31), date(2021, 1, 1)):
        (found,) = compare(schedule, days(first, first))
        assert found.start == found.end == local(first)
    assert compare(schedule, days(date(2020, 12, 29), date(2020, 12, 29))) == []
    assert len(compare(schedule, (at(2020, 12, 1), at(2021, 2, 1)))) == 3


def test_endless_rule_is_expanded_only_inside_the_window():
    schedule = CASES["endless-daily"][0]
    window = month(2035, 3)
    began = timer.perf_counter()
    found = expand(schedule, window_start=window[0], window_end=window[1], zone=ZONE)
    assert timer.perf_counter() - began < 1
    assert len(found) == 31
    assert all(window[0] <= o.start and o.end <= window[1] for o in found)
    assert rows(found) == oracle_rows(to_vcalendar(schedule), *window)
    assert series_end(schedule, ZONE) is None


def test_next_occurrences_start_after_the_moment():
    schedule = SUNDAYS_AT_SIX
    found = next_occurrences(schedule, after=at(2020, 3, 29, 19), limit=3, zone=ZONE)
    assert [o.start for o in found] == [
        at(2020, 4, 5, 18),
        at(2020, 4, 12, 18),
        at(2020, 4, 19, 18),
    ]


# --- the wheel's own test calendars --------------------------------------------------------

ORACLE_FILES = (
    "Germany.ics",
    "alarm_15_min_before_event_snoozed.ics",
    "alarm_1_week_before_event.ics",
    "alarm_absolute.ics",
    "alarm_absolute_repeat.ics",
    "alarm_around_event_boundaries.ics",
    "alarm_at_start_of_event.ics",
    "alarm_of_repeated_event.ics",
    "alarm_recurring_and_acknowledged_at_2024_11_27_16_27.ics",
    "alarm_removed_and_moved.ics",
    "alarm_several_in_one.ics",
    "alarms_at_the_same_time.ics",
    "alarms_different_in_same_event.ics",
    "after_many_events_in_order.ics",
    "daylight_saving_time.ics",
    "discourse_no_dtend.ics",
    "duration_edited.ics",
    "each_week_but_one_deleted.ics",
    "each_week_but_two_deleted.ics",
    "event_10_times.ics",
    "fablab_cottbus.ics",
    "issue_107_omitting_last_event.ics",
    "issue_151_macos_linux_difference.ics",
    "issue_151_macos_linux_difference2.ics",
    "issue_179_example.ics",
    "issue_186_invalid_trigger.ics",
    "issue_18_cancel_status.ics",
    "issue_20_exdate_ignored.ics",
    "issue_223_one_event_with_sequence.ics",
    "issue_223_thunderbird.ics",
    "issue_253_edge_case_1.ics",
    "issue_253_recurrence_id_included.ics",
    "issue_27_t1.ics",
    "issue_27_t2.ics",
    "issue_4.ics",
    "issue_44_double_event.ics",
    "issue_48_daylight_aware_repeats.ics",
    "issue_48_dst.ics",
    "issue_4_rrule_until.ics",
    "issue_4_weidenrinde.ics",
    "issue_61_time_zone_error.ics",
    "issue_62_moved_event.ics",
    "issue_62_moved_event_2.ics",
    "machbar_16_feb_2019.ics",
    "one_day_event.ics",
    "one_day_event_repeat_every_day.ics",
    "one_event.ics",
    "one_event_repeat_every_3_days.ics",
    "recurrence_sequence_number.ics",
    "recurring_events_moved.ics",
    "same_event_recurring_at_same_time.ics",
    "several_events_at_the_same_time.ics",
    "subcomponents.ics",
    "three_events.ics",
    "three_events_one_edited.ics",
    "x_wr_timezone_simple_events_issue_59.ics",
    "zero_size_event.ics",
)

TWO_VERSIONS = "two master VEVENTs for one UID (edited copies); an event has one schedule"
SKIPPED = {
    "Germany_Holidays.ics": "all-day events with DTEND = DTSTART (no whole day)",
    "alarm_absolute_edited.ics": TWO_VERSIONS,
    "bad_rrule_missing_until_event.ics": "misspelt rule part UNTL",
    "duplicated_rrule.ics": "two RRULEs",
    "multiple_rrule.ics": "two RRULEs",
    "end_before_start_event.ics": "DTEND before DTSTART",
    "issue_132_swapped_start_and_end.ics": "DTEND before DTSTART",
    "issue_113_period_in_rdate.ics": "RDATE",
    "issue_113_period_rdate_duration.ics": "RDATE",
    "issue_148_exdate_and_rdate_unedited.ics": "RDATE",
    "issue_75_range_parameter.ics": "RDATE and RECURRENCE-ID;RANGE=THISANDFUTURE",
    "rdate.ics": "RDATE",
    "rdate2.ics": "RDATE",
    "rdate_falls_on_rrule_until.ics": "RDATE",
    "rdate_hackerpublicradio.ics": "RDATE",
    "issue_117_until_before_dtstart.ics": "UNTIL before DTSTART (the project rejects it)",
    "issue_128_only_first_event.ics": "COUNT=-1 together with UNTIL",
    "issue_148_edge_case_1.ics": TWO_VERSIONS,
    "issue_148_edge_case_2.ics": TWO_VERSIONS,
    "issue_148_exdate_and_rdate_updated.ics": TWO_VERSIONS,
    "issue_148_ignored_exdate.ics": TWO_VERSIONS,
    "issue_163_deleted_modification.ics": TWO_VERSIONS,
    "issue_164_duplicated_event.ics": "two RECURRENCE-ID versions of one occurrence",
    "issue_173_only_modifications_error.ics": "RECURRENCE-ID components without their series",
    "issue_15_duplicated_events.ics": "floating DTSTART (no time zone)",
    "issue_201_mixed_datetime_and_date.ics": "DTSTART a DATE with DTEND a DATE-TIME",
    "issue_201_test_matrix.ics": "DTSTART and DTEND of different value types",
    "issue_243_recurrence_id_is_not_identical_to_dtstart.ics": "floating DTSTART (no time zone)",
    "duration.ics": "events without UID (the oracle's results cannot be told apart)",
    "issue_253_additional_recurrence_id.ics": (
        "RECURRENCE-ID for a date after UNTIL (not an occurrence; the project rejects it)"
    ),
    "issue_28_rrule_with_UTC_endinginZ.ics": "all-day series with a DATE-TIME UNTIL",
    "issue_36_recurrence_ID_format.ics": "all-day series with a DATE-TIME RECURRENCE-ID",
    "issue_86_x_wr_timezone_without_time_zone_in_dt.ics": "floating DTSTART (X-WR-TIMEZONE)",
    "issue_97_simple_journal.ics": "no VEVENT (VJOURNAL)",
    "issue_97_simple_todo.ics": "no VEVENT (VTODO)",
    "issue_97_todo_nodtstart.ics": "no VEVENT (VTODO)",
    "no_events.ics": "no VEVENT",
    "recurring_events_changed_duration.ics": "a DATE change in a timed series",
}


def _months(first: datetime, count: int) -> list[tuple[datetime, datetime]]:
    windows, year, number = [], first.year, first.month
    for _ in range(count):
        windows.append(month(year, number))
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return windows


@pytest.mark.parametrize("name", sorted(ORACLE_FILES + tuple(SKIPPED)))
def test_wheel_calendar_matches_oracle(name):
    if name in SKIPPED:
        pytest.skip(f"outside the supported subset: {SKIPPED[name]}")
    calendar = read_calendar(name)
    series = series_from_calendar(calendar)
    for item in series:
        assert validate(item.schedule, item.zone) == {}, item.uid
    earliest = min(item.schedule.start for item in series).astimezone(ZONE)
    latest = max(item.schedule.start for item in series).astimezone(ZONE)
    months = _months(earliest - timedelta(days=31), 14)
    windows = [
        *months,
        (months[0][0], months[-1][1]),
        (latest - timedelta(days=31), latest + timedelta(days=400)),
    ]
    total = 0
    for window in windows:
        mine = sorted(
            (item.uid, *row)
            for item in series
            for row in rows(
                expand(item.schedule, window_start=window[0], window_end=window[1], zone=item.zone)
            )
        )
        theirs = oracle_rows_by_uid(calendar, *window, {item.uid: item.zone for item in series})
        assert mine == theirs, f"{name} in {window[0]:%Y-%m-%d}..{window[1]:%Y-%m-%d}"
        total += len(mine)
    assert total, "no occurrence compared"


@pytest.mark.parametrize(
    "name",
    [name for name, reason in SKIPPED.items() if reason.startswith(("RDATE", "two RRULE"))],
)
def test_unsupported_wheel_calendars_are_refused_by_the_converter(name):
    with pytest.raises(Unsupported):
        series_from_calendar(read_calendar(name))


# --- validate --------------------------------------------------------------------------------

THURSDAYS = timed(at(2020, 1, 2, 18), at(2020, 1, 2, 20), "FREQ=WEEKLY;BYDAY=TH")


def _with(schedule: Schedule, **changes) -> Schedule:
    fields = {name: getattr(schedule, name) for name in Schedule.__dataclass_fields__}
    return Schedule(**(fields | changes))


def test_validate_accepts_a_sound_schedule():
    assert validate(THURSDAYS, ZONE) == {}


def test_validate_end_before_start():
    errors = validate(_with(THURSDAYS, end=at(2020, 1, 2, 17)), ZONE)
    assert errors == {"end": "The event cannot end before it starts."}
    errors = validate(all_day(date(2020, 1, 2), date(2020, 1, 1)), ZONE)
    assert "end" in errors


def test_validate_all_day_ignores_the_times():
    """Start 9:00 and end 8:00 on the same day is a one-day all-day event, not an error."""
    schedule = Schedule(start=at(2020, 1, 2, 9), end=at(2020, 1, 2, 8), all_day=True)
    assert validate(schedule, ZONE) == {}
    (found,) = compare(schedule, month(2020, 1))
    assert (found.start, found.end) == (at(2020, 1, 2), at(2020, 1, 3))


@pytest.mark.parametrize(
    ("rule", "named", "supported"),
    [
        ("FREQ=WEEKLY;BYDAY=TH;BYHOUR=18", "BYHOUR", ["FREQ", "BYDAY", "BYSETPOS", "UNTIL"]),
        ("FREQ=WEEKLY;BYDAY=TH;WKST=SU", "WKST", ["FREQ", "BYDAY", "BYSETPOS", "UNTIL"]),
        ("FREQ=HOURLY;INTERVAL=2", "FREQ", ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
        ("FREQ=MINUTELY", "FREQ", ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    ],
)
def test_validate_unsupported_part_or_frequency_names_what_is_supported(rule, named, supported):
    errors = validate(_with(THURSDAYS, rule=rule), ZONE)
    assert set(errors) == {"rule"}
    assert named in errors["rule"]
    for word in supported:
        assert word in errors["rule"]


def test_validate_count_and_until_together():
    errors = validate(_with(THURSDAYS, rule="FREQ=WEEKLY;BYDAY=TH;COUNT=3;UNTIL=20201231"), ZONE)
    assert set(errors) == {"rule"}
    assert "UNTIL" in errors["rule"]
    assert "COUNT" in errors["rule"]


def test_validate_weekly_setpos_must_start_on_monday():
    """dateutil issue #1398: a weekly rule with BYSETPOS counts only the days from DTSTART in
    its first week, so a mid-week start gives a wrong first occurrence."""
    rule = "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=1"
    wednesday = timed(at(2020, 3, 4, 8), at(2020, 3, 4, 9), rule)
    errors = validate(wednesday, ZONE)
    assert set(errors) == {"rule"}
    assert "BYSETPOS" in errors["rule"]
    assert "Monday" in errors["rule"]
    monday = timed(at(2020, 3, 2, 8), at(2020, 3, 2, 9), rule)
    assert validate(monday, ZONE) == {}


def test_validate_start_must_follow_the_rule():
    monday = timed(at(2020, 1, 6, 18), at(2020, 1, 6, 20), "FREQ=WEEKLY;BYDAY=TU")
    errors = validate(monday, ZONE)
    assert set(errors) == {"rule"}
    assert "does not follow the rule" in errors["rule"]


def test_validate_excluded_date_must_be_an_occurrence():
    errors = validate(_with(THURSDAYS, excluded_dates=frozenset({date(2020, 1, 8)})), ZONE)
    assert errors == {"excluded_dates": "08. 01. 2020 is not a date the event takes place on."}
    # An endless rule, far in the future: a Wednesday is refused, a Thursday is fine.
    far = _with(THURSDAYS, excluded_dates=frozenset({date(2030, 1, 2)}))
    assert set(validate(far, ZONE)) == {"excluded_dates"}
    assert validate(_with(THURSDAYS, excluded_dates=frozenset({date(2030, 1, 3)})), ZONE) == {}
    # After UNTIL is no occurrence either.
    bounded = _with(
        THURSDAYS,
        rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20200130",
        excluded_dates=frozenset({date(2020, 2, 6)}),
    )
    assert set(validate(bounded, ZONE)) == {"excluded_dates"}


def test_validate_changed_occurrence_must_be_an_occurrence():
    wrong = OccurrenceChange(date(2020, 1, 7), Status.CANCELLED)
    errors = validate(_with(THURSDAYS, changes=(wrong,)), ZONE)
    assert errors == {"changes": "07. 01. 2020 is not a date the event takes place on."}
    right = OccurrenceChange(date(2020, 1, 9), Status.MOVED, at(2020, 1, 8, 18), at(2020, 1, 8, 20))
    assert validate(_with(THURSDAYS, changes=(right,)), ZONE) == {}
    no_start = OccurrenceChange(date(2020, 1, 9), Status.MOVED)
    assert set(validate(_with(THURSDAYS, changes=(no_start,)), ZONE)) == {"changes"}
    backwards = OccurrenceChange(
        date(2020, 1, 9), Status.MOVED, at(2020, 1, 8, 18), at(2020, 1, 8, 17)
    )
    assert set(validate(_with(THURSDAYS, changes=(backwards,)), ZONE)) == {"changes"}


def test_validate_all_day_change_ignores_the_times():
    saturdays = all_day(date(2020, 11, 7), date(2020, 11, 7), "FREQ=WEEKLY;BYDAY=SA")
    same_day = OccurrenceChange(
        date(2020, 11, 14), Status.MOVED, at(2020, 11, 15, 10), at(2020, 11, 15, 9)
    )
    assert validate(_with(saturdays, changes=(same_day,)), ZONE) == {}
    day_before = OccurrenceChange(
        date(2020, 11, 14), Status.MOVED, at(2020, 11, 15, 10), at(2020, 11, 14, 23)
    )
    assert validate(_with(saturdays, changes=(day_before,)), ZONE) == {
        "changes": "A moved occurrence cannot end before it starts."
    }


def test_validate_every_occurrence_excluded():
    schedule = _with(
        THURSDAYS,
        rule="FREQ=WEEKLY;BYDAY=TH;COUNT=3",
        excluded_dates=frozenset({date(2020, 1, 2), date(2020, 1, 9), date(2020, 1, 16)}),
    )
    assert validate(schedule, ZONE) == {
        "rule": "Every occurrence is excluded: the event would never take place."
    }
    one_left = _with(schedule, excluded_dates=frozenset({date(2020, 1, 2), date(2020, 1, 9)}))
    assert validate(one_left, ZONE) == {}


def test_validate_until_before_start():
    errors = validate(_with(THURSDAYS, rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20191231"), ZONE)
    assert set(errors) == {"rule"}
    assert "ends before" in errors["rule"]
    # UNTIL on the start day itself is one occurrence.
    same_day = _with(THURSDAYS, rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20200102")
    assert validate(same_day, ZONE) == {}
    assert len(compare(same_day, month(2020, 1))) == 1


# --- series_end ------------------------------------------------------------------------------


def _oracle_last_end(schedule: Schedule) -> datetime:
    found = oracle_rows(to_vcalendar(schedule), at(2019, 1, 1), at(2031, 1, 1))
    return max(end for _, end, _ in found)


@pytest.mark.parametrize(
    "schedule",
    [
        pytest.param(_with(THURSDAYS, rule="FREQ=WEEKLY;BYDAY=TH;COUNT=10"), id="count"),
        pytest.param(_with(THURSDAYS, rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20201231"), id="until"),
        pytest.param(CASES["monthly-last-weekday"][0], id="endless-setpos"),
        pytest.param(CASES["all-day-monthly-across-month-boundary"][0], id="all-day-count"),
        pytest.param(CASES["timed-multi-day-monthly"][0], id="multi-day-count"),
        pytest.param(CASES["moved-occurrences"][0], id="moved-and-until"),
        pytest.param(CASES["until-is-a-local-date"][0], id="until-local-date"),
    ],
)
def test_series_end(schedule):
    if "COUNT" not in schedule.rule and "UNTIL" not in schedule.rule:
        assert series_end(schedule, ZONE) is None
    else:
        assert series_end(schedule, ZONE) == _oracle_last_end(schedule)


def test_series_end_of_single_events():
    single = timed(at(2020, 5, 5, 18), at(2020, 5, 5, 20))
    assert series_end(single, ZONE) == at(2020, 5, 5, 20)
    assert series_end(all_day(date(2020, 11, 30), date(2020, 12, 2)), ZONE) == at(2020, 12, 3)
    assert series_end(THURSDAYS, ZONE) is None


def test_series_end_with_a_moved_last_occurrence():
    schedule = timed(
        at(2020, 1, 2, 18),
        at(2020, 1, 2, 20),
        "FREQ=WEEKLY;BYDAY=TH;COUNT=3",
        changes=(
            OccurrenceChange(
                date(2020, 1, 9), Status.MOVED, at(2020, 3, 1, 10), at(2020, 3, 1, 12)
            ),
        ),
    )
    assert series_end(schedule, ZONE) == at(2020, 3, 1, 12) == _oracle_last_end(schedule)


# --- bounds: a rule or a date no check may spend seconds on ----------------------------------

#: What one check of one rule may take. Before the bounds, dateutil looked for an occurrence
#: of a rule that never occurs period by period up to the year 9999: 0.5 to 5 s per check, and
#: an event is checked several times when it is saved.
QUICK = 0.1

NEVER = [
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31;COUNT=5",
    "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=3",
    "FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=20",  # the first Monday is never the 20th
    "FREQ=MONTHLY;INTERVAL=12;BYMONTH=6",  # every twelfth month from January: never June
]


def timed_call(function, *args):
    """``function(*args)`` and the processor time it took (the machine's load aside)."""
    began = timer.process_time()
    result = function(*args)
    return result, timer.process_time() - began


@pytest.mark.parametrize("rule", NEVER)
def test_a_rule_that_never_occurs_is_refused_quickly(rule):
    schedule = _with(THURSDAYS, rule=rule)
    errors, seconds = timed_call(validate, schedule, ZONE)
    assert set(errors) == {"rule"}
    assert "does not follow the rule" in errors["rule"]
    assert seconds < QUICK
    # Saving runs series_end before the page's validation: it must not search either.
    end, seconds = timed_call(series_end, schedule, ZONE)
    assert end is None
    assert seconds < QUICK


@pytest.mark.parametrize("rule", ["FREQ=DAILY;UNTIL=99991231", "FREQ=WEEKLY;UNTIL=22010101"])
def test_a_repetition_past_the_year_2200_is_refused_quickly(rule):
    errors, seconds = timed_call(validate, _with(THURSDAYS, rule=rule), ZONE)
    assert errors == {
        "rule": f"The repetition must end by 31. 12. 2200 (UNTIL {rule[-8:]}); leave the end "
        "out for an event that repeats without end."
    }
    assert seconds < QUICK
    end, seconds = timed_call(series_end, _with(THURSDAYS, rule=rule), ZONE)
    assert end is None  # saved before the limit: endless for the listings
    assert seconds < QUICK


@pytest.mark.parametrize(
    ("changes", "field", "named"),
    [
        ({"start": at(9999, 1, 7, 18), "end": at(9999, 1, 7, 20)}, "start", "07. 01. 9999"),
        ({"start": at(1899, 12, 31, 18)}, "start", "31. 12. 1899"),
        # UTC 31 December 9999 23:30 is past the last datetime in Ljubljana: no OverflowError.
        ({"end": datetime(9999, 12, 31, 23, 30, tzinfo=UTC)}, "end", "31. 12. 9999"),
        ({"excluded_dates": frozenset({date(9999, 12, 30)})}, "excluded_dates", "30. 12. 9999"),
        (
            {"changes": (OccurrenceChange(date(1, 1, 1), Status.CANCELLED),)},
            "changes",
            "01. 01. 1",
        ),
        (
            {
                "changes": (
                    OccurrenceChange(
                        date(2020, 1, 9),
                        Status.MOVED,
                        datetime(9999, 12, 31, 23, tzinfo=UTC),
                        datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
                    ),
                )
            },
            "changes",
            "31. 12. 9999",
        ),
    ],
)
def test_dates_outside_the_years_1900_to_2200_are_refused(changes, field, named):
    schedule = _with(THURSDAYS, **changes)
    errors = validate(schedule, ZONE)
    assert errors[field] == f"{named} is outside the years 1900 to 2200."
    assert series_end(schedule, ZONE) is None


def test_a_date_too_far_into_a_series_to_check_is_refused_quickly():
    """The 2,000th Thursday from 2 January 2020 is 25 April 2058: a later exclusion is not
    looked for (an editor can start the series later, or split it)."""
    near = _with(THURSDAYS, excluded_dates=frozenset({date(2058, 4, 25)}))
    errors, seconds = timed_call(validate, near, ZONE)
    assert errors == {}
    assert seconds < QUICK
    far = _with(THURSDAYS, excluded_dates=frozenset({date(2058, 5, 2)}))
    errors, seconds = timed_call(validate, far, ZONE)
    assert errors == {
        "excluded_dates": "02. 05. 2058 is too far from the start to check (after the first "
        "2000 occurrences): start the event later, or split it in two."
    }
    assert seconds < QUICK


def test_series_end_of_a_long_series_is_an_upper_bound_found_quickly():
    """Past the occurrences a check walks, the listings get a time the series is over by."""
    daily = timed(at(2020, 1, 1, 18), at(2020, 1, 1, 20), "FREQ=DAILY;UNTIL=21991231")
    end, seconds = timed_call(series_end, daily, ZONE)
    assert end == at(2199, 12, 31, 20)
    assert seconds < QUICK
    thursdays = _with(THURSDAYS, rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=21500101")  # a Tuesday
    end, seconds = timed_call(series_end, thursdays, ZONE)
    assert end == at(2150, 1, 1, 20)  # the last Thursday, 26 December 2149, ends before
    assert seconds < QUICK


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=YEARLY;BYSETPOS=1;BYDAY=1MO;BYMONTH=0", "BYMONTH must list months from 1 to 12."),
        ("FREQ=MONTHLY;BYDAY=53MO", "BYDAY must list days such as TU"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY must list days from 1 to 31"),
        ("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=0", "BYSETPOS must list positions from 1 to 366"),
    ],
)
def test_numbers_dateutil_cannot_expand_are_refused_with_a_message(rule, message):
    """Found by the import's fuzzing: dateutil failed (ValueError, IndexError) while expanding
    the first two, in the admin as in an import."""
    errors, seconds = timed_call(validate, _with(THURSDAYS, rule=rule), ZONE)
    assert set(errors) == {"rule"}
    assert errors["rule"].startswith(message)
    assert seconds < QUICK


RARE = {
    # 29 February: every four years (and not in 2100).
    "leap-day": timed(
        at(2096, 2, 29, 10), at(2096, 2, 29, 12), "FREQ=YEARLY;BYMONTHDAY=29;BYMONTH=2;COUNT=3"
    ),
    # 29 February on a Monday: 2016, 2044, 2072, 2112.
    "leap-monday": timed(
        at(2016, 2, 29, 10), at(2016, 2, 29, 12), "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO"
    ),
    # The fifth Monday of February: only in a leap year starting on a Monday.
    "fifth-monday": timed(
        at(2016, 2, 29, 10), at(2016, 2, 29, 12), "FREQ=MONTHLY;BYMONTH=2;BYDAY=5MO;COUNT=2"
    ),
}


@pytest.mark.parametrize("name", RARE)
def test_rules_that_occur_rarely_still_work(name):
    schedule = RARE[name]
    errors, seconds = timed_call(validate, schedule, ZONE)
    assert errors == {}
    assert seconds < QUICK
    compare(schedule, (at(2010, 1, 1), at(2120, 1, 1)))
    if "COUNT" in schedule.rule:
        end, seconds = timed_call(series_end, schedule, ZONE)
        assert end == _oracle_last_end_between(schedule, at(2010, 1, 1), at(2120, 1, 1))
        assert seconds < QUICK


def _oracle_last_end_between(schedule: Schedule, start: datetime, end: datetime) -> datetime:
    return max(last for _, last, _ in oracle_rows(to_vcalendar(schedule), start, end))


#: Rules that occur at least monthly, so that the oracle finds the first occurrence at once;
#: a start on any day of any year layout must be judged as dateutil judges it unbounded.
FREQUENT = [
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=MONTHLY;BYMONTHDAY=-3",
    "FREQ=YEARLY;BYDAY=-1SU",
    "FREQ=YEARLY;BYMONTH=1,12;BYDAY=1MO,-1SU",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU",
    "FREQ=DAILY;INTERVAL=3;BYDAY=SA,SU",
]


@examples("RULE_BOUND_EXAMPLES", default=200)
@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 20)),
    rule=st.sampled_from(FREQUENT),
    all_day_event=st.booleans(),
)
def test_the_bounded_first_date_check_agrees_with_dateutil(day, rule, all_day_event):
    """``validate`` finds the first occurrence in a later year laid out alike; whether the
    start follows the rule must not change by that."""
    from dateutil.rrule import rrulestr

    start = datetime.combine(day, time(18))
    follows = next(iter(rrulestr(rule, dtstart=start))) == start
    schedule = (
        all_day(day, day, rule)
        if all_day_event
        else timed(local(day, time(18)), local(day, time(19)), rule)
    )
    errors = validate(schedule, ZONE)
    assert ("does not follow the rule" not in errors.get("rule", "")) == follows, errors


# The same bounds in the admin: an editor's rule or date gets its message at once.


@pytest.fixture
def venue(site_tree):
    return VenueFactory(locale=site_tree["sl"].locale)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        (
            {"repeat": "CUSTOM", "recurrence_rule": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"},
            "recurrence_rule",
            "The first date does not follow the rule",
        ),
        (
            {"repeat": "WEEKLY", "repeat_weekdays": ["TH"], "repeat_until": "9999-12-31"},
            "repeat_until",  # in plain words, on the field that set it
            "The repetition must end by 31. 12. 2200; leave the end out",
        ),
        (
            {"start": "9999-12-31 23:30", "end": "9999-12-31 23:45"},
            "start",
            "31. 12. 9999 is outside the years 1900 to 2200.",
        ),
    ],
    ids=["never-occurs", "until-9999", "start-9999"],
)
def test_the_editor_is_told_at_once(
    admin_client, calendar, venue, monkeypatch, fields, field, message
):
    from calendar_app import recurrence

    spent = []
    for name in ("check", "series_end"):
        check = getattr(recurrence, name)

        def timed_check(*args, check=check):
            result, seconds = timed_call(check, *args)
            spent.append(seconds)
            return result

        monkeypatch.setattr(recurrence, name, timed_check)
    errors = post_errors(admin_client, add_url(calendar), event_form(venue=str(venue.pk), **fields))
    assert message in errors[field]
    assert spent
    assert sum(spent) < QUICK  # before the bounds: 4 to 9 s, or a server error (OverflowError)
