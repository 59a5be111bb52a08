"""Read logic for pages as the public sees them; GraphQL resolvers call these, never the ORM."""

from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, Window
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

from .bounds import search_words
from .conf import content_settings
from .errors import ContentError
from .listing import listed, listing_of


def fallback_enabled() -> bool:
    """``HEADLESS_LOCALE_FALLBACK``: serve the default language's version of a page or snippet
    that has none in the requested language (True), or leave it out (False, the default)."""
    return content_settings().locale_fallback


def public_pages(*, locale: Locale | None = None, model: type[Page] = Page) -> PageQuerySet:
    """Pages any anonymous reader may see in ``locale``: live, not view-restricted, not past
    their expiry; with fallback on, also the default language's pages that have no public
    version in ``locale`` (lookups, filters and order apply to both alike).

    A page whose ``expire_at`` has passed is treated as gone at once, without waiting for
    ``publish_scheduled`` to unpublish it. A live page below an unpublished or expired section
    is not public either: readers cannot reach it. The tree root is never public, and neither is
    an alias that wagtail-localize placed in a locale for a page nobody has translated yet (it
    carries the source language's content under another language's name).
    """
    now = timezone.now()
    pages = (
        model.objects.live()
        .filter(depth__gt=1)
        .exclude(expire_at__lte=now)
        .exclude(Q(alias_of__isnull=False) & ~Q(alias_of__locale_id=F("locale_id")))
    )
    pages = _outside_hidden_sections(pages, now)
    if locale is None:
        return pages
    default_code = settings.LANGUAGE_CODE
    if not fallback_enabled() or locale.language_code == default_code:
        return pages.filter(locale=locale)
    translated = _public_base(model).filter(
        locale=locale, translation_key=OuterRef("translation_key")
    )
    return pages.filter(
        Q(locale=locale) | (Q(locale__language_code=default_code) & ~Exists(translated))
    )


#: Above this many hidden or private sections, ``public_pages`` matches ancestors in SQL
#: instead of listing the sections' paths in every query.
MAX_LISTED_HIDDEN_SECTIONS = 100

_hidden_sections: ContextVar[dict | None] = ContextVar("hidden_sections", default=None)


@contextmanager
def public_pages_snapshot():
    """Within this block, ``public_pages`` reads the hidden and private sections once instead
    of once per query. For read-only work only (a GraphQL query, a feed): a page published
    inside the block would not be seen."""
    token = _hidden_sections.set({})
    try:
        yield
    finally:
        _hidden_sections.reset(token)


def _outside_hidden_sections(pages: PageQuerySet, now) -> PageQuerySet:
    """``pages`` without those below (or at) an unpublished, expired or view-restricted page.

    Such sections are few, so their paths are read in one small query (once per snapshot) and
    excluded by prefix, which costs each listing query almost nothing. On a site with more
    than ``MAX_LISTED_HIDDEN_SECTIONS`` of them, ancestors are matched in SQL instead.
    """
    snapshot = _hidden_sections.get()
    if snapshot is not None and "paths" in snapshot:
        paths = snapshot["paths"]
    else:
        paths = hidden_section_paths(now)
        if snapshot is not None:
            snapshot["paths"] = paths
    if paths is None:
        return _outside_hidden_sections_in_sql(pages, now)
    if not paths:
        return pages
    below_hidden = Q()
    for path in paths:
        below_hidden |= Q(path__startswith=path)
    return pages.exclude(below_hidden)


def hidden_section_paths(now) -> list[str] | None:
    """Paths of the pages whose subtree readers cannot see, outermost only: unpublished or
    expired pages with children, and view-restricted pages. None when there are more than
    ``MAX_LISTED_HIDDEN_SECTIONS``."""
    unpublished = (
        Page.objects.filter(Q(live=False) | Q(expire_at__lte=now), numchild__gt=0)
        .order_by()
        .values_list("path")
    )
    restricted = PageViewRestriction.objects.order_by().values_list("page__path")
    rows = unpublished.union(restricted)[: MAX_LISTED_HIDDEN_SECTIONS + 1]
    outermost: list[str] = []
    for (path,) in sorted(rows):
        if not outermost or not path.startswith(outermost[-1]):
            outermost.append(path)
    if len(rows) > MAX_LISTED_HIDDEN_SECTIONS:
        return None
    return outermost


