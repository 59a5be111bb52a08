"""Bounds on the values a client sends, checked before they reach a parser or the database.

Each bound stops a value that is well-formed but that a layer below cannot take: JSON nested
deeper than Python's recursion (the JSON parser, graphql-core's variable coercion and the
response cache's key all recurse), dates at the ends of Python's calendar (an ``events``
window in year 9999 overflows when a day is added), ids beyond the database's integers (an
``OverflowError`` on SQLite, a ``DataError`` on PostgreSQL), text with half of a UTF-16 pair
(neither database can encode it) and search text that the search backends turn into a query
of their own (a quote is FTS5 syntax; every word adds a level to the expression they compile).
A value out of bounds is refused with a message that names the bound.
"""

import re
from array import array
from datetime import date
from itertools import accumulate
from typing import Any

from django.conf import settings

from .errors import ApiError, ErrorCode, RequestError

#: Largest primary key every supported database stores in an integer column (PostgreSQL's
#: ``integer``; Wagtail's own tables use it for pages, images and collections).
MAX_DATABASE_ID = 2**31 - 1

#: Years a date argument may name: calendar months, event windows, ``activeInYear``.
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
EARLIEST_DATE, LATEST_DATE = date(EARLIEST_YEAR, 1, 1), date(LATEST_YEAR, 12, 31)

#: Search text: longer text, or more words, is refused; the words are searched for all at once.
SEARCH_MAX_CHARACTERS = 200
SEARCH_MAX_WORDS = 32

#: Arrays and objects a JSON request body (or a ``variables``/``extensions`` URL parameter)
#: may nest, when ``HEADLESS_MAX_JSON_DEPTH`` does not say.
DEFAULT_MAX_JSON_DEPTH = 32


def max_json_depth() -> int:
    return getattr(settings, "HEADLESS_MAX_JSON_DEPTH", DEFAULT_MAX_JSON_DEPTH)


def max_body_bytes() -> int:
    """``HEADLESS_MAX_BODY_BYTES``; by default four times the largest document, room enough
    for its JSON escapes and the variables."""
    default = 4 * getattr(settings, "HEADLESS_MAX_DOCUMENT_BYTES", 16_384)
    return getattr(settings, "HEADLESS_MAX_BODY_BYTES", None) or default


def check_body_size(size: int) -> None:
    """Refuse a POST body no valid request needs before it is decoded: parsing two megabytes
    of small JSON arrays takes seconds of CPU (Django reads up to
    ``DATA_UPLOAD_MAX_MEMORY_SIZE`` for every view, the admin's forms included)."""
    maximum = max_body_bytes()
    if size > maximum:
        raise RequestError(
            f"The request body is {size:,} bytes; the maximum is {maximum:,} bytes "
            "(GRAPHQL_MAX_BODY_BYTES). Send a smaller document, or a persisted operation by its "
            "hash.",
            code=ErrorCode.DOCUMENT_TOO_LARGE,
            status=413,
        )


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")  # +1 and -1 as signed bytes


def json_deeper_than(text: str, limit: int) -> bool:
    """Whether the brackets of ``text`` (outside its strings) nest more than ``limit`` levels,
    found without parsing it. Malformed JSON is measured the same way; the parser refuses it
    afterwards. Text with no more brackets than the limit costs two counts."""
    if text.count("[") + text.count("{") <= limit:
        return False
    outside_strings = _JSON_STRING.sub("", text) if '"' in text else text
    brackets = _NOT_A_BRACKET.sub("", outside_strings).encode("ascii")
    steps = array("b", brackets.translate(_DEPTH_STEP))
    return max(accumulate(steps), default=0) > limit


def check_json_depth(text: str, *, name: str) -> None:
    """Refuse JSON text nested deeper than ``HEADLESS_MAX_JSON_DEPTH`` before it is parsed."""
    limit = max_json_depth()
    if json_deeper_than(text, limit):
        raise RequestError(
            f"{name} nests JSON arrays and objects deeper than {limit} levels "
            "(GRAPHQL_MAX_JSON_DEPTH)."
        )


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
        raise ApiError(
            f'{name} must be a numeric id from 1 to {MAX_DATABASE_ID}, got "{str(value)[:40]}".'
        )


def check_year(year: int, *, name: str = "year") -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ApiError(f"{name} must be from {EARLIEST_YEAR} to {LATEST_YEAR}, got {year}.")


def check_dates(start: date, end: date, *, names: str) -> None:
    if not (EARLIEST_DATE <= start <= LATEST_DATE and EARLIEST_DATE <= end <= LATEST_DATE):
        raise ApiError(
            f"{names} must be dates from {EARLIEST_DATE} to {LATEST_DATE}, got {start} to {end}."
        )


_WORD = re.compile(r"\w+")


def search_words(text: str, *, name: str) -> str:
    """``text`` as the words a search backend looks for, separated by spaces: quotes,
    operators and other punctuation are left out (the backends' tokenizers split words there
    anyway), so no search text is a syntax error. Too long a text, or too many words, is
    refused."""
    if len(text) > SEARCH_MAX_CHARACTERS:
        raise ApiError(
            f"{name} is {len(text)} characters long; at most {SEARCH_MAX_CHARACTERS} are allowed."
        )
    words = _WORD.findall(text)
    if len(words) > SEARCH_MAX_WORDS:
        raise ApiError(
            f"{name} has {len(words)} words; at most {SEARCH_MAX_WORDS} are searched for."
        )
    return " ".join(words)
