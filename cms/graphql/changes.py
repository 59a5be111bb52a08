"""One signal for "published content changed", for everything that must follow it: the GraphQL
response cache drops what it holds for the change, and frontends are told by webhook.

Wagtail and wagtail-localize report changes through many signals (a page published,
unpublished, moved or deleted in any language; a view restriction put on a page or a
collection, or taken off; a snippet or a site setting saved or deleted).
``content_changed`` turns each into one ``ContentChange`` saying what changed, in which
language, which cache tags it touches and which frontend URLs show it. It is sent once the
transaction commits, so a rolled-back publish tells nobody anything.

Cache tags
    ``page:<id>``
        one page in one language (every answer that showed it carries the tag);
    ``pages:<locale>``
        every answer that lists or searches pages of that language (listings, calendars,
        search, sitemap, menus);
    ``snippet:<app_label.model>:<id>``
        one snippet or settings object;
    ``snippets:<app_label.model>``
        every answer that lists that snippet model.
"""

import functools
import logging
import threading
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import Signal
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

logger = logging.getLogger(__name__)

#: ``send(sender=ContentChange, change=ContentChange(...))``, after the transaction commits.
content_changed = Signal()

PAGE_PUBLISHED = "page.published"
PAGE_UNPUBLISHED = "page.unpublished"
PAGE_MOVED = "page.moved"
PAGE_DELETED = "page.deleted"
PAGE_PRIVACY_CHANGED = "page.privacy_changed"
SNIPPET_SAVED = "snippet.saved"
SNIPPET_DELETED = "snippet.deleted"
COLLECTION_PRIVACY_CHANGED = "collection.privacy_changed"
EVENTS = (
    PAGE_PUBLISHED,
    PAGE_UNPUBLISHED,
    PAGE_MOVED,
    PAGE_DELETED,
    PAGE_PRIVACY_CHANGED,
    SNIPPET_SAVED,
    SNIPPET_DELETED,
    COLLECTION_PRIVACY_CHANGED,
)


def page_tag(page_id: int) -> str:
    return f"page:{page_id}"


def pages_tag(locale: str) -> str:
    return f"pages:{locale}"


def snippet_tag(label: str, object_id: int) -> str:
    return f"snippet:{label}:{object_id}"


def snippets_tag(label: str) -> str:
    return f"snippets:{label}"


@dataclass(frozen=True)
class ContentChange:
    """What one change did, for caches and frontends.

    ``label`` is the model's ``app_label.model_name`` (``project_pages.projectpage``); ``locale``
    the language code of the changed object (``None`` for objects without a language); ``urls``
    the absolute frontend URLs whose content changed (the page, its translations, the listings
    and calendar months that show it); ``tags`` the cache tags above.
    """

    event: str
    label: str
    object_id: int
    locale: str | None
    title: str = ""
    urls: tuple[str, ...] = field(default_factory=tuple)
    tags: tuple[str, ...] = field(default_factory=tuple)

    def as_payload(self) -> dict:
        return {
            "event": self.event,
            "object": {"type": self.label, "id": self.object_id, "title": self.title},
            "locale": self.locale,
            "urls": list(self.urls),
            "cacheTags": list(self.tags),
        }


# What a page change touches.


def _absolute(path: str | None) -> str | None:
    if not path:
        return None
    return settings.FRONTEND_BASE_URL.rstrip("/") + path


def _locale_code(locale_id: int | None) -> str | None:
    if locale_id is None:
        return None
    return Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()


def page_change(event: str, page: Page) -> ContentChange:
    """The change of ``page`` (any language): its own URL and tag, those of its other language
    versions (their ``translations`` name it) and of its parent (whose listing shows it), the
    listings of its language, and what the page type adds (``changed_listing_paths``, e.g. an
    event's calendar months). With locale fallback on, every language's listings may show it."""
    page = page.specific_deferred if type(page) is Page else page
    locale = _locale_code(page.locale_id)
    # Only live versions: a draft translation's address is not the frontends' to know.
    related = list(
        Page.objects.live().filter(translation_key=page.translation_key).exclude(pk=page.pk)
    )
    parent = page.get_parent()
    if parent is not None and parent.depth > 1 and parent.live:
        related.append(parent)
    paths = [page.get_url(), *(version.get_url() for version in related)]
    listing_paths = getattr(page, "changed_listing_paths", None)
    if callable(listing_paths):
        paths.extend(listing_paths())
    if getattr(settings, "HEADLESS_LOCALE_FALLBACK", False):
        locales = list(Locale.objects.values_list("language_code", flat=True))
    else:
        locales = [locale] if locale else []
    tags = [page_tag(page.pk), *(page_tag(version.pk) for version in related)]
    tags.extend(pages_tag(code) for code in locales)
    urls = [url for url in map(_absolute, paths) if url]
    return ContentChange(
        event=event,
        label=page._meta.label_lower,
        object_id=page.pk,
        locale=locale,
        title=page.title,
        urls=tuple(dict.fromkeys(urls)),
        tags=tuple(dict.fromkeys(tags)),
    )


def object_change(event: str, instance: models.Model) -> ContentChange:
    """The change of a snippet, setting, redirect, image or document: its own tag and its
    model's listings. It has no URL of its own; frontends purge by tag (the site footer and
    menu are on every page)."""
    label = instance._meta.label_lower
    return ContentChange(
        event=event,
        label=label,
        object_id=instance.pk,
        locale=_locale_code(getattr(instance, "locale_id", None)),
        title=str(instance)[:255],
        tags=(snippet_tag(label, instance.pk), snippets_tag(label)),
    )


