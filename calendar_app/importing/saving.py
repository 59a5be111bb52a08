"""Saving read events as event pages below a calendar: all or nothing, or (``skip_invalid``)
each event on its own, the events that cannot be imported left out and named."""

from __future__ import annotations

import hashlib
import uuid
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import DataError, connection, transaction
from django.db.models.signals import post_save
from django.utils.text import slugify
from modelsearch.signal_handlers import post_save_signal_handler as search_on_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from ..ical import uid_host
from ..models import (
    EventCategory,
    EventExcludedDate,
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
    Venue,
)
from . import limits
from .data import (
    EventData,
    EventOutcome,
    EventProblem,
    IcsImportError,
    ImportReport,
    Outcome,
    Problem,
)
from .reading import read_calendar

#: What Outlook writes as LOCATION of an online meeting: not a venue.
ONLINE_PLACEHOLDERS = frozenset(("microsoft teams meeting",))


# Finding the calendar.


def find_parent(value: str) -> EventIndexPage:
    """The calendar to import into, by page id or by URL path (``/koledar/``, ``/en/calendar/``
    or Wagtail's url_path such as ``/domov/koledar/``)."""
    calendars = list(EventIndexPage.objects.order_by("path"))
    text = value.strip()
    if text.isdigit():
        matches = [page for page in calendars if page.pk == int(text)]
    else:
        path = "/" + "".join(f"{part}/" for part in text.split("/") if part)
        matches = [page for page in calendars if path in (page.url_path, _page_path(page))]
    if len(matches) == 1:
        return matches[0]
    known = (
        ", ".join(f"{page.pk} ({_page_path(page) or page.url_path})" for page in calendars)
        or "none yet"
    )
    if matches:
        raise IcsImportError(
            [f'"{value}" matches several calendars; give the id. Calendars: {known}.']
        )
    raise IcsImportError(
        [f'There is no calendar (event index page) "{value}". Calendars: {known}.']
    )


def _page_path(page) -> str | None:
    parts = page.get_url_parts()
    return parts[2] if parts else None


# Saving.


def import_calendar(
    data: bytes, parent: EventIndexPage, *, draft: bool = False, skip_invalid: bool = False
) -> ImportReport:
    """Create or update the file's events below ``parent``; publish them unless ``draft``.
    All or nothing: IcsImportError (and no change at all) if any event is wrong. With
    ``skip_invalid`` each event is saved on its own (a savepoint: an event is never half
    written) and the wrong ones are reported as skipped instead."""
    limits.check_size(len(data))
    limits.check_events(data)
    events, problems = read_calendar(data)
    if problems and not skip_invalid:
        raise IcsImportError([f"{problem.label}: {problem.text}" for problem in problems])
    report = ImportReport()
    failed: list[str] = []
    with _changes_kept_until_commit(), transaction.atomic(), _indexed_once(report):
        context = _Context(parent)
        for event in events:
            venues = dict(context.venues)
            try:
                with transaction.atomic():
                    outcome, page = _save(event, context, draft=draft)
                # Counted once the event's savepoint is released: a failed one is not.
                report.events.append(outcome)
                _pages_by_outcome(report)[outcome.outcome].append(page)
            except (EventProblem, ValidationError, DataError) as error:
                context.venues = venues  # a venue made for this event is rolled back with it
                failed.append(f"{event.label}: {_problem_text(error)}")
                report.events.append(
                    EventOutcome(event.label, Outcome.SKIPPED, (_problem_text(error),))
                )
        if failed and not skip_invalid:
            raise IcsImportError(failed)
    report.events += _skipped(problems)
    return report


def _pages_by_outcome(report: ImportReport) -> dict[Outcome, list[EventPage]]:
    return {
        Outcome.CREATED: report.created,
        Outcome.UPDATED: report.updated,
        Outcome.UNCHANGED: report.unchanged,
    }


