"""Checks of list arguments shared by every field that returns a list.

They run as a graphene middleware, so nested lists (``children``, ``images``, a project's
``events``) get the same rules as root queries without each resolver repeating them.
"""

from django.conf import settings
from graphene.utils.str_converters import to_camel_case
from graphql import get_named_type

from cms.content import bounds

from .errors import ApiError, ErrorCode

#: What a client may sort each of grapple's lists by, by the type of the list's items (prefix
#: with "-" for descending). Anything else is refused: sorting by a hidden column (the owner's
#: password hash, a draft's content) would let a client infer its values, one comparison at a
#: time, and a column the model does not have would fail inside the server.
ORDER_FIELDS = {
    "PageInterface": frozenset(
        {"id", "title", "slug", "path", "first_published_at", "last_published_at"}
    ),
    "ImageObjectType": frozenset({"id", "title", "created_at"}),
}


def order_fields(field) -> frozenset[str]:
    """The orders a list field accepts; none for a list whose items are not listed above."""
    return ORDER_FIELDS.get(get_named_type(field.type).name, frozenset())


def order_description(allowed: frozenset[str]) -> str:
    """The ``order`` argument's description: the served schema documents what it accepts."""
    if not allowed:
        return "This list cannot be ordered."
    names = ", ".join(f"`{name}`" for name in sorted(allowed))
    return f"Sort by {names}; prefix with `-` for descending, separate several with `,`."


def max_page_size() -> int:
    return settings.GRAPPLE.get("MAX_PAGE_SIZE", 100)


def check_limit(limit) -> None:
    if limit is None:
        return
    if limit < 1 or limit > max_page_size():
        raise ApiError(
            f"limit must be between 1 and {max_page_size()}, got {limit}.",
            code=ErrorCode.PAGE_SIZE_EXCEEDED,
        )


def check_offset(offset) -> None:
    if offset is not None and offset < 0:
        raise ApiError(f"offset must be 0 or more, got {offset}.")


def check_order(order, *, allowed: frozenset[str]) -> None:
    if order is None:
        return
    for term in order.split(","):
        name = term.strip().removeprefix("-")
        if name not in allowed:
            if not allowed:
                raise ApiError("This list cannot be ordered: leave out order.")
            allowed_names = ", ".join(sorted(allowed))
            raise ApiError(
                f'Cannot order by "{term.strip()}". Allowed: {allowed_names} '
                '(prefix with "-" for descending, separate several with ",").'
            )


def is_grapple_list(field) -> bool:
    """grapple's lists (``QuerySetList``) take ``limit`` as a PositiveInt and ``order`` as a
    free string; the project's own lists check their arguments in their resolvers."""
    argument = field.args.get("limit")
    return argument is not None and get_named_type(argument.type).name == "PositiveInt"


def check_ids(field, kwargs: dict) -> None:
    """Every ``ID`` argument names a row by its primary key: grapple and the resolvers pass it
    to the ORM as it comes, and a key the database cannot hold fails inside it."""
    for name, value in kwargs.items():
        argument = field.args.get(to_camel_case(name))
        if argument is not None and get_named_type(argument.type).name == "ID":
            bounds.check_database_id(value, name=to_camel_case(name))


def check_text(value, name: str) -> None:
    """U+0000 cannot be stored or compared in PostgreSQL text, and half of a UTF-16 pair
    cannot be encoded for either database: a query with them would fail."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ApiError(f"{name} must not contain the NUL character (U+0000).")
        if surrogate := bounds.lone_surrogate(value):
            raise ApiError(bounds.surrogate_message(name, surrogate))
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(item, name=f"{name}.{key}")
    elif isinstance(value, list | tuple):
        for item in value:
            check_text(item, name=name)


#: Arguments whose text goes to the search backend: grapple's ``searchQuery`` on every list,
#: ``projects(search:)``, and the root ``search(query:)``.
SEARCH_ARGUMENTS = frozenset({"search_query", "search"})


def search_argument_names(info, kwargs: dict) -> list[str]:
    names = [name for name in SEARCH_ARGUMENTS if isinstance(kwargs.get(name), str)]
    if info.parent_type.name == "Query" and info.field_name == "search" and "query" in kwargs:
        names.append("query")
    return names


class ListArgumentsMiddleware:
    """Checks every field's arguments share: text with no NUL characters or lone surrogates,
    ids the database can hold, search text the backend can read (as words, within
    ``bounds``); and on grapple's lists, nested ones included, no over-large pages, negative
    offsets or orderings outside the allow-list."""

    def resolve(self, next_, root, info, **kwargs):
        if not kwargs:
            return next_(root, info, **kwargs)
        for name, value in kwargs.items():
            check_text(value, name=to_camel_case(name))
        field = info.parent_type.fields.get(info.field_name)
        if field is not None:  # None for __schema, __type
            check_ids(field, kwargs)
            if is_grapple_list(field):
                check_limit(kwargs.get("limit"))
                check_offset(kwargs.get("offset"))
                check_order(kwargs.get("order"), allowed=order_fields(field))
        for name in search_argument_names(info, kwargs):
            kwargs[name] = bounds.search_words(kwargs[name], name=to_camel_case(name))
        return next_(root, info, **kwargs)
