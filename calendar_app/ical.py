"""iCalendar (RFC 5545) export and import. Placeholder until the export is written."""


def calendar_for_request(request) -> bytes:
    raise NotImplementedError


def event_calendar(pk: int) -> bytes | None:
    raise NotImplementedError