def _skipped(problems: list[Problem]) -> list[EventOutcome]:
    """One report line per event left out, with its changed occurrences' problems."""
    by_uid: dict[str, list[Problem]] = {}
    for problem in problems:
        by_uid.setdefault(problem.uid, []).append(problem)
    outcomes = []
    for items in by_uid.values():
        label = items[0].label
        notes = tuple(
            item.text if item.label == label else f"{item.label}: {item.text}" for item in items
        )
        outcomes.append(EventOutcome(label, Outcome.SKIPPED, notes))
    return outcomes


@contextmanager
def _changes_kept_until_commit():
    """On SQLite a writer keeps readers out while it writes to the database file, which a long
    transaction does as soon as its changes outgrow the page cache ("cache spill"): readers
    then waited, failed with "database is locked", and the API answered 503 for minutes. With
    spilling off the changes stay in memory until COMMIT, and readers read the committed
    state meanwhile. (PostgreSQL's readers never wait for a writer.)"""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_spill")
        (threshold,) = cursor.fetchone()
        cursor.execute("PRAGMA cache_spill = OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_spill = {int(threshold) or 'OFF'}")


@contextmanager
def _indexed_once(report: ImportReport):
    """A new event page is saved three times (added, revised, published), and every save
    updated its search and reference index entries: a third of the import's time. The pages
    are indexed once each at the end instead, by the tasks the save signals run. (The search
    signal is disconnected meanwhile: imports run in their own process, as the command does.)"""
    searched = post_save.disconnect(search_on_save, sender=EventPage)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        if searched:
            post_save.connect(search_on_save, sender=EventPage)
    for page in [*report.created, *report.updated]:
        key = (page._meta.app_label, page._meta.model_name, str(page.pk))
        update_reference_index_task.enqueue(*key)
        if searched:
            insert_or_update_object_task.enqueue(*key)


class _Context:
    """What the import looks up once: the calendar's events, venues and categories."""

    def __init__(self, parent: EventIndexPage):
        self.parent = parent
        self.locale = parent.locale
        self.host = uid_host()
        children = EventPage.objects.child_of(parent)
        self.by_imported_uid = {
            page.imported_uid: page for page in children.exclude(imported_uid="")
        }
        self.by_own_uid = {str(page.ical_uid): page for page in children}
        self.venues: dict[str, Venue] = {}
        for venue in Venue.objects.filter(locale=self.locale).order_by("pk"):
            for text in (venue.name, f"{venue.name}, {venue.address}"):
                self.venues.setdefault(text.casefold(), venue)
        self.categories: dict[str, EventCategory] = {}
        for category in EventCategory.objects.filter(locale=self.locale):
            self.categories.setdefault(category.name.casefold(), category)
            self.categories.setdefault(category.slug.casefold(), category)

    def existing(self, uid: str) -> EventPage | None:
        if uid in self.by_imported_uid:
            return self.by_imported_uid[uid]
        own, _, host = uid.rpartition("@")
        if host.lower() == self.host.lower():
            return self.by_own_uid.get(own)
        return None

    def venue(self, location: str) -> Venue:
        key = location.casefold()
        if key not in self.venues:
            venue = Venue(name=location[:150], address=location[:250], locale=self.locale)
            venue.full_clean()
            venue.save()
            self.venues[key] = venue
        return self.venues[key]

    def categories_for(self, event: EventData, notes: list[str]) -> list[EventCategory]:
        """CATEGORIES by name or slug in the calendar's language; others are left out."""
        found = []
        for name in event.categories or []:
            category = self.categories.get(name.casefold())
            if category is None:
                notes.append(f'no category "{name}" in {self.locale.language_code}; left out.')
            elif category not in found:
                found.append(category)
        return found

    def is_own_page(self, url: str) -> bool:
        """This site's own page of the event (the URL of its feed's events), which is not
        where to join it online."""
        return (urlsplit(url).hostname or "").lower() == self.host.lower()

    def own_uid(self, uid: str) -> uuid.UUID | None:
        """The UUID of a UID this site wrote (``<ical_uid>@<frontend host>``) whose page is no
        longer anywhere (a site restored from its own feed): the new page takes it back, so
        that calendars subscribed to the feed see the same events, not new ones. A page that
        still exists keeps it; a copy in another calendar gets a new one."""
        own, _, host = uid.rpartition("@")
        if host.lower() != self.host.lower():
            return None
        try:
            value = uuid.UUID(own)
        except ValueError:
            return None
        return None if EventPage.objects.filter(ical_uid=value).exists() else value


