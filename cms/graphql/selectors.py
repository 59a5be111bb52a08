"""Read logic for pages as the public sees them; GraphQL resolvers call these, never the ORM."""

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet


def fallback_enabled() -> bool:
    """``HEADLESS_LOCALE_FALLBACK``: serve the default language's version of a page or snippet
    that has none in the requested language (True), or leave it out (False, the default)."""
    return getattr(settings, "HEADLESS_LOCALE_FALLBACK", False)


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
    pages = (
        model.objects.live()
        .exclude(Exists(restricted_self_or_ancestor))
        .filter(depth__gt=1)
        .exclude(expire_at__lte=now)
        .exclude(Exists(hidden_ancestor))
        .exclude(Q(alias_of__isnull=False) & ~Q(alias_of__locale_id=F("locale_id")))
    )
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
    if not hasattr(page, "public_translations"):
        attach_public_translations([page])
    return page.public_translations


def attach_public_parents(pages: Iterable[Page]) -> list[Page]:
    """Give each page ``public_parent`` (its parent when public, else None) in one query per
    parent page type, so ``parent`` in a listing does not cost a query per item."""
    pages = list(pages)
    parent_paths = {page.path[: -page.steplen] for page in pages}
    parents = {parent.path: parent for parent in public_pages().filter(path__in=parent_paths)}
    specific = {}
    if parents:
        specific = {
            parent.pk: parent
            for parent in Page.objects.filter(pk__in=[p.pk for p in parents.values()]).specific()
        }
    for page in pages:
        parent = parents.get(page.path[: -page.steplen])
        page.public_parent = specific.get(parent.pk) if parent else None
    return pages


def prepare_for_listing(pages: Iterable[Page]) -> list[Page]:
    """Everything the page interface reads from other rows, loaded for a whole listing at once
    (translation statuses lazily: only when a client asks for them)."""
    pages = attach_public_parents(attach_public_translations(pages))
    for page in pages:
        page.listing_peers = pages
    return pages


def listing_translation_status(page: Page) -> str:
    """The page's translation status, worked out for its whole listing at the first request
    (a fixed number of queries whatever the listing's size)."""
    if not hasattr(page, "translation_status_value"):
        from .translation_status import translation_statuses

        peers = getattr(page, "listing_peers", [page])
        statuses = translation_statuses(peers)
        for peer in peers:
            peer.translation_status_value = str(statuses.get(peer.pk, "SOURCE"))
    return page.translation_status_value


def public_parent_of(page: Page) -> Page | None:
    if not hasattr(page, "public_parent"):
        attach_public_parents([page])
    return page.public_parent


def search_public_pages(*, query: str, locale: Locale, limit: int) -> list[Page]:
    """Full-text search restricted to public pages of one locale, best match first."""
    return list(searchable(public_pages(locale=locale)).specific().search(query)[:limit])


def content_type_filter(app_label: str, model: str) -> Q:
    return Q(content_type__app_label=app_label, content_type__model=model)


def sitemap_pages(*, locale: Locale) -> PageQuerySet:
    """Every public page of ``locale`` (with fallback on, the default language's pages that
    stand in for missing translations too), in tree order so pages of the list stay stable."""
    return public_pages(locale=locale).order_by("path")


def public_redirects(*, locale: Locale, site=None):
    """Redirects a frontend serving ``locale`` should apply, oldest path first: those to a page
    that is public in ``locale`` and those to another site's address. A redirect to a page
    that is a draft, private or only in another language is left out: its target would leak."""
    from wagtail.contrib.redirects.models import Redirect

    redirects = Redirect.get_for_site(site).select_related("redirect_page")
    to_public_page = Q(redirect_page__in=public_pages(locale=locale).values("pk"))
    to_other_site = Q(redirect_page__isnull=True) & ~Q(redirect_link="")
    return redirects.filter(to_public_page | to_other_site).order_by("old_path", "pk")


def searchable(queryset):
    """``queryset`` in a form Wagtail's search backend can filter: it cannot translate the
    public-page and public-collection conditions (Exists subqueries, path prefixes) into its
    own filters, but it can search the rows whose keys they select."""
    return queryset.model.objects.filter(pk__in=queryset.values("pk"))
