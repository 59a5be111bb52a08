"""Page-numbered listings in grapple's shape: ``items`` plus ``pagination``.

Unlike grapple's paginator, a page size over the maximum or a page past the last one is an
error the client can read, not a silently different page.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, QuerySet, Subquery, Window

from .conf import content_settings
from .errors import ContentError, Problem


def max_per_page() -> int:
    return content_settings().max_per_page


@dataclass(frozen=True)
class Pagination:
    """Where a page stands among the others, with the attribute names of grapple's
    ``PaginationType``, which serves it."""

    total: int
    count: int
    per_page: int
    current_page: int
    prev_page: int | None
    next_page: int | None
    total_pages: int


@dataclass
class PageOfResults:
    items: list
    pagination: Pagination


def paginate(
    results,
    *,
    page: int,
    per_page: int,
    max_size: int | None = None,
    keys_first: bool = False,
) -> PageOfResults:
    """One page of ``results`` (a queryset, or a list): one COUNT query and one slice.
    ``max_size`` overrides ``HEADLESS_MAX_PER_PAGE`` for lists built to be read whole (the
    sitemap). ``keys_first``: see ``_page_and_total``."""
    max_size = max_size or max_per_page()
    if per_page is None or page is None:
        raise ContentError(
            "page and perPage must be numbers (leave them out for the first page of the "
            "default size), not null."
        )
    if not 1 <= per_page <= max_size:
        raise ContentError(
            f"perPage must be between 1 and {max_size}, got {per_page}.",
            problem=Problem.PAGE_SIZE_EXCEEDED,
        )
    if page < 1:
        raise ContentError(f"page must be 1 or more, got {page}.")
    items, total = _page_and_total(results, page=page, per_page=per_page, keys_first=keys_first)
    total_pages = max(1, -(-total // per_page))
    if page > total_pages:
        raise ContentError(
            f"page {page} does not exist: there are {total_pages} pages of {per_page}.",
            problem=Problem.PAGE_OUT_OF_RANGE,
        )
    return PageOfResults(
        items=items,
        pagination=Pagination(
            total=total,
            count=len(items),
            per_page=per_page,
            current_page=page,
            prev_page=page - 1 if page > 1 else None,
            next_page=page + 1 if page < total_pages else None,
            total_pages=total_pages,
        ),
    )


def _page_and_total(
    results, *, page: int, per_page: int, keys_first: bool = False
) -> tuple[list, int]:
    """The items of ``page`` and the number of results in all. A queryset reads both in one
    query (``COUNT(*) OVER ()`` is computed before the LIMIT); it counts separately only when
    the page is empty, to tell a page past the last from an empty listing.

    ``keys_first``: the database orders and counts the results by key alone, in two
    subqueries, and reads whole rows only for the page's keys. For wide rows (a page's
    StreamFields) this is many times cheaper than ordering every whole row to count them; it
    needs a database that takes a LIMIT in an ``IN`` subquery (SQLite, PostgreSQL)."""
    offset = (page - 1) * per_page
    query = getattr(results, "query", None)
    if (
        not isinstance(results, QuerySet)
        or query.distinct
        or query.combinator
        or query.values_select
    ):
        paginator = Paginator(results, per_page, allow_empty_first_page=True)
        return list(results[offset : offset + per_page]), paginator.count
    if keys_first:
        keys = results.values("pk")[offset : offset + per_page]
        total = results.order_by().annotate(_in_all=Window(Count("*"))).values("_in_all")[:1]
        items = list(results.filter(pk__in=keys).annotate(_results_in_all=Subquery(total)))
    else:
        window = Window(Count("*"))
        items = list(results.annotate(_results_in_all=window)[offset : offset + per_page])
    if items:
        return items, items[0]._results_in_all
    return [], 0 if page == 1 else results.count()