def _save(event: EventData, context: _Context, *, draft: bool) -> tuple[EventOutcome, EventPage]:
    notes: list[str] = []
    venue, online_url = _place(event, context, notes)
    existing = context.existing(event.uid)
    page = existing.get_latest_revision_as_object() if existing else EventPage()
    values = {
        "title": event.title,
        "summary": event.summary,
        "start": event.start,
        "end": event.end,
        "all_day": event.all_day,
        "recurrence_rule": event.rule,
        "status": event.status,
        "venue": venue,
        "online_url": online_url,
    }
    excluded = [EventExcludedDate(date=day) for day in sorted(event.excluded)]
    changes = [
        EventOccurrenceChange(
            original_date=c.original_date,
            change=c.change,
            new_start=c.new_start,
            new_end=c.new_end,
        )
        for c in sorted(event.changes, key=lambda c: c.original_date)
    ]
    categories = context.categories_for(event, notes) if event.categories is not None else None
    if existing is not None:
        before = _snapshot(page)
        _apply(page, values, excluded, changes, categories)
        published = existing.live and not existing.has_unpublished_changes
        if _snapshot(page) == before and (draft or published):
            return EventOutcome(event.label, Outcome.UNCHANGED, tuple(notes)), existing
        revision = page.save_revision(clean=True)
        outcome = Outcome.UPDATED
    else:
        _apply(page, values, excluded, changes, categories)
        page.locale = context.locale
        page.imported_uid = event.uid
        if (own := context.own_uid(event.uid)) is not None:
            page.ical_uid = own
        page.live = False
        page.has_unpublished_changes = True
        if not slugify(event.title, allow_unicode=True):
            digest = hashlib.sha1(event.uid.encode(), usedforsecurity=False).hexdigest()
            page.slug = f"event-{digest[:8]}"
        context.parent.add_child(instance=page)
        revision = page.save_revision(clean=True)
        outcome = Outcome.CREATED
    if not draft:
        revision.publish()
    return EventOutcome(event.label, outcome, tuple(notes)), page


def _place(event: EventData, context: _Context, notes: list[str]) -> tuple[Venue | None, str]:
    """LOCATION is a venue (found by its name, or created in the calendar's language), unless
    it is a link; the link to join is CONFERENCE, else the LOCATION link, else (with no
    LOCATION) the event's URL, unless that is the event's page on this site. With neither
    (RFC 5545 requires none; Google Calendar, Outlook and LibCal leave them out) the event
    has no venue, which the API and the admin show as to be announced."""
    location, online_url = event.location, event.conference
    if online_url and location.casefold() in ONLINE_PLACEHOLDERS:
        location = ""
    if location and _is_url(location):
        online_url, location = online_url or location, ""
    if not location and not online_url and not context.is_own_page(event.url):
        online_url = event.url
    if not location and not online_url:
        notes.append("it has no LOCATION and no URL: the venue is to be announced.")
    return (context.venue(location) if location else None), online_url


def _is_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text


def _apply(page: EventPage, values: dict, excluded, changes, categories) -> None:
    for name, value in values.items():
        setattr(page, name, value)
    page.excluded_dates = excluded
    page.occurrence_changes = changes
    if categories is not None:
        page.categories = categories


def _snapshot(page: EventPage) -> tuple:
    return (
        page.title,
        page.summary,
        page.start,
        page.end,
        page.all_day,
        page.recurrence_rule,
        page.status,
        page.venue_id,
        page.online_url,
        frozenset(item.date for item in page.excluded_dates.all()),
        frozenset(
            (c.original_date, c.change, c.new_start, c.new_end)
            for c in page.occurrence_changes.all()
        ),
        frozenset(category.pk for category in page.categories.all()),
    )


def _problem_text(error: Exception) -> str:
    if not isinstance(error, ValidationError):
        return str(error)
    if hasattr(error, "error_dict"):
        return " ".join(
            " ".join(messages) if name == NON_FIELD_ERRORS else f"{name}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)
