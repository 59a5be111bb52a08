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
line in the file.
"""

from .data import ChangeData, EventData, IcsImportError
from .reading import read_events
from .saving import ImportReport, find_parent, import_calendar

__all__ = [
    "ChangeData",
    "EventData",
    "IcsImportError",
    "ImportReport",
    "find_parent",
    "import_calendar",
    "read_events",
]