def _outside_hidden_sections_in_sql(pages: PageQuerySet, now) -> PageQuerySet:
    hidden_ancestor = Page.objects.filter(
        Q(live=False) | Q(expire_at__lte=now),
        depth__lt=OuterRef("depth"),
        path__in=_ancestor_paths(),
    )
    # Like PageQuerySet.public(), as a subquery instead of a query run up front.
    restricted_self_or_ancestor = PageViewRestriction.objects.filter(
        page__depth__lte=OuterRef("depth"),
        page__path__in=_ancestor_paths(),
    )
    return pages.exclude(Exists(restricted_self_or_ancestor)).exclude(Exists(hidden_ancestor))


#: Treebeard's paths are at most 255 characters, so no page is deeper than this.
_MAX_DEPTH = 255 // Page.steplen


def _ancestor_paths() -> list[Substr]:
    """The outer page's own path and every ancestor's, as prefixes of its path: matched with
    ``path__in``, each is a lookup in the path index. (Matching ``path`` against a prefix whose
    length comes from the inner row's depth read every page for every page listed: 18 s for a
    list of 20 projects among 6,000 pages.)"""
    return [Substr(OuterRef("path"), 1, depth * Page.steplen) for depth in range(1, _MAX_DEPTH + 1)]


def _public_base(model: type[Page]) -> PageQuerySet:
    return public_pages(model=model)


