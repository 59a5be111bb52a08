"""Event pages, their calendar index and the snippets events share (venues, categories).
Split by concern; import from here."""

from .materialised import MaterialisedOccurrence, MaterialisedSeries
from .pages import EventIndexPage, EventPage, EventStatus, Registration
from .schedule import EventExcludedDate, EventOccurrenceChange
from .snippets import EventCategory, Venue

__all__ = [
    "EventCategory",
    "EventExcludedDate",
    "EventIndexPage",
    "EventOccurrenceChange",
    "EventPage",
    "EventStatus",
    "MaterialisedOccurrence",
    "MaterialisedSeries",
    "Registration",
    "Venue",
]
