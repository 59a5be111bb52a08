"""Import events from an iCalendar (RFC 5545) file: Google Calendar's and LibCal's exports, or
this site's own feed.

Each VEVENT becomes an event page below a calendar (an EventIndexPage), in that calendar's
language. Importing is idempotent: a file's UID is stored on the page it created
(``imported_uid``), and a UID this site wrote itself (``<ical_uid>@<frontend host>``) finds its
page again, so the same file, or an export of what was imported, updates pages instead of
adding new ones; an event that has not changed is left alone.

The whole file is one transaction: the file is read in full first, then every event is saved
and validated as an editor's would be (``EventPage.full_clean``, hence ``recurrence.validate``),
and if any event is wrong nothing is kept. The error names each such event by SUMMARY, UID and
line in the file. With ``skip_invalid`` each event is saved in a savepoint of its own instead:
a wrong event is never half written, and is reported as skipped with its reason.

What real exports carry besides is kept or ignored without failing: VALARM, ATTACH, ORGANIZER,
ATTENDEE, X- properties (X-WR-CALNAME, X-GOOGLE-CONFERENCE, X-MICROSOFT-...), VTIMEZONE blocks
(Outlook's Windows zone names included); floating times are the site's local time (TIME_ZONE);
CATEGORIES find the calendar's categories by name or slug, an unknown one is left out with a
warning. An event without LOCATION and URL, which RFC 5545 allows, is imported with no venue:
"to be announced" (``EventPage.venue_to_be_announced``), with a warning.
"""

from .data import (
    ChangeData,
    EventData,
    EventOutcome,
    IcsImportError,
    ImportReport,
    Outcome,
    Problem,
)
from .reading import read_calendar, read_events
from .saving import find_parent, import_calendar

__all__ = [
    "ChangeData",
    "EventData",
    "EventOutcome",
    "IcsImportError",
    "ImportReport",
    "Outcome",
    "Problem",
    "find_parent",
    "import_calendar",
    "read_calendar",
    "read_events",
]
