"""How much one import may take on: the file's size and its number of events, checked before
the file is parsed. The whole file is one transaction; on SQLite, where nobody else can save
while it is open, the event limit is smaller."""

from __future__ import annotations

import re

from django.conf import settings
from django.db import connection

from .data import IcsImportError

VEVENT_LINE = re.compile(rb"^BEGIN:VEVENT\s*$", re.MULTILINE | re.IGNORECASE)


def max_bytes() -> int:
    return settings.ICS_IMPORT_MAX_BYTES


def check_size(size: int) -> None:
    limit = max_bytes()
    if size > limit:
        raise IcsImportError(
            [
                f"The file is {_size(size)}; at most {_size(limit, exact=True)} is imported at a "
                "time (setting ICS_IMPORT_MAX_BYTES): split the file, or raise the limit."
            ],
            heading=False,
        )


def check_events(data: bytes) -> None:
    """Counted from the lines that begin events, before icalendar reads any of them."""
    count = len(VEVENT_LINE.findall(data))
    limit = settings.ICS_IMPORT_MAX_EVENTS
    sqlite_limit = settings.ICS_IMPORT_MAX_EVENTS_SQLITE
    if count > limit:
        raise IcsImportError(
            [
                f"The file has {count:,} events (VEVENT); at most {_events(limit)} at a time "
                "(setting ICS_IMPORT_MAX_EVENTS): split the file, or raise the limit."
            ],
            heading=False,
        )
    if connection.vendor == "sqlite" and count > sqlite_limit:
        raise IcsImportError(
            [
                f"The file has {count:,} events (VEVENT); at most {_events(sqlite_limit)} at a "
                "time on SQLite (setting ICS_IMPORT_MAX_EVENTS_SQLITE), where nobody can save "
                "anything while an import runs: split the file, or use PostgreSQL for large "
                f"imports (up to {limit:,} events, setting ICS_IMPORT_MAX_EVENTS)."
            ],
            heading=False,
        )


def _events(limit: int) -> str:
    return f"{limit:,} is imported" if limit == 1 else f"{limit:,} are imported"


def _size(size: int, *, exact: bool = False) -> str:
    if size < 1024:
        return f"{size:,} bytes"
    rounded = f"{size / 1024:.1f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
    return f"{rounded} ({size:,} bytes)" if exact else rounded
