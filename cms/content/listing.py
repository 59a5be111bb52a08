"""What a listing's items read from other rows, loaded for the whole listing at the first read.

A listing (a page of projects, the events of a month, the results of ``pages`` or ``search``)
hands its items to GraphQL, which resolves fields one item at a time. Loading every relation
up front costs queries and Python time for fields most operations never ask for (a calendar
month shows titles and links of hundreds of events). Instead, the first item that needs a
relation loads it for every item of its listing: a fixed number of queries whatever the
listing's size, and none for what no client asked for.

An item outside any listing (a page looked up on its own) is a listing of one. A draft shown by
the admin's Preview button (``cms.graphql.preview``) is a listing of one marked ``preview``: its
relations are the unsaved rows the preview carries in memory, never read from the database
(an unsaved page has no id to read them by, and a saved draft's stored rows are not the ones
the editor is previewing).
"""

from collections.abc import Callable, Hashable, Iterable

from django.db.models import Prefetch, prefetch_related_objects


class Listing:
    """The items of one listing, and which of their relations have been loaded."""

    def __init__(self, items: Iterable, *, preview: bool = False):
        self.items = list(items)
        self.preview = preview
        #: Snippet translations shared by the items (``cms.graphql.localization``).
        self.snippet_translations: dict = {}
        self._loaded: set[Hashable] = set()
        for item in self.items:
            item._listing = self

    def load(self, what: Hashable, loader: Callable[[list], None]) -> None:
        """Run ``loader`` on all the items, the first time anything asks for ``what``."""
        if what not in self._loaded:
            loader(self.items)
            self._loaded.add(what)


def listed(items: Iterable) -> list:
    """``items`` as one listing, as a list."""
    return Listing(items).items


class ListingOfModel:
    """The items of a listing that are of one model. ``pages`` and ``search`` list pages of
    several models in one listing, and a loader reads what only its own model has (an event's
    ``image_id``), so each model's items are loaded on their own: one more fixed set of queries
    per model in the listing, never one per item."""

    def __init__(self, listing: Listing, model: type):
        self.listing = listing
        self.model = model

    @property
    def preview(self) -> bool:
        return self.listing.preview

    @property
    def snippet_translations(self) -> dict:
        return self.listing.snippet_translations

    def load(self, what: Hashable, loader: Callable[[list], None]) -> None:
        """Run ``loader`` on this model's items, the first time anything asks for ``what``."""
        model = self.model
        self.listing.load(
            (model, what), lambda items: loader([item for item in items if type(item) is model])
        )


def listing_of(item) -> ListingOfModel:
    """The listing ``item`` came in, as far as it holds items of ``item``'s model."""
    listing = getattr(item, "_listing", None)
    return ListingOfModel(listing if listing is not None else Listing([item]), type(item))


def is_preview(item) -> bool:
    """``item`` is a draft rebuilt from an admin preview, not a row as stored."""
    listing = getattr(item, "_listing", None)
    return listing is not None and listing.preview


def prefetch(item, *lookups: str | Prefetch) -> None:
    """``prefetch_related(*lookups)`` for ``item``'s whole listing, done once; nothing for a
    preview, whose relations are in memory already (modelcluster)."""
    if is_preview(item):
        return
    key = tuple(getattr(lookup, "prefetch_to", lookup) for lookup in lookups)
    listing_of(item).load(key, lambda items: prefetch_related_objects(items, *lookups))


class ListedColumns:
    """A model whose listings may leave columns unread (``QuerySet.only``): a calendar month
    shows the titles and links of hundreds of events and need not build the rest of each row.
    The first read of a column left out reads the left-out columns for the whole listing in one
    query, where Django would read them item by item."""

    def refresh_from_db(self, using=None, fields=None, from_queryset=None):
        unread = frozenset(self.get_deferred_fields())
        if getattr(self, "_listing", None) is None or not fields or from_queryset is not None:
            return super().refresh_from_db(using, fields, from_queryset)
        if unread and set(fields) <= unread:
            listing_of(self).load(
                ("columns", unread), lambda items: _read_columns(items, unread, using=using)
            )
        if set(fields) & set(self.get_deferred_fields()):  # not one of the listing's rows
            return super().refresh_from_db(using, fields, from_queryset)
        return None


def _read_columns(items: list, names: frozenset, *, using: str | None) -> None:
    names = sorted(names)
    model = type(items[0])
    rows = model._base_manager.using(using).filter(pk__in=[item.pk for item in items])
    found = {row[0]: row[1:] for row in rows.values_list("pk", *names)}
    for item in items:
        if (values := found.get(item.pk)) is not None:
            for name, value in zip(names, values, strict=True):
                setattr(item, name, value)
