"""Wagtail's and Django's signals, turned into ``content_changed`` (``changes``).

Pages announce themselves through Wagtail's page signals and their deletion; snippets, site
settings, redirects, sites, images and documents through their saves and deletes; view
restrictions and collections through theirs. What their saves cannot tell is worked out just
before: an image or document moving to another collection, a section going live again (the
pages below it come back), where a page was before a move, what showed an object before its
delete removed it from the reference index. Wagtail's bulk actions
that write with ``QuerySet.update`` (images and documents "Add to collection") send no signal
and are announced from the ``after_bulk_action`` hook (``wagtail_hooks``).
"""

import functools
import threading
from dataclasses import replace

from django.db import models
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move
from wagtail.snippets.models import get_snippet_models

from .changes import (
    COLLECTION_CHANGED,
    COLLECTION_PRIVACY_CHANGED,
    MAX_NAMED_REFERENCES,
    PAGE_DELETED,
    PAGE_MOVED,
    PAGE_PRIVACY_CHANGED,
    PAGE_PUBLISHED,
    PAGE_UNPUBLISHED,
    SNIPPET_DELETED,
    SNIPPET_SAVED,
    ContentChange,
    announce,
    collection_change,
    every_language_tags,
    media_models,
    never_fails,
    object_change,
    page_change,
    page_tag,
    showing,
)

# Pages.


_going_live = threading.local()


@never_fails
def _before_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # A page with pages below it saved live while it is not: a publish after an unpublish.
    if raw or update_fields is not None or not isinstance(instance, Page):
        return
    if instance.pk is None or not instance.live or not instance.numchild:
        return
    if not Page.objects.filter(pk=instance.pk, live=True).exists():
        _going_live.__dict__.setdefault("ids", set()).add(instance.pk)


@never_fails
def _on_page_published(sender, instance, **kwargs):
    change = page_change(PAGE_PUBLISHED, instance)
    going_live = _going_live.__dict__.setdefault("ids", set())
    if instance.pk in going_live:
        # The live pages below it come back with it.
        going_live.discard(instance.pk)
        change = _with_subtree(change, instance)
    announce(change)


@never_fails
def _on_page_unpublished(sender, instance, **kwargs):
    # The live pages below it leave the site with it (the API serves nothing below a draft).
    announce(_with_subtree(page_change(PAGE_UNPUBLISHED, instance), instance))


_moves = threading.local()


@never_fails
def _before_page_moved(sender, instance, **kwargs):
    # Where the page was: its old address and the listing it leaves.
    if instance.live:
        pending = getattr(_moves, "changes", {})
        pending[instance.pk] = page_change(PAGE_MOVED, instance)
        _moves.changes = pending


@never_fails
def _on_page_moved(sender, instance, **kwargs):
    before = getattr(_moves, "changes", {}).pop(instance.pk, None)
    if before is None:
        return
    announce(_with_subtree(page_change(PAGE_MOVED, instance), instance, earlier=before))


def _with_subtree(
    change: ContentChange, page: Page, *, earlier: ContentChange | None = None
) -> ContentChange:
    """``change`` widened to the tags of every live page below ``page``, whose address or
    visibility went with it, and of their live versions in other languages (which name them
    among their translations), and to ``earlier``'s URLs and tags (where a moved page was)."""
    keys = Page.objects.descendant_of(page).live().values("translation_key")
    versions = Page.objects.live().filter(translation_key__in=keys).values_list("pk", flat=True)
    versions = list(versions[: MAX_NAMED_REFERENCES + 1])
    if len(versions) > MAX_NAMED_REFERENCES:
        below = tuple(every_language_tags())
    else:
        below = tuple(map(page_tag, versions))
    urls, tags = (earlier.urls, earlier.tags) if earlier else ((), ())
    return replace(
        change,
        urls=tuple(dict.fromkeys(urls + change.urls)),
        tags=tuple(dict.fromkeys(tags + change.tags + below)),
    )


#: Instance attributes holding what a save or delete needs from before it.
_DELETED_CHANGE = "_content_change_on_delete"
_SHOWN_BY = "_content_change_shown_by"
_COLLECTION_BEFORE = "_content_change_collection_before"


@never_fails
def _before_page_deleted(sender, instance, **kwargs):
    # The page's URL and relations are gone after the delete: work them out before it.
    if instance.depth > 1 and instance.live:
        setattr(instance, _DELETED_CHANGE, page_change(PAGE_DELETED, instance))


@never_fails
def _on_page_deleted(sender, instance, **kwargs):
    change = getattr(instance, _DELETED_CHANGE, None)
    if change is not None:
        announce(change)


