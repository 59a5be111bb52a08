"""Page-numbered listings in grapple's shape: ``items`` plus ``pagination``.

Unlike grapple's paginator, a page size over the maximum or a page past the last one is an
error the client can read, not a silently different page.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from grapple.types.structures import PaginationType

from .errors import ApiError, ErrorCode


def max_per_page() -> int:
    return getattr(settings, "HEADLESS_MAX_PER_PAGE", 100)


@dataclass
class PageOfResults:
    items: list
    pagination: PaginationType


def paginate(results, *, page: int, per_page: int, max_size: int | None = None) -> PageOfResults:
    """One page of ``results`` (a queryset, or a list): one COUNT query and one slice.
    ``max_size`` overrides ``HEADLESS_MAX_PER_PAGE`` for lists built to be read whole (the
    sitemap)."""
    max_size = max_size or max_per_page()
    if per_page is None or page is None:
        raise ApiError(
            "page and perPage must be numbers (leave them out for the first page of the "
            "default size), not null."
        )
    if not 1 <= per_page <= max_size:
        raise ApiError(
            f"perPage must be between 1 and {max_size}, got {per_page}.",
            code=ErrorCode.PAGE_SIZE_EXCEEDED,
        )
    if page < 1:
        raise ApiError(f"page must be 1 or more, got {page}.")
    paginator = Paginator(results, per_page, allow_empty_first_page=True)
    if page > paginator.num_pages:
        raise ApiError(
            f"page {page} does not exist: there are {paginator.num_pages} pages of {per_page}.",
            code=ErrorCode.PAGE_OUT_OF_RANGE,
        )
    page_obj = paginator.page(page)
    items = list(page_obj.object_list)
    return PageOfResults(
        items=items,
        pagination=PaginationType(
            total=paginator.count,
            count=len(items),
            per_page=per_page,
            current_page=page,
            prev_page=page - 1 if page > 1 else None,
            next_page=page + 1 if page_obj.has_next() else None,
            total_pages=paginator.num_pages,
        ),
    )
