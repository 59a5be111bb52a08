"""Page-numbered listings in grapple's shape: ``items`` plus ``pagination``.

Unlike grapple's paginator, a page size over the maximum or a page past the last one is an
error the client can read, not a silently different page.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, QuerySet, Window

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


def paginate(results, *, page: int, per_page: int, max_size: int | None = None) -> PageOfResults:
    """One page of ``results`` (a queryset, or a list): one COUNT query and one slice.
    ``max_size`` overrides ``HEADLESS_MAX_PER_PAGE`` for lists built to be read whole (the
    sitemap)."""
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
    items, total = _page_and_total(results, page=page, per_page=per_page)
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


def _page_and_total(results, *, page: int, per_page: int) -> tuple[list, int]:
    """The items of ``page`` and the number of results in all. A queryset reads both in one
    query (``COUNT(*) OVER ()`` is computed before the LIMIT); it counts separately only when
    the page is empty, to tell a page past the last from an empty listing."""
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
    items = list(results.annotate(_results_in_all=Window(Count("*")))[offset : offset + per_page])
    if items:
        return items, items[0]._results_in_all
    return [], 0 if page == 1 else results.count()