@never_fails
def _on_page_privacy_changed(sender, instance, **kwargs):
    # A view restriction added to or removed from a page: the page and everything below it
    # leave or join what the public sees, without a publish.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # deleted with its page: the page's own change says so
        return
    announce(_with_subtree(page_change(PAGE_PRIVACY_CHANGED, page), page))


# Snippets, settings, redirects, sites, images and documents.


@functools.cache
def _watched_models() -> tuple[type[models.Model], ...]:
    """What pages show besides pages, and what their addresses depend on."""
    return (
        *get_snippet_models(),
        BaseSiteSetting,
        BaseGenericSetting,
        Redirect,
        Site,
        *media_models(),
    )


def _watched_model(model: type[models.Model]) -> bool:
    return not issubclass(model, Page) and issubclass(model, _watched_models())


@never_fails
def _before_media_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    # The collection an image or document is saved out of: leaving it may hide or show it.
    if raw or instance.pk is None or not issubclass(sender, media_models()):
        return
    if update_fields is not None and not {"collection", "collection_id"} & set(update_fields):
        return
    before = sender.objects.filter(pk=instance.pk).values_list("collection_id", flat=True)
    setattr(instance, _COLLECTION_BEFORE, before.first())


@never_fails
def _on_object_saved(sender, instance, raw=False, created=False, **kwargs):
    if raw or not _watched_model(sender):
        return
    collection_before = instance.__dict__.pop(_COLLECTION_BEFORE, None)
    moved = collection_before is not None and collection_before != instance.collection_id
    # Nothing shows what was just made.
    shown_by = [] if created else None
    announce(object_change(SNIPPET_SAVED, instance, shown_by=shown_by, visibility_changed=moved))


@never_fails
def _before_object_deleted(sender, instance, **kwargs):
    # Wagtail drops the references to it as it is deleted: note what showed it before.
    if _watched_model(sender):
        setattr(instance, _SHOWN_BY, showing(instance))


@never_fails
def _on_object_deleted(sender, instance, **kwargs):
    if _watched_model(sender):
        shown_by = getattr(instance, _SHOWN_BY, [])
        announce(object_change(SNIPPET_DELETED, instance, shown_by=shown_by))


def announce_bulk_action(action_type: str, objects) -> None:
    """Wagtail's ``after_bulk_action`` hook: bulk actions on images and documents write with
    ``QuerySet.update`` (no signal). Deleting sends its signals and is left to them."""
    if action_type == "delete":
        return
    for instance in objects:
        if isinstance(instance, models.Model) and _watched_model(type(instance)):
            _announce_bulk_change(instance, action_type)


@never_fails
def _announce_bulk_change(instance, action_type):
    moved = action_type == "add_to_collection"
    announce(object_change(SNIPPET_SAVED, instance, visibility_changed=moved))


# Collections.


@never_fails
def _on_collection_changed(sender, instance, raw=False, **kwargs):
    # Saved (renamed, or moved: the admin saves a collection before moving it) or deleted.
    if not raw and instance.depth > 1:
        announce(collection_change(COLLECTION_CHANGED, instance))


@never_fails
def _on_collection_privacy_changed(sender, instance, **kwargs):
    # Images and documents in or below the collection become private or public again.
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        announce(collection_change(COLLECTION_PRIVACY_CHANGED, collection))


def connect() -> None:
    """Wire Wagtail's and Django's signals to ``content_changed`` (HeadlessConfig.ready)."""
    pre_save.connect(_before_page_saved, dispatch_uid="content-changes-page-pre-save")
    page_published.connect(_on_page_published, dispatch_uid="content-changes-published")
    page_unpublished.connect(_on_page_unpublished, dispatch_uid="content-changes-unpublished")
    pre_page_move.connect(_before_page_moved, dispatch_uid="content-changes-pre-move")
    post_page_move.connect(_on_page_moved, dispatch_uid="content-changes-moved")
    pre_delete.connect(_before_page_deleted, sender=Page, dispatch_uid="content-changes-pre-del")
    post_delete.connect(_on_page_deleted, sender=Page, dispatch_uid="content-changes-deleted")
    pre_save.connect(_before_media_saved, dispatch_uid="content-changes-media-pre-save")
    post_save.connect(_on_object_saved, dispatch_uid="content-changes-object-saved")
    pre_delete.connect(_before_object_deleted, dispatch_uid="content-changes-object-pre-del")
    post_delete.connect(_on_object_deleted, dispatch_uid="content-changes-object-deleted")
    for signal in (post_save, post_delete):
        saved = signal is post_save
        signal.connect(
            _on_page_privacy_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"content-changes-page-privacy-{saved}",
        )
        signal.connect(
            _on_collection_privacy_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"content-changes-collection-privacy-{saved}",
        )
        signal.connect(
            _on_collection_changed,
            sender=Collection,
            dispatch_uid=f"content-changes-collection-{saved}",
        )