def announce(change: ContentChange) -> None:
    """Send ``content_changed`` once the transaction commits (at once outside one)."""
    transaction.on_commit(
        lambda: content_changed.send(sender=ContentChange, change=change), robust=True
    )


# Wagtail's signals, turned into content_changed. Working out a change must never fail the
# publish, move or save that caused it: a failure is logged and nothing is announced.


def _never_fails(receiver):
    @functools.wraps(receiver)
    def guarded(*args, **kwargs):
        try:
            receiver(*args, **kwargs)
        except Exception:
            logger.exception("Could not announce a content change (%s).", receiver.__name__)

    return guarded


@_never_fails
def _on_page_published(sender, instance, **kwargs):
    announce(page_change(PAGE_PUBLISHED, instance))


@_never_fails
def _on_page_unpublished(sender, instance, **kwargs):
    announce(page_change(PAGE_UNPUBLISHED, instance))


_moves = threading.local()


@_never_fails
def _before_page_moved(sender, instance, **kwargs):
    # Where the page was: its old address and the listing it leaves.
    if instance.live:
        pending = getattr(_moves, "changes", {})
        pending[instance.pk] = page_change(PAGE_MOVED, instance)
        _moves.changes = pending


@_never_fails
def _on_page_moved(sender, instance, **kwargs):
    before = getattr(_moves, "changes", {}).pop(instance.pk, None)
    if before is None:
        return
    announce(_with_subtree(page_change(PAGE_MOVED, instance), instance, earlier=before))


def _with_subtree(
    change: ContentChange, page: Page, *, earlier: ContentChange | None = None
) -> ContentChange:
    """``change`` widened to the tags of every page below ``page``, whose address or visibility
    went with it, and to ``earlier``'s URLs and tags (where a moved page was)."""
    below = tuple(map(page_tag, Page.objects.descendant_of(page).values_list("pk", flat=True)))
    urls, tags = (earlier.urls, earlier.tags) if earlier else ((), ())
    return replace(
        change,
        urls=tuple(dict.fromkeys(urls + change.urls)),
        tags=tuple(dict.fromkeys(tags + change.tags + below)),
    )


_DELETED_PAGE_CHANGES = "_content_change_on_delete"


@_never_fails
def _before_page_deleted(sender, instance, **kwargs):
    # The page's URL and relations are gone after the delete: work them out before it.
    if instance.depth > 1 and instance.live:
        setattr(instance, _DELETED_PAGE_CHANGES, page_change(PAGE_DELETED, instance))


@_never_fails
def _on_page_deleted(sender, instance, **kwargs):
    change = getattr(instance, _DELETED_PAGE_CHANGES, None)
    if change is not None:
        announce(change)


@functools.cache
def _watched_models() -> tuple[type[models.Model], ...]:
    """Snippets, site settings, redirects, images and documents: what pages show besides
    pages."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    return (
        *get_snippet_models(),
        BaseSiteSetting,
        BaseGenericSetting,
        Redirect,
        get_image_model(),
        get_document_model(),
    )


def _watched_model(model: type[models.Model]) -> bool:
    return not issubclass(model, Page) and issubclass(model, _watched_models())


@_never_fails
def _on_object_saved(sender, instance, raw=False, **kwargs):
    if not raw and _watched_model(sender):
        announce(object_change(SNIPPET_SAVED, instance))


@_never_fails
def _on_object_deleted(sender, instance, **kwargs):
    if _watched_model(sender):
        announce(object_change(SNIPPET_DELETED, instance))


@_never_fails
def _on_page_privacy_changed(sender, instance, **kwargs):
    # A view restriction added to or removed from a page: the page and everything below it
    # leave or join what the public sees, without a publish.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # deleted with its page: the page's own change says so
        return
    announce(_with_subtree(page_change(PAGE_PRIVACY_CHANGED, page), page))


@_never_fails
def _on_collection_privacy_changed(sender, instance, **kwargs):
    # Images and documents in or below the collection become private or public again.
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is None:
        return
    collections = Collection.objects.descendant_of(collection, inclusive=True)
    tags = []
    for model in (get_image_model(), get_document_model()):
        label = model._meta.label_lower
        tags.append(snippets_tag(label))
        for pk in model.objects.filter(collection__in=collections).values_list("pk", flat=True):
            tags.append(snippet_tag(label, pk))
    announce(
        ContentChange(
            event=COLLECTION_PRIVACY_CHANGED,
            label=collection._meta.label_lower,
            object_id=collection.pk,
            locale=None,
            title=collection.name,
            tags=tuple(tags),
        )
    )


def connect() -> None:
    """Wire Wagtail's signals to ``content_changed`` (HeadlessConfig.ready)."""
    page_published.connect(_on_page_published, dispatch_uid="content-changes-published")
    page_unpublished.connect(_on_page_unpublished, dispatch_uid="content-changes-unpublished")
    pre_page_move.connect(_before_page_moved, dispatch_uid="content-changes-pre-move")
    post_page_move.connect(_on_page_moved, dispatch_uid="content-changes-moved")
    pre_delete.connect(_before_page_deleted, sender=Page, dispatch_uid="content-changes-pre-del")
    post_delete.connect(_on_page_deleted, sender=Page, dispatch_uid="content-changes-deleted")
    post_save.connect(_on_object_saved, dispatch_uid="content-changes-object-saved")
    post_delete.connect(_on_object_deleted, dispatch_uid="content-changes-object-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            _on_page_privacy_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"content-changes-page-privacy-{signal is post_save}",
        )
        signal.connect(
            _on_collection_privacy_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"content-changes-collection-privacy-{signal is post_save}",
        )
