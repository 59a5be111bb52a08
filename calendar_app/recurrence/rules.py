"""The supported subset of RFC 5545 RRULE and the values a schedule is made of: a rule is read
(``parse_rule``) and handed to python-dateutil (``_dateutil_rule``) here only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr
from django.utils.translation import gettext, gettext_noop

SUPPORTED_PARTS = (
    "FREQ",
    "INTERVAL",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "BYSETPOS",
    "COUNT",
    "UNTIL",
)
SUPPORTED_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_COUNT = 1000
#: The years an event, the end of its repetition, its excluded dates and its changed
#: occurrences may fall in. Outside them a date is a slip (9999 for "no end"), and rule
#: arithmetic near the year 9999 overflows.
MIN_YEAR = 1900
MAX_YEAR = 2200
#: Occurrences looked at by any one check of a rule (that an excluded date is an occurrence,
#: that some occurrence is left, where the series ends): a daily rule covers 5 years with it,
#: and the walk takes well under 100 ms.
CHECK_LIMIT = 2000


class RuleError(ValueError):
    """A rule, exclusion or change an editor must correct; the message says how.

    ``plain`` says it without the rule's part names, for an editor who chose the repetition
    from the form's fields and never saw "UNTIL"; ``part`` names the rule part at fault
    (e.g. "UNTIL"), so the form can put the message on the field that set it."""

    def __init__(self, message: str, *, plain: str | None = None, part: str | None = None):
        super().__init__(message)
        self.plain = plain or message
        self.part = part


class Status:
    SCHEDULED = "SCHEDULED"
    CANCELLED = "CANCELLED"
    POSTPONED = "POSTPONED"
    MOVED_ONLINE = "MOVED_ONLINE"
    MOVED = "MOVED"  # one occurrence at another time


@dataclass(frozen=True)
class OccurrenceChange:
    """What happens to the occurrence that would start on ``original_date`` (local)."""

    original_date: date
    status: str = Status.SCHEDULED
    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True)
class Schedule:
    start: datetime  # aware
    end: datetime  # aware
    all_day: bool = False
    rule: str = ""  # RRULE value without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=TU;UNTIL=20201231"
    excluded_dates: frozenset[date] = frozenset()
    changes: tuple[OccurrenceChange, ...] = ()
    status: str = Status.SCHEDULED


@dataclass(frozen=True, order=True)
class Occurrence:
    start: datetime
    end: datetime
    all_day: bool = field(compare=False)
    status: str = field(compare=False)
    original_start: datetime = field(compare=False)
    changed: bool = field(default=False, compare=False)

    @property
    def is_cancelled(self) -> bool:
        return self.status == Status.CANCELLED


def parse_rule(text: str) -> dict[str, str]:
    """``"FREQ=WEEKLY;BYDAY=TU"`` → ``{"FREQ": "WEEKLY", "BYDAY": "TU"}``, checked against the
    supported subset."""
    text = text.strip().removeprefix("RRULE:")
    parts: dict[str, str] = {}
    for item in filter(None, text.split(";")):
        name, sep, value = item.partition("=")
        name = name.strip().upper()
        if not sep or not value.strip():
            raise RuleError(gettext('"%(item)s" is not of the form NAME=VALUE.') % {"item": item})
        if name not in SUPPORTED_PARTS:
            raise RuleError(
                gettext("%(name)s is not supported. Supported parts: %(parts)s.")
                % {"name": name, "parts": ", ".join(SUPPORTED_PARTS)}
            )
        parts[name] = value.strip().upper()
    if parts.get("FREQ") not in SUPPORTED_FREQUENCIES:
        raise RuleError(
            gettext("FREQ must be one of %(frequencies)s.")
            % {"frequencies": ", ".join(SUPPORTED_FREQUENCIES)}
        )
    if "COUNT" in parts and "UNTIL" in parts:
        raise RuleError(
            gettext("Give either an end date (UNTIL) or a number of times (COUNT), not both.")
        )
    if "COUNT" in parts and not (
        parts["COUNT"].isdigit() and 1 <= int(parts["COUNT"]) <= MAX_COUNT
    ):
        raise RuleError(
            gettext("COUNT must be a whole number from 1 to %(max)s.") % {"max": MAX_COUNT}
        )
    if "INTERVAL" in parts and not (parts["INTERVAL"].isdigit() and int(parts["INTERVAL"]) >= 1):
        raise RuleError(gettext("INTERVAL must be a whole number of 1 or more."))
    return parts


#: The numbers a rule's lists may hold, by part: (lowest, highest), zero excluded; outside them
#: dateutil fails while it expands the rule (an IndexError for the 53rd Monday of a month),
#: or no date matches.
VALUE_RANGES = {"BYMONTH": (1, 12), "BYMONTHDAY": (-31, 31), "BYSETPOS": (-366, 366)}
VALUE_MESSAGES = {
    "BYMONTH": gettext_noop("BYMONTH must list months from 1 to 12."),
    "BYMONTHDAY": gettext_noop(
        "BYMONTHDAY must list days from 1 to 31, or from -1 to -31 (from the end)."
    ),
    "BYSETPOS": gettext_noop(
        "BYSETPOS must list positions from 1 to 366, or from -1 to -366 (from the end)."
    ),
    "BYDAY": gettext_noop(
        "BYDAY must list days such as TU, or with a position such as 2TU or -1FR (1 to 5 "
        "within a month, 1 to 53 within a year)."
    ),
}


def _check_values(parts: dict[str, str]) -> None:
    """For ``validate`` only: a rule saved before these checks still expands as it did."""
    widest = 5 if parts["FREQ"] == "MONTHLY" else 53
    for name in VALUE_MESSAGES.keys() & parts.keys():
        for item in parts[name].split(","):
            number, (lowest, highest) = item, VALUE_RANGES.get(name, (-widest, widest))
            if name == "BYDAY":
                number, day = item[:-2], item[-2:]
                if day in WEEKDAY_CODES and not number:
                    continue
            else:
                day = WEEKDAY_CODES[0]
            if (
                day not in WEEKDAY_CODES
                or not re.fullmatch(r"[+-]?\d{1,3}", number)
                or not lowest <= int(number) <= highest
                or int(number) == 0
            ):
                raise RuleError(gettext(VALUE_MESSAGES[name]))


def until_date(parts: dict[str, str]) -> date | None:
    """An editor's "until" is a local date, inclusive (the whole day)."""
    value = parts.get("UNTIL")
    if value is None:
        return None
    try:
        return datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        raise RuleError(
            gettext('UNTIL "%(value)s" is not a date such as 20201231.') % {"value": value}
        ) from None


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone)


def _dateutil_rule(schedule: Schedule, zone: ZoneInfo, *, year: int | None = None) -> rrule:
    """The rule from the event's start; with ``year``, from the same date in that year and
    without end (see ``_follows_rule``)."""
    parts = parse_rule(schedule.rule)
    start = _local(schedule.start, zone).replace(tzinfo=None)
    if schedule.all_day:
        start = datetime.combine(start.date(), time())
    ends = ("UNTIL",) if year is None else ("UNTIL", "COUNT")
    text = ";".join(f"{k}={v}" for k, v in parts.items() if k not in ends)
    if year is not None:
        start = start.replace(year=year)
    elif (last_day := until_date(parts)) is not None:
        text += f";UNTIL={last_day:%Y%m%d}T235959"
    try:
        return rrulestr(text, dtstart=start)
    except (ValueError, TypeError) as error:
        raise _unreadable(error) from None


def _unreadable(error: Exception) -> RuleError:
    return RuleError(
        gettext("The rule cannot be read: %(error)s.") % {"error": error},
        plain=gettext("These repeat settings give no dates; choose others."),
    )
