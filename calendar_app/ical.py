"""iCalendar (RFC 5545) export: the calendar of one language as a feed readers subscribe to
(``/calendar.ics``, filtered by the query string) and one event to add (``/events/<pk>.ics``).

What repeats is written as the editor set it (RRULE, EXDATE, and one VEVENT with RECURRENCE-ID
per changed occurrence), so a calendar client expands the same occurrences as
``recurrence.expand``: rules run in the site's local wall time, which is what DTSTART with a
TZID means. Only public events are ever written (``selectors``/``public_pages``).
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vDuration,
    vRecur,
    vUri,
)
from wagtail.models import Locale

from cms.content.errors import ContentError
from cms.content.listing import listed
from cms.content.locales import resolve_locale
from cms.content.selectors import public_pages
from project_pages.models import ProjectPage, TargetGroup

from . import recurrence
from .conf import site_zone
from .models import EventCategory, EventPage, EventStatus
from .selectors import EventFilters, candidate_events, with_event_relations

logger = logging.getLogger(__name__)

PRODID = "-//Library headless CMS//Calendar//EN"
#: The feed holds every public event of the language, whenever it takes place.
ALL_TIME = (datetime(1900, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))
#: How often subscribed clients should fetch the feed again (RFC 7986 and Outlook's name).
REFRESH = timedelta(hours=6)

STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


class FeedError(ValueError):
    """The query string asks for something that does not exist; the view answers 400 with
    this message."""


# The feeds.


def calendar_for_request(request) -> bytes:
    """``/calendar.ics?locale=en&category=…&audience=…&project=…``: the public events of one
    language, all of them, in start order."""
    filters = feed_filters(request)
    events = candidate_events(filters, window_start=ALL_TIME[0], window_end=ALL_TIME[1])
    events = list(events.order_by("start", "pk"))
    return _calendar(events, name=settings.WAGTAIL_SITE_NAME, request=request).to_ical()


def event_calendar(pk: int) -> bytes | None:
    """One public event, or None when there is none with this id (a draft, private, expired
    or unknown page all look the same: 404)."""
    event = with_event_relations(public_pages(model=EventPage).filter(pk=pk)).first()
    if event is None:
        return None
    return _calendar([event], name=event.title).to_ical()


def feed_filters(request) -> EventFilters:
    """The query string as selector filters; unknown values raise FeedError naming the
    allowed ones."""
    query = request.GET
    try:
        locale = resolve_locale(query.get("locale"), request=request)
    except ContentError as error:
        raise FeedError(error.message) from None
    category = _slug(query, "category", EventCategory)
    audience = _slug(query, "audience", TargetGroup)
    project = _project(query, locale)
    return EventFilters(locale=locale, category=category, audience=audience, project=project)


def _slug(query, name: str, model) -> str | None:
    value = query.get(name)
    if value is None:
        return None
    # Slugs are the same in every language (wagtail-localize keeps them in step), and a page
    # may still point at the source language's term: any locale's slug is a valid filter.
    slugs = sorted(set(model.objects.values_list("slug", flat=True)))
    if value not in slugs:
        allowed = ", ".join(slugs) or "none yet"
        raise FeedError(f'Unknown {name} "{value}". Allowed {name} slugs: {allowed}.')
    return value


def _project(query, locale: Locale) -> int | None:
    value = query.get("project")
    if value is None:
        return None
    if value.strip().isdigit() and (public_pages(model=ProjectPage).filter(pk=int(value)).exists()):
        return int(value)
    projects = public_pages(locale=locale, model=ProjectPage).order_by("pk")
    allowed = (
        ", ".join(f"{pk} ({title})" for pk, title in projects.values_list("pk", "title"))
        or "none yet"
    )
    raise FeedError(
        f'Unknown project "{value}": give the id of a published project page. '
        f"Allowed project ids: {allowed}."
    )


# The calendar.


def _calendar(events: list[EventPage], *, name: str, request=None) -> Calendar:
    zone = site_zone()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    calendar.add_component(vtimezone(zone))
    for event in listed(events):
        try:
            components = event_components(event, zone=zone, request=request)
        except recurrence.RuleError as error:
            # Editors cannot save such a rule; a page written some other way is left out
            # rather than shown with the wrong dates.
            logger.warning("Event %s left out of the iCalendar feed: %s", event.pk, error)
            continue
        for component in components:
            calendar.add_component(component)
    return calendar


def vtimezone(zone: ZoneInfo) -> Timezone:
    """The site's zone as a rule-based VTIMEZONE (what Outlook reads reliably): the European
    Union's change on the last Sunday of March and of October at 01:00 UTC. A zone that does
    not follow that rule gets icalendar's description from its transitions instead."""
    january, july = (datetime(timezone.now().year, month, 15, tzinfo=zone) for month in (1, 7))
    standard, daylight = january.utcoffset(), july.utcoffset()
    if standard == daylight or not _follows_eu_rule(zone):
        return Timezone.from_tzinfo(zone, tzid=zone.key)
    component = Timezone()
    component.add("tzid", zone.key)
    component.add("x-lic-location", zone.key)
    for kind, month, name, offset_from, offset_to in (
        (TimezoneDaylight, 3, july.tzname(), standard, daylight),
        (TimezoneStandard, 10, january.tzname(), daylight, standard),
    ):
        part = kind()
        # The first onset, in the local time in force before it (01:00 UTC).
        onset = datetime(1970, month, _last_sunday(1970, month), 1) + offset_from
        part.add("dtstart", onset)
        part.add("tzoffsetfrom", offset_from)
        part.add("tzoffsetto", offset_to)
        part.add("tzname", name)
        part.add("rrule", {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": "-1SU"})
        component.add_component(part)
    return component


def _last_sunday(year: int, month: int) -> int:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last.day - (last.weekday() - 6) % 7


def _follows_eu_rule(zone: ZoneInfo) -> bool:
    year = timezone.now().year
    for month in (3, 10):
        change = datetime(year, month, _last_sunday(year, month), 1, tzinfo=UTC)
        before = (change - timedelta(seconds=1)).astimezone(zone).utcoffset()
        if before == change.astimezone(zone).utcoffset():
            return False
    return True


# One event.


def event_components(event: EventPage, *, zone: ZoneInfo, request=None) -> list[Event]:
    """The VEVENT of an event and one more per changed occurrence (RECURRENCE-ID)."""
    parts = recurrence.parse_rule(event.recurrence_rule) if event.recurrence_rule else None
    schedule = event.listed_schedule()
    main = _vevent(event, request=request)
    main.add("status", STATUS.get(event.status, "CONFIRMED"))
    start, end = _span(event, zone)
    main.add("dtstart", start)
    main.add("dtend", end)
    if parts is None:
        return [main]
    main.add("rrule", _rrule(parts, all_day=event.all_day, zone=zone))
    for day in sorted(schedule.excluded_dates):
        # One property each: some clients read only the first value of a list.
        main.add("exdate", _original_start(event, day, zone))
    components = [main]
    for change in sorted(schedule.changes, key=lambda c: c.original_date):
        if change.original_date in schedule.excluded_dates:
            continue  # an excluded date is not shown at all, changed or not
        override = _override(event, schedule, change, zone, request=request)
        if override is not None:
            components.append(override)
    return components


def _vevent(event: EventPage, *, request=None) -> Event:
    vevent = Event()
    vevent.add("uid", event_uid(event))
    modified = (event.last_published_at or timezone.now()).astimezone(UTC)
    # Without a METHOD, DTSTAMP is when the information last changed (RFC 5545, 3.8.7.2).
    vevent.add("dtstamp", modified)
    vevent.add("last-modified", modified)
    vevent.add("sequence", event.ical_sequence)
    vevent.add("summary", event.title)
    if event.summary:
        vevent.add("description", event.summary)
    if location := _location(event):
        vevent.add("location", location)
    if event.online_url:
        vevent.add("conference", vUri(event.online_url), parameters={"VALUE": "URI"})
    if url := frontend_url(event, request=request):
        vevent.add("url", url)
    if categories := [category.name for category in event.categories_in_locale]:
        vevent.add("categories", categories)
    return vevent


def event_uid(event: EventPage) -> str:
    return f"{event.ical_uid}@{uid_host()}"


def uid_host() -> str:
    return urlsplit(settings.FRONTEND_BASE_URL).hostname or "localhost"


def frontend_url(event: EventPage, *, request=None) -> str | None:
    parts = event.get_url_parts(request=request)
    if parts is None or parts[2] is None:
        return None
    return settings.FRONTEND_BASE_URL.rstrip("/") + parts[2]


def _location(event: EventPage) -> str:
    """The venue, in the page's language: its name, then its address unless the name says it
    already. An online-only event (or one moved online) has its link instead."""
    venue = event.venue_in_locale
    if venue is not None and event.status != EventStatus.MOVED_ONLINE:
        if venue.address and venue.address not in venue.name:
            return f"{venue.name}, {venue.address}"
        return venue.name
    return event.online_url


def _span(event: EventPage, zone: ZoneInfo) -> tuple[date | datetime, date | datetime]:
    """DTSTART and DTEND: local times with the zone, or for an all-day event its first day and
    the day after its last (DTEND is exclusive)."""
    if event.all_day:
        first = event.start.astimezone(zone).date()
        last = max(event.end.astimezone(zone).date(), first)
        return first, last + timedelta(days=1)
    return event.start.astimezone(zone), event.end.astimezone(zone)


def _rrule(parts: dict[str, str], *, all_day: bool, zone: ZoneInfo) -> vRecur:
    """The editor's rule, with UNTIL (a local date, inclusive) as RFC 5545 wants it: a DATE
    for an all-day event, else the end of that local day in UTC."""
    rule = vRecur.from_ical(";".join(f"{k}={v}" for k, v in parts.items() if k != "UNTIL"))
    if (last_day := recurrence.until_date(parts)) is not None:
        if all_day:
            rule["UNTIL"] = [last_day]
        else:
            rule["UNTIL"] = [datetime.combine(last_day, time(23, 59, 59), zone).astimezone(UTC)]
    return rule


def _original_start(event: EventPage, day: date, zone: ZoneInfo) -> date | datetime:
    """When the occurrence due on ``day`` starts: rules run in local wall time, so at the same
    local time as the first one."""
    if event.all_day:
        return day
    return datetime.combine(day, event.start.astimezone(zone).time(), zone)


def _override(
    event: EventPage,
    schedule: recurrence.Schedule,
    change: recurrence.OccurrenceChange,
    zone: ZoneInfo,
    *,
    request=None,
) -> Event | None:
    """The changed occurrence exactly as ``recurrence.expand`` shows it: cancelled at its own
    time, or moved. None if the rule has no occurrence on the change's date."""
    occurrence = _changed_occurrence(schedule, change, zone)
    if occurrence is None:
        return None
    vevent = _vevent(event, request=request)
    vevent.add("recurrence-id", _original_start(event, change.original_date, zone))
    vevent.add(
        "status",
        "CANCELLED" if occurrence.is_cancelled else STATUS.get(occurrence.status, "CONFIRMED"),
    )
    if occurrence.all_day:
        first = occurrence.start.astimezone(zone).date()
        vevent.add("dtstart", first)
        vevent.add("dtend", _day_after(occurrence.end, zone, first))
    else:
        vevent.add("dtstart", occurrence.start.astimezone(zone))
        vevent.add("dtend", occurrence.end.astimezone(zone))
    return vevent


def _changed_occurrence(
    schedule: recurrence.Schedule, change: recurrence.OccurrenceChange, zone: ZoneInfo
) -> recurrence.Occurrence | None:
    """Expanded in a window that holds both where the occurrence was due and where it went."""
    moments = [datetime.combine(change.original_date, time(), zone)]
    if change.start is not None:
        moments.append(change.start)
    found = recurrence.expand(
        schedule,
        window_start=min(moments) - timedelta(days=1),
        window_end=max(moments) + timedelta(days=2),
        zone=zone,
    )
    for occurrence in found:
        original = occurrence.original_start.astimezone(zone).date()
        if occurrence.changed and original == change.original_date:
            return occurrence
    return None


def _day_after(end: datetime, zone: ZoneInfo, first: date) -> date:
    """DTEND of whole days ending at ``end``: the day after the last day it covers (an end at
    midnight does not take the next day)."""
    last = (end.astimezone(zone) - timedelta(microseconds=1)).date()
    return max(last, first) + timedelta(days=1)