def attach_public_translations(pages: Iterable[Page]) -> list[Page]:
    """Give each page ``public_translations``: its other public versions, in one query.

    Listings call this once for the whole page of results, so ``translations`` costs one query
    whatever the number of items.
    """
    pages = list(pages)
    keys = {page.translation_key for page in pages}
    by_key: dict = defaultdict(list)
    if keys:
        for translation in (
            public_pages()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            by_key[translation.translation_key].append(translation)
    for page in pages:
        page.public_translations = [t for t in by_key[page.translation_key] if t.pk != page.pk]
    return pages


def public_translations_of(page: Page) -> list[Page]:
    """The page's other public versions, looked up for its whole listing at the first call."""
    listing_of(page).load("public_translations", attach_public_translations)
    return page.public_translations


def attach_public_parents(pages: Iterable[Page]) -> list[Page]:
    """Give each page ``public_parent`` (its parent when public, else None) in one query per
    parent page type, so ``parent`` in a listing does not cost a query per item."""
    pages = list(pages)
    parent_paths = {page.path[: -page.steplen] for page in pages}
    parents = {
        parent.path: parent for parent in public_pages().filter(path__in=parent_paths).specific()
    }
    for page in pages:
        page.public_parent = parents.get(page.path[: -page.steplen])
    return pages


def prepare_for_listing(pages: Iterable[Page]) -> list[Page]:
    """``pages`` as one listing: what the page interface reads from other rows (translations,
    parents, translation statuses) is loaded for all of them at the first read."""
    return listed(pages)


def listing_translation_status(page: Page) -> str:
    """The page's translation status, worked out for its whole listing at the first request
    (a fixed number of queries whatever the listing's size)."""

    def attach_statuses(pages: list[Page]) -> None:
        # wagtail-localize is optional, and its models load only where it is an installed app.
        from .translation_status import translation_statuses

        statuses = translation_statuses(pages)
        for peer in pages:
            peer.translation_status_value = str(statuses.get(peer.pk, "SOURCE"))

    listing_of(page).load("translation_status", attach_statuses)
    return page.translation_status_value


def public_parent_of(page: Page) -> Page | None:
    listing_of(page).load("public_parent", attach_public_parents)
    return page.public_parent


def search_public_pages(*, query: str, locale: Locale, limit: int) -> list[Page]:
    """Full-text search restricted to public pages of one locale, best match first."""
    words = search_words(query, name="query")
    return list(searchable(public_pages(locale=locale)).specific().search(words)[:limit])


def content_type_filter(app_label: str, model: str) -> Q:
    return Q(content_type__app_label=app_label, content_type__model=model)


def sitemap_pages(*, locale: Locale) -> PageQuerySet:
    """Every public page of ``locale`` (with fallback on, the default language's pages that
    stand in for missing translations too), in tree order so pages of the list stay stable."""
    return public_pages(locale=locale).order_by("path")


#: What a sitemap entry and an hreflang link need of a page.
SITEMAP_FIELDS = ("pk", "url_path", "locale_id", "translation_key", "last_published_at")


class SitemapRows:
    """``sitemap_pages`` as ``values()`` rows, for ``paginate``: a slice reads its rows and
    their total in one query (``COUNT(*) OVER ()``), as ``paginate`` does for model
    querysets, and ``count`` answers from it. Rows, not Page models: building 500 models
    costs more than the query that reads them."""

    def __init__(self, pages: PageQuerySet):
        self.pages = pages
        self.total: int | None = None

    def __getitem__(self, window: slice) -> list[dict]:
        counted = self.pages.annotate(_results_in_all=Window(Count("*")))
        rows = list(counted.values(*SITEMAP_FIELDS, "_results_in_all")[window])
        if rows:
            self.total = rows[0]["_results_in_all"]
        return rows

    def count(self) -> int:
        return self.total if self.total is not None else self.pages.count()


def sitemap_rows(*, locale: Locale) -> SitemapRows:
    """``sitemap_pages`` of ``locale`` as rows of ``SITEMAP_FIELDS``, for ``paginate``."""
    return SitemapRows(sitemap_pages(locale=locale))


def public_versions_by_key(*, translation_keys: Iterable) -> dict:
    """Translation key -> every public version of the page (rows of ``SITEMAP_FIELDS``),
    ordered by language code, in one query: the alternates of a page of sitemap entries."""
    by_key: dict = defaultdict(list)
    keys = set(translation_keys)
    if keys:
        for row in (
            public_pages()
            .filter(translation_key__in=keys)
            .order_by("locale__language_code")
            .values(*SITEMAP_FIELDS)
        ):
            by_key[row["translation_key"]].append(row)
    return by_key


def public_redirects(*, locale: Locale, site=None):
    """Redirects a frontend serving ``locale`` should apply, oldest path first: those to a page
    that is public in ``locale`` and those to another site's address. A redirect to a page
    that is a draft, private or only in another language is left out: its target would leak."""
    redirects = Redirect.get_for_site(site).select_related("redirect_page")
    to_public_page = Q(redirect_page__in=public_pages(locale=locale).values("pk"))
    to_other_site = Q(redirect_page__isnull=True) & ~Q(redirect_link="")
    return redirects.filter(to_public_page | to_other_site).order_by("old_path", "pk")


def searchable(queryset):
    """``queryset`` in a form Wagtail's search backend can filter: it cannot translate the
    public-page and public-collection conditions (Exists subqueries, path prefixes) into its
    own filters, but it can search the rows whose keys they select."""
    return queryset.model.objects.filter(pk__in=queryset.values("pk"))


def check_known_slug(model, value: str | None, *, argument: str, locale) -> None:
    """Refuse a slug no ``model`` instance has, listing the slugs of ``locale``: a filter
    value that names nothing is an error, not an empty result."""
    if value is None or model.objects.filter(slug=value).exists():
        return
    slugs = model.objects.filter(locale=locale).values_list("slug", flat=True)
    allowed = ", ".join(f'"{slug}"' for slug in slugs) or "none yet"
    raise ContentError(f'Unknown {argument} "{value}". Allowed: {allowed}.')
