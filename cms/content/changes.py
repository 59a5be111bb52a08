"""One signal for "published content changed", for everything that must follow it: the GraphQL
response cache drops what it holds for the change, and frontends are told by webhook.

Wagtail and wagtail-localize report changes through many signals (a page published,
unpublished, moved or deleted in any language; a view restriction put on a page or a
collection, or taken off; a snippet, image, document, redirect or collection saved or
deleted; a translation converted to an alias, stopped or synced). ``change_sources`` and
``translation_changes`` turn each into one ``ContentChange`` saying what changed, in which
language, which cache tags it touches and which frontend URLs show it. It is sent once the
transaction commits, so a rolled-back publish tells nobody anything.

Cache tags
    ``page:<id>``
        one page in one language (every answer that showed it carries the tag);
    ``pages:<locale>``
        every answer that lists, searches or looks up pages of that language (listings and
        their facets, calendars, search, sitemap, redirects, menus, page lookups);
    ``snippet:<app_label.model>:<id>``
        one snippet, image, document, redirect or collection;
    ``snippets:<app_label.model>``
        every answer that lists that model.

What a change of something other than a page touches
    Its own tag and its model's listings; the pages and snippets that show it (Wagtail's
    reference index: a document among a project's materials or linked from rich text, an
    image in a block, a person among the contacts), whose answers may show its fields under
    their own tag only; and

    * for a snippet that page models link to (target groups, programmes, categories,
      venues): the listings of its language, whose facets and filters read its name and slug
      without resolving it;
    * for a redirect or a site: every language's listings;
    * for an image or a document moved to another collection, and for a collection saved,
      moved, deleted or made private or public: every language's listings and the image and
      document listings, since what may be shown changed with it.
"""

import functools
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.dispatch import Signal
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex, Site, get_page_models
from wagtail.snippets.models import get_snippet_models

from .conf import content_settings

logger = logging.getLogger(__name__)

#: ``send(sender=ContentChange, change=ContentChange(...))``, after the transaction commits.
content_changed = Signal()

PAGE_PUBLISHED = "page.published"
PAGE_UNPUBLISHED = "page.unpublished"
PAGE_MOVED = "page.moved"
PAGE_DELETED = "page.deleted"
PAGE_PRIVACY_CHANGED = "page.privacy_changed"
PAGE_TRANSLATION_CHANGED = "page.translation_changed"
SNIPPET_SAVED = "snippet.saved"
SNIPPET_DELETED = "snippet.deleted"
COLLECTION_CHANGED = "collection.changed"
COLLECTION_PRIVACY_CHANGED = "collection.privacy_changed"
EVENTS = (
    PAGE_PUBLISHED,
    PAGE_UNPUBLISHED,
    PAGE_MOVED,
    PAGE_DELETED,
    PAGE_PRIVACY_CHANGED,
    PAGE_TRANSLATION_CHANGED,
    SNIPPET_SAVED,
    SNIPPET_DELETED,
    COLLECTION_CHANGED,
    COLLECTION_PRIVACY_CHANGED,
)

#: The most pages and snippets a change names one by one (those that show a changed object,
#: those below a changed section and their translations); beyond, every language's listings
#: are named instead: every page answer carries its language's tag.
MAX_NAMED_REFERENCES = 100


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


# Languages.


def _locale_code(locale_id: int | None) -> str | None:
    if locale_id is None:
        return None
    return Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()


def every_language_tags() -> list[str]:
    return [pages_tag(code) for code in Locale.objects.values_list("language_code", flat=True)]


def language_tags(locale: str | None) -> list[str]:
    """The listings that may show content of ``locale``: with locale fallback on, every
    language's (each shows the default language's content where its own is missing)."""
    if locale is None or content_settings().locale_fallback:
        return every_language_tags()
    return [pages_tag(locale)]


# What a page change touches.


def absolute(path: str | None) -> str | None:
    if not path:
        return None
    return settings.FRONTEND_BASE_URL.rstrip("/") + path


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
    tags = [page_tag(page.pk), *(page_tag(version.pk) for version in related)]
    tags.extend(language_tags(locale) if locale else [])
    urls = [url for url in map(absolute, paths) if url]
    return ContentChange(
        event=event,
        label=page._meta.label_lower,
        object_id=page.pk,
        locale=locale,
        title=page.title,
        urls=tuple(dict.fromkeys(urls)),
        tags=tuple(dict.fromkeys(tags)),
    )


