"""Everything about repeating events: the supported subset of RFC 5545 RRULE, its validation,
and expansion into occurrences inside a bounded window. Nothing else in the project does date
arithmetic on rules; expansion itself is python-dateutil's.

Rules are expanded in the site's local wall time (a weekly 18:00 event stays 18:00 across the
daylight-saving changes); each occurrence is then placed in the zone, and its end is its start
plus the event's duration measured in UTC. All-day events have date semantics: an occurrence
covers whole local days.

Split by concern, import from here: ``rules`` (the supported RRULE subset and the schedule's
values), ``expansion`` (occurrences in a window) and ``checks`` (what an editor must correct,
and where a series ends).
"""

from .checks import Problems, check, series_end, validate
from .expansion import duration, expand, next_occurrences
from .rules import (
    CHECK_LIMIT,
    MAX_COUNT,
    MAX_YEAR,
    MIN_YEAR,
    SUPPORTED_FREQUENCIES,
    SUPPORTED_PARTS,
    WEEKDAY_CODES,
    Occurrence,
    OccurrenceChange,
    RuleError,
    Schedule,
    Status,
    parse_rule,
    until_date,
)

__all__ = [
    "CHECK_LIMIT",
    "MAX_COUNT",
    "MAX_YEAR",
    "MIN_YEAR",
    "SUPPORTED_FREQUENCIES",
    "SUPPORTED_PARTS",
    "WEEKDAY_CODES",
    "Occurrence",
    "OccurrenceChange",
    "Problems",
    "RuleError",
    "Schedule",
    "Status",
    "check",
    "duration",
    "expand",
    "next_occurrences",
    "parse_rule",
    "series_end",
    "until_date",
    "validate",
]
