"""What the import passes around: events as read from the file, and its errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import EventPage


class IcsImportError(Exception):
    """The file cannot be imported; nothing was saved. ``problems`` lists each one."""

    def __init__(self, problems: list[str], *, heading: bool = True):
        self.problems = problems
        if heading:
            super().__init__(
                "Nothing was imported. Fix the file and import it again:\n"
                + "\n".join(f"- {problem}" for problem in problems)
            )
        else:
            super().__init__("\n".join(problems))


@dataclass(frozen=True)
class ChangeData:
    original_date: date
    change: str  # EventOccurrenceChange.Change
    new_start: datetime | None = None
    new_end: datetime | None = None


@dataclass
class EventData:
    """One event as read from the file, in the site's time zone."""

    uid: str
    label: str
    title: str
    summary: str
    start: datetime
    end: datetime
    all_day: bool
    rule: str
    excluded: set[date]
    changes: list[ChangeData]
    status: str
    location: str
    url: str
    conference: str
    categories: list[str] | None  # None: the file says nothing about categories

    @property
    def span_days(self) -> int:
        """Local days an all-day event covers."""
        return (self.end.date() - self.start.date()).days + 1

    @property
    def length(self) -> timedelta:
        """Exact, as ``recurrence.duration`` measures it."""
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)


class EventProblem(Exception):
    """One thing wrong with one event; ``prop`` points at the offending property's line."""

    def __init__(self, message: str, prop: str | None = None):
        self.prop = prop
        super().__init__(message)


@dataclass(frozen=True)
class Problem:
    """Why one event of the file cannot be imported. ``uid`` groups the problems of a repeating
    event and of its changed occurrences, which are imported (or left out) together."""

    uid: str
    label: str
    text: str


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class EventOutcome:
    """What the import did with one event of the file, for its report line: ``notes`` are
    the warnings of an imported event, or why a skipped one was left out."""

    label: str
    outcome: Outcome
    notes: tuple[str, ...] = ()


@dataclass
class ImportReport:
    created: list[EventPage] = field(default_factory=list)
    updated: list[EventPage] = field(default_factory=list)
    unchanged: list[EventPage] = field(default_factory=list)
    events: list[EventOutcome] = field(default_factory=list)

    @property
    def pages(self) -> list[EventPage]:
        return [*self.created, *self.updated, *self.unchanged]

    @property
    def skipped(self) -> list[EventOutcome]:
        return [item for item in self.events if item.outcome == Outcome.SKIPPED]

    @property
    def warned(self) -> list[EventOutcome]:
        return [item for item in self.events if item.outcome != Outcome.SKIPPED and item.notes]

    @property
    def warnings(self) -> list[str]:
        return [f"{item.label}: {note}" for item in self.warned for note in item.notes]