# What a change of anything else touches.


def showing(instance: models.Model) -> list[str]:
    """The tags of the live pages and the snippets whose fields show ``instance``, from
    Wagtail's reference index; every language's listings when more than
    ``MAX_NAMED_REFERENCES`` do."""
    sources = list(
        ReferenceIndex.get_references_to(instance)
        .values_list("content_type_id", "base_content_type_id", "object_id")
        .distinct()[: MAX_NAMED_REFERENCES + 1]
    )
    if len(sources) > MAX_NAMED_REFERENCES:
        return every_language_tags()
    page_type = ContentType.objects.get_for_model(Page).pk
    page_ids = [int(object_id) for _, base, object_id in sources if base == page_type]
    live = Page.objects.live().filter(pk__in=page_ids).values_list("pk", flat=True)
    tags = [page_tag(pk) for pk in live]
    for content_type, base, object_id in sources:
        model = ContentType.objects.get_for_id(content_type).model_class()
        if base != page_type and model is not None:
            tags.append(snippet_tag(model._meta.label_lower, object_id))
    return tags


@functools.cache
def _linked_from_pages() -> frozenset[type[models.Model]]:
    """Snippet models that page models link to by a field of their own: page listings filter
    and count by them (facets) and read their names without resolving them."""
    snippets = set(get_snippet_models())
    return frozenset(
        model_field.related_model
        for page_model in get_page_models()
        for model_field in page_model._meta.get_fields()
        if model_field.is_relation
        and not model_field.auto_created
        and model_field.related_model in snippets
    )


def media_models() -> tuple[type[models.Model], ...]:
    return (get_image_model(), get_document_model())


def visibility_tags() -> list[str]:
    """What may show an image or a document: every language's page answers (page fields,
    ``image``) and the image and document listings."""
    return [
        *every_language_tags(),
        *(snippets_tag(model._meta.label_lower) for model in media_models()),
    ]


def object_change(
    event: str,
    instance: models.Model,
    *,
    shown_by: list[str] | None = None,
    visibility_changed: bool = False,
) -> ContentChange:
    """The change of a snippet, setting, redirect, image, document or site (see the module's
    docstring). It has no URL of its own; frontends purge by tag (the site footer and menu are
    on every page). ``shown_by``: the tags of what shows it, when worked out before a delete
    (``showing``); ``visibility_changed``: an image or document moved to another collection."""
    label = instance._meta.label_lower
    locale = _locale_code(getattr(instance, "locale_id", None))
    tags = [snippet_tag(label, instance.pk), snippets_tag(label)]
    tags.extend(showing(instance) if shown_by is None else shown_by)
    if type(instance) in _linked_from_pages():
        tags.extend(language_tags(locale))
    if isinstance(instance, Redirect | Site):
        tags.extend(every_language_tags())
    if visibility_changed:
        tags.extend(visibility_tags())
    return ContentChange(
        event=event,
        label=label,
        object_id=instance.pk,
        locale=locale,
        title=str(instance)[:255],
        tags=tuple(dict.fromkeys(tags)),
    )


def collection_change(event: str, collection: models.Model) -> ContentChange:
    """A collection saved, moved, deleted, or made private or public: the images and documents
    in and below it may have become private or public, wherever they are shown."""
    label = collection._meta.label_lower
    return ContentChange(
        event=event,
        label=label,
        object_id=collection.pk,
        locale=None,
        title=collection.name,
        tags=tuple(dict.fromkeys([snippet_tag(label, collection.pk), *visibility_tags()])),
    )


# Announcing.


def announce(change: ContentChange) -> None:
    """Send ``content_changed`` once the transaction commits (at once outside one)."""
    transaction.on_commit(
        lambda: content_changed.send(sender=ContentChange, change=change), robust=True
    )


def never_fails(receiver):
    """Working out a change must never fail the publish, move or save that caused it: a
    failure is logged and nothing is announced."""

    @functools.wraps(receiver)
    def guarded(*args, **kwargs):
        try:
            receiver(*args, **kwargs)
        except Exception:
            logger.exception("Could not announce a content change (%s).", receiver.__name__)

    return guarded
