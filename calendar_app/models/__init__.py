"""Event pages, their calendar index and the snippets events share (venues, categories).
Split by concern; import from here."""

from .pages import (
    EventExcludedDate,
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
    EventStatus,
    Registration,
)
from .snippets import EventCategory, Venue

__all__ = [
    "EventCategory",
    "EventExcludedDate",
    "EventIndexPage",
    "EventOccurrenceChange",
    "EventPage",
    "EventStatus",
    "Registration",
    "Venue",
]
