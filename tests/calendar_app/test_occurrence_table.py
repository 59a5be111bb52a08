"""The occurrence table answers as read-time expansion does, is written and dropped with
publication, and never shows what is not public."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from calendar_app.models import (
    EventExcludedDate,
    EventOccurrenceChange,
    EventPage,
    MaterialisedOccurrence,
    MaterialisedSeries,
)
from calendar_app.occurrence_table import materialise
from calendar_app.occurrences import Listed, local_day_bounds, next_occurrences_of
from calendar_app.selectors import (
    EventFilters,
    candidate_events,
    expand_events,
    listed_in_window,
    occurrences_between,
)
from cms.content.selectors import prepare_for_listing
from tests.calendar_app.factories import EventPageFactory, local
from tests.factories import publish

NOW = local(2021, 1, 15, 12)


def _event(calendar, **fields):
    excluded = fields.pop("excluded", [])
    changes = fields.pop("changes", [])
    event = EventPageFactory.build(**fields)
    calendar.add_child(instance=event)
    event.excluded_dates = [EventExcludedDate(date=day) for day in excluded]
    event.occurrence_changes = changes
    return publish(event)


def _rules(calendar):
    moved = EventOccurrenceChange(
        original_date=date(2020, 10, 20),
        change="MOVED",
        new_start=local(2020, 10, 22, 9),
        new_end=local(2020, 10, 22, 11),
    )
    cancelled = EventOccurrenceChange(original_date=date(2020, 10, 27), change="CANCELLED")
    return [
        _event(
            calendar,
            title="Tedenski",
            start=local(2020, 10, 6, 18),
            end=local(2020, 10, 6, 20),
            recurrence_rule="FREQ=WEEKLY;BYDAY=TU",
            excluded=[date(2020, 10, 13)],
            changes=[moved, cancelled],
        ),
        _event(
            calendar,
            title="Mesečni",
            start=local(2020, 9, 15, 17),
            end=local(2020, 9, 15, 19),
            recurrence_rule="FREQ=MONTHLY;BYMONTHDAY=15;COUNT=12",
        ),
        _event(
            calendar,
            title="Večdnevni",
            start=local(2020, 12, 30, 10),
            end=local(2021, 1, 2, 16),
            recurrence_rule="FREQ=YEARLY;COUNT=3",
        ),
        _event(
            calendar,
            title="Celodnevni",
            start=local(2020, 11, 2),
            end=local(2020, 11, 3),
            all_day=True,
            recurrence_rule="FREQ=WEEKLY;COUNT=10",
        ),
        _event(
            calendar,
            title="Premik ure",
            start=local(2021, 3, 20, 18),
            end=local(2021, 3, 20, 19, 30),
            recurrence_rule="FREQ=DAILY;UNTIL=20211105",
        ),
        _event(
            calendar,
            title="Dnevni brez konca",
            start=local(2020, 12, 1, 8),
            end=local(2020, 12, 1, 9),
            recurrence_rule="FREQ=DAILY",
        ),
        _event(
            calendar, title="Enkratni", start=local(2020, 12, 3, 23), end=local(2020, 12, 3, 23)
        ),
    ]


def _key(items):
    return [
        (
            item.event.pk,
            item.occurrence.start.isoformat(),
            item.occurrence.end.isoformat(),
            item.occurrence.all_day,
            item.occurrence.status,
            item.occurrence.original_start.isoformat(),
            item.occurrence.changed,
        )
        for item in items
    ]


def _expanded(filters, window_start, window_end):
    events = prepare_for_listing(
        candidate_events(filters, window_start=window_start, window_end=window_end)
    )
    return expand_events(
        events,
        window_start=window_start,
        window_end=window_end,
        include_cancelled=filters.include_cancelled,
    )


def _windows():
    yield date(2020, 9, 1), date(2021, 8, 31)
    day = date(2020, 9, 1)
    while day < date(2023, 6, 1):
        yield day, day + timedelta(days=34)
        day += timedelta(days=17)
    for first in (date(2021, 3, 27), date(2021, 10, 30), date(2020, 12, 3), date(2020, 12, 4)):
        yield first, first


@pytest.mark.parametrize("include_cancelled", [False, True])
def test_the_table_answers_as_expansion_does(calendar, include_cancelled):
    events = _rules(calendar)
    for event in events:
        materialise(event, now=NOW)
    endless = MaterialisedSeries.objects.get(page=events[5])
    assert endless.covered_until == NOW + timedelta(days=730)  # beyond it: expansion
    assert MaterialisedSeries.objects.get(page=events[1]).covered_until is None
    filters = EventFilters(locale=Locale.objects.get(language_code="sl"),
                           include_cancelled=include_cancelled)  # fmt: skip
    compared = 0
    for first, last in _windows():
        window_start, window_end = local_day_bounds(first, last)
        from_table = listed_in_window(filters, window_start=window_start, window_end=window_end)
        assert _key(from_table) == _key(_expanded(filters, window_start, window_end)), first
        compared += len(from_table)
    assert compared > 1000


def test_upcoming_from_the_table_is_the_expansion_cut(calendar):
    for event in _rules(calendar):
        materialise(event, now=NOW)
    filters = EventFilters(locale=Locale.objects.get(language_code="sl"))
    window_start, window_end = local_day_bounds(date(2021, 1, 15), date(2022, 1, 15))
    every = [i for i in _expanded(filters, window_start, window_end) if i.occurrence.end > NOW]
    for limit in (1, 3, 10, 100):
        found = listed_in_window(filters, window_start=window_start, window_end=window_end,
                                 after=NOW, limit=limit)  # fmt: skip
        assert _key(found) == _key(every[:limit])


def _listed(event):
    filters = EventFilters(locale=event.locale)
    found = occurrences_between(filters, start=date(2020, 12, 1), end=date(2020, 12, 31))
    return [item for item in found if item.event.pk == event.pk]


def _rows(event):
    return MaterialisedOccurrence.objects.filter(page_id=event.pk).count()


def test_publication_writes_and_unpublication_removes_the_rows(calendar):
    event = _event(calendar, recurrence_rule="FREQ=WEEKLY;COUNT=4")
    assert _rows(event) == 4
    assert MaterialisedSeries.objects.filter(page=event).exists()
    event.recurrence_rule = "FREQ=WEEKLY;COUNT=2"
    event.excluded_dates = [EventExcludedDate(date=date(2020, 12, 10))]
    publish(event)
    assert _rows(event) == 1
    event.unpublish()
    assert _rows(event) == 0
    assert not MaterialisedSeries.objects.filter(page=event).exists()
    publish(event)
    assert _rows(event) == 1
    event.delete()
    assert not MaterialisedOccurrence.objects.exists()


def test_a_draft_keeps_the_rows_and_a_save_outside_publication_drops_their_record(calendar):
    event = _event(calendar)
    event.start, event.end = local(2020, 12, 20, 10), local(2020, 12, 20, 11)
    event.save_revision()
    assert MaterialisedSeries.objects.filter(page=event).exists()
    assert [i.occurrence.start for i in _listed(event)] == [local(2020, 12, 3, 18)]
    event.refresh_from_db()
    event.start, event.end = local(2020, 12, 21, 10), local(2020, 12, 21, 11)
    event.save()  # not a publication: expanded at read time until published
    assert not MaterialisedSeries.objects.filter(page=event).exists()
    assert [i.occurrence.start for i in _listed(event)] == [local(2020, 12, 21, 10)]


def _stale_rows(event):
    """Rows and a record that claim the event, whatever its state."""
    MaterialisedSeries.objects.update_or_create(page_id=event.pk, defaults={})
    MaterialisedOccurrence.objects.create(
        page_id=event.pk, start=event.start, end=event.end, status="SCHEDULED",
        original_start=event.start)  # fmt: skip


def test_rows_of_an_unpublished_event_never_show(calendar):
    event = _event(calendar)
    event.unpublish()
    _stale_rows(event)
    assert _listed(event) == []


def test_rows_of_an_expired_event_never_show(calendar):
    event = _event(calendar)
    type(event).objects.filter(pk=event.pk).update(expire_at=timezone.now() - timedelta(hours=1))
    assert _rows(event) == 1
    assert _listed(event) == []


def test_a_scheduled_event_not_yet_live_has_no_rows_and_never_shows(calendar):
    event = EventPageFactory.build(go_live_at=timezone.now() + timedelta(days=1))
    calendar.add_child(instance=event)
    event.save_revision().publish()
    assert _rows(event) == 0
    _stale_rows(event)
    assert _listed(event) == []


def test_rows_of_a_private_event_never_show(calendar):
    event = _event(calendar)
    PageViewRestriction.objects.create(page=event, restriction_type="password", password="x")
    assert _rows(event) == 1
    assert _listed(event) == []


def test_draft_changes_are_not_shown_before_publication(calendar):
    event = _event(calendar, title="Objavljeni")
    event.title = "Osnutek"
    event.start, event.end = local(2020, 12, 24, 10), local(2020, 12, 24, 11)
    event.save_revision()
    [item] = _listed(event)
    assert (item.event.title, item.occurrence.start) == ("Objavljeni", local(2020, 12, 3, 18))


def test_the_command_extends_the_horizon_and_fills_missing_rows(calendar):
    endless = _event(calendar, recurrence_rule="FREQ=WEEKLY")
    materialise(endless, now=local(2021, 1, 1))
    unpublished_way = EventPageFactory.build(live=True)
    calendar.add_child(instance=unpublished_way)  # live without a publication: no rows
    assert not MaterialisedSeries.objects.filter(page=unpublished_way).exists()
    call_command("materialise_occurrences", stdout=open("/dev/null", "w"))  # noqa: SIM115
    horizon = MaterialisedSeries.objects.get(page=endless).covered_until
    assert horizon > timezone.now() + timedelta(days=729)
    assert _rows(unpublished_way) == 1
    call_command("materialise_occurrences", "--all", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert MaterialisedSeries.objects.count() == 2


def test_next_occurrences_from_the_table_are_the_expanded_ones(calendar):
    events = _rules(calendar)
    for event in events:
        materialise(event, now=NOW)
    stored = 0
    for moment in (NOW, local(2021, 3, 27, 18, 30), local(2021, 10, 30, 12), local(2022, 6, 1)):
        for event in events:
            for limit in (1, 5, 50):
                fresh = EventPage.objects.get(pk=event.pk)
                if MaterialisedSeries.objects.filter(
                    page=event, covered_until__lt=moment + timedelta(days=366)
                ).exists():
                    continue  # beyond the horizon: expanded, the same function
                found = fresh.stored_next_occurrences(now=moment, limit=limit)
                expected = next_occurrences_of(event, now=moment, limit=limit)
                assert _key([Listed(o, event) for o in found]) == _key(
                    [Listed(o, event) for o in expected]
                ), (event.title, moment, limit)
                stored += len(found)
    assert stored > 100


def test_next_occurrences_of_a_listing_cost_two_queries(calendar, django_assert_num_queries):
    events = _rules(calendar)
    for event in events:
        materialise(event, now=NOW)
    for count in (2, len(events)):
        listing = prepare_for_listing(
            EventPage.objects.filter(pk__in=[e.pk for e in events[:count]])
        )
        with django_assert_num_queries(2):
            for event in listing:
                event.stored_next_occurrences(now=NOW, limit=3)
