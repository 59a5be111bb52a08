"""Localized formatting for the whole project, from CLDR (Babel): day and month names, month
titles, dates, periods and lists. Everything a reader or editor sees formatted in a language
goes through here, so one place decides, e.g., that the site's English dates are British."""

from datetime import date, time

from babel import Locale, UnknownLocaleError
from babel.dates import (
    format_date,
    format_interval,
    format_skeleton,
    format_time,
    get_day_names,
)
from babel.dates import get_month_names as babel_month_names
from babel.lists import format_list

#: The CLDR locale used for a language code where the plain one is not what the site wants.
DATE_LOCALES = {"en": "en_GB"}

#: Month names in the genitive, which a Slovene date needs ("8. marca 2027"); CLDR has only the
#: nominative ("marec"), right for a calendar's heading, wrong inside a date.
GENITIVE_MONTHS = {
    "sl": (
        "januarja", "februarja", "marca", "aprila", "maja", "junija",
        "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra",
    ),
}  # fmt: skip


def cldr_locale(language: str) -> str:
    return language.replace("-", "_")


def weekday_names(language: str, width: str = "wide") -> list[str]:
    """Monday first; ``width`` is CLDR's: wide, abbreviated, short, narrow."""
    names = get_day_names(width, locale=cldr_locale(language))
    return [names[index] for index in range(7)]


def month_names(language: str, width: str = "wide") -> dict[int, str]:
    return dict(babel_month_names(width, locale=cldr_locale(language)))


def month_title(year: int, month: int, language: str) -> str:
    """'December 2020' / 'December 2020' (capitalized: it heads a calendar)."""
    title = format_skeleton("yMMMM", date(year, month, 1), locale=cldr_locale(language))
    return title[:1].upper() + title[1:]


def long_date(day: date, language: str) -> str:
    """'28 January 2021' / '28. januarja 2021'."""
    if genitive := GENITIVE_MONTHS.get(language):
        return f"{day.day}. {genitive[day.month - 1]} {day.year}"
    return format_date(day, "long", locale=DATE_LOCALES.get(language, cldr_locale(language)))


def written_date(day: date, language: str, *, weekday: bool = False) -> str:
    """``long_date``; with ``weekday``, 'Monday 8 March 2027' / 'ponedeljek, 8. marca 2027'."""
    written = long_date(day, language)
    if not weekday:
        return written
    separator = ", " if language in GENITIVE_MONTHS else " "
    return f"{weekday_names(language)[day.weekday()]}{separator}{written}"


def short_time(moment: time, language: str) -> str:
    """'18:00' in both of the site's languages; CLDR decides for others."""
    return format_time(moment, "short", locale=DATE_LOCALES.get(language, cldr_locale(language)))


def period(start: date, end: date, language: str, *, exact: bool) -> str:
    """'2020–2022', or '3. mar. 2020–31. avg. 2022' when ``exact``."""
    skeleton = "yMMMd" if exact else "y"
    return format_interval(start, end, skeleton, locale=cldr_locale(language))


def period_start(start: date, language: str, *, exact: bool) -> str:
    return format_date(start, "medium" if exact else "y", locale=cldr_locale(language))


def join(items: list[str], language: str, *, style: str = "standard") -> str:
    """'Tuesday and Thursday' / 'torek in četrtek'; ``style="or"`` for alternatives."""
    return format_list(items, style=style, locale=cldr_locale(language))


def language_name(code: str) -> str:
    """The language's name in itself: 'Slovenščina', 'English'."""
    try:
        name = Locale.parse(cldr_locale(code)).get_display_name(cldr_locale(code))
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:] if name else code
