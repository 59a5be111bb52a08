"""Bounds on the values a client sends, checked before they reach the database.

Each bound stops a value that is well-formed but that a layer below cannot take: dates at the
ends of Python's calendar (an ``events`` window in year 9999 overflows when a day is added), ids
beyond the database's integers (an ``OverflowError`` on SQLite, a ``DataError`` on PostgreSQL),
text with half of a UTF-16 pair (neither database can encode it) and search text that the search
backends turn into a query of their own (a quote is FTS5 syntax; every word adds a level to the
expression they compile). A value out of bounds is refused with a message that names the bound.
"""

import re
from datetime import date
from typing import Any

from .errors import ContentError

#: Largest primary key every supported database stores in an integer column (PostgreSQL's
#: ``integer``; Wagtail's own tables use it for pages, images and collections).
MAX_DATABASE_ID = 2**31 - 1

#: Years a date argument may name: calendar months, event windows, ``activeInYear``.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
EARLIEST_DATE, LATEST_DATE = date(EARLIEST_YEAR, 1, 1), date(LATEST_YEAR, 12, 31)

#: Search text: longer text, or more words, is refused; the words are searched for all at once.
SEARCH_MAX_CHARACTERS = 200
SEARCH_MAX_WORDS = 32

_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> str | None:
    """Half of a UTF-16 pair in ``text`` (JSON can spell one, ``"\\ud800"``), or ``None``: no
    database, nor UTF-8, can encode it."""
    match = _SURROGATE.search(text)
    return match[0] if match else None


def surrogate_message(name: str, surrogate: str) -> str:
    return (
        f"{name} must be valid Unicode text: it holds a lone UTF-16 surrogate "
        f"(U+{ord(surrogate):04X})."
    )


def is_database_id(value: Any) -> bool:
    """``value`` is an id the database can hold: ASCII digits (``str.isdigit`` also accepts
    "²" and "١", which ``int`` refuses or reads as another number) from 1 to
    ``MAX_DATABASE_ID``."""
    text = str(value)
    return (
        text.isascii()
        and text.isdigit()
        and len(text) <= len(str(MAX_DATABASE_ID))
        and 1 <= int(text) <= MAX_DATABASE_ID
    )


def check_database_id(value: Any, *, name: str) -> None:
    if value is not None and not is_database_id(value):
        raise ContentError(
            f'{name} must be a numeric id from 1 to {MAX_DATABASE_ID}, got "{str(value)[:40]}".'
        )


def check_year(year: int, *, name: str = "year") -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ContentError(f"{name} must be from {EARLIEST_YEAR} to {LATEST_YEAR}, got {year}.")


def check_dates(start: date, end: date, *, names: str) -> None:
    if not (EARLIEST_DATE <= start <= LATEST_DATE and EARLIEST_DATE <= end <= LATEST_DATE):
        raise ContentError(
            f"{names} must be dates from {EARLIEST_DATE} to {LATEST_DATE}, got {start} to {end}."
        )


_WORD = re.compile(r"\w+")


def search_words(text: str, *, name: str) -> str:
    """``text`` as the words a search backend looks for, separated by spaces: quotes,
    operators and other punctuation are left out (the backends' tokenizers split words there
    anyway), so no search text is a syntax error. Too long a text, or too many words, is
    refused."""
    if len(text) > SEARCH_MAX_CHARACTERS:
        raise ContentError(
            f"{name} is {len(text)} characters long; at most {SEARCH_MAX_CHARACTERS} are allowed."
        )
    words = _WORD.findall(text)
    if len(words) > SEARCH_MAX_WORDS:
        raise ContentError(
            f"{name} has {len(words)} words; at most {SEARCH_MAX_WORDS} are searched for."
        )
    return " ".join(words)
