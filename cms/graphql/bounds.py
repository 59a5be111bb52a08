"""Bounds on a request's body, checked before it reaches a parser.

JSON nested deeper than Python's recursion breaks the JSON parser, graphql-core's variable
coercion and the response cache's key, which all recurse; a body over the size limit is refused
before it is read. A request out of bounds is refused with a message that names the bound.
"""

import re
from array import array
from itertools import accumulate

from .conf import api_settings
from .errors import ErrorCode, RequestError


def check_body_size(size: int) -> None:
    """Refuse a POST body no valid request needs before it is decoded: parsing two megabytes
    of small JSON arrays takes seconds of CPU (Django reads up to
    ``DATA_UPLOAD_MAX_MEMORY_SIZE`` for every view, the admin's forms included)."""
    maximum = api_settings().max_body_bytes
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
    limit = api_settings().max_json_depth
    if json_deeper_than(text, limit):
        raise RequestError(
            f"{name} nests JSON arrays and objects deeper than {limit} levels "
            "(GRAPHQL_MAX_JSON_DEPTH)."
        )
