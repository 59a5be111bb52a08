"""The calendar's settings, read once (``cms.content.conf.cached_settings``) and defaulted."""

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from zoneinfo import ZoneInfo

from django.conf import settings

from cms.content.conf import cached_settings

#: The API's bound on one window's occurrences, and the admin month view's by default.
MAX_OCCURRENCES = 500
#: How far ahead an endless series' occurrences are stored: twice the API's longest window
#: (a year), so ``upcomingEvents`` and ``nextOccurrences`` stay on the table for a year after a
#: publication even if the daily ``extend_occurrences`` job stops running.
OCCURRENCE_HORIZON_DAYS = 730
#: How far back an endless (or UNTIL-bounded) series' occurrences are stored; older months
#: are expanded at read time. A single event or a COUNT-bounded series is stored whole.
OCCURRENCE_HISTORY_DAYS = 1096


@dataclass(frozen=True)
class CalendarSettings:
    """What the calendar reads from Django's settings, each read and defaulted here only."""

    #: ``TIME_ZONE``: the library's zone, in which events repeat and days begin.
    zone: ZoneInfo
    #: ``CALENDAR_WEEKDAY_NAMES``: a language's fixed month-grid headers, Monday first
    #: (otherwise CLDR's short names).
    weekday_names: Mapping[str, tuple[str, ...]]
    #: ``WAGTAIL_DATE_FORMAT``: how the admin's date inputs write a date.
    date_format: str
    #: ``CALENDAR_ADMIN_MAX_OCCURRENCES``: the most occurrences the admin month view shows.
    admin_max_occurrences: int
    #: ``CALENDAR_OCCURRENCE_HORIZON_DAYS``: see ``OCCURRENCE_HORIZON_DAYS``.
    occurrence_horizon_days: int
    #: ``CALENDAR_OCCURRENCE_HISTORY_DAYS``: see ``OCCURRENCE_HISTORY_DAYS``.
    occurrence_history_days: int


@cached_settings
def calendar_settings() -> CalendarSettings:
    names = getattr(settings, "CALENDAR_WEEKDAY_NAMES", {})
    return CalendarSettings(
        zone=ZoneInfo(settings.TIME_ZONE),
        weekday_names=MappingProxyType({code: tuple(days) for code, days in names.items()}),
        date_format=getattr(settings, "WAGTAIL_DATE_FORMAT", "%Y-%m-%d"),
        admin_max_occurrences=getattr(settings, "CALENDAR_ADMIN_MAX_OCCURRENCES", MAX_OCCURRENCES),
        occurrence_horizon_days=getattr(
            settings, "CALENDAR_OCCURRENCE_HORIZON_DAYS", OCCURRENCE_HORIZON_DAYS
        ),
        occurrence_history_days=getattr(
            settings, "CALENDAR_OCCURRENCE_HISTORY_DAYS", OCCURRENCE_HISTORY_DAYS
        ),
    )


def site_zone() -> ZoneInfo:
    """The library's time zone (``TIME_ZONE``)."""
    return calendar_settings().zone
