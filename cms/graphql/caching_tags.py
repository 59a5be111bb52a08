"""What a query read, noted while it runs, as the tags of ``cms.content.changes``.

``page:<id>`` for every page whose fields it resolved, ``snippet:<label>:<id>`` for every other
model instance (an inline child counts as its page or snippet, a rendition as its image), and,
for each root field, the tags its registration declares (``registry.CacheTags``):
``pages:<locale>`` for root fields that look pages up, list or search them, and
``snippets:<label>`` for root snippet listings. A root field without declared tags is refused,
never tagged by a guess.
"""

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from django.db import DatabaseError, models
from modelcluster.fields import ParentalKey
from wagtail.images.models import AbstractRendition
from wagtail.models import Locale, Page, Site

from cms.content.changes import page_tag, pages_tag, snippet_tag, snippets_tag
from cms.content.conf import content_settings

from .caching_conf import cache_settings
from .models import ContentGeneration
from .registry import root_field_tags

logger = logging.getLogger(__name__)

#: The request attribute holding the tags collected while its query runs.
COLLECTOR_ATTR = "_response_cache_tags"
#: GraphQL's own root fields: they read the schema, no content.
INTROSPECTION_FIELDS = frozenset({"__typename", "__schema", "__type"})


@dataclass
class TagCollector:
    """What a query read, and the change number current before it read anything (``None``
    until its first field resolves; ``failed`` when the database could not say)."""

    tags: set[str] = field(default_factory=set)
    objects: set[tuple[type, Any]] = field(default_factory=set)
    generation: int | None = None
    failed: bool = False

    def start(self) -> None:
        if self.generation is not None or self.failed:
            return
        try:
            self.generation = ContentGeneration.current()
        except DatabaseError as error:
            self.failed = True
            logger.warning("Response cache: change number unreadable (%s): not kept", error)

    def add_root_field(self, name: str, arguments: dict[str, Any]) -> None:
        if name in INTROSPECTION_FIELDS:
            return
        declared = root_field_tags(name)
        if declared.locale_pages:
            default = cache_settings().default_language
            locale = arguments.get("locale") or default
            self.tags.add(pages_tag(str(locale).strip()))
            if content_settings().locale_fallback:
                self.tags.add(pages_tag(default))
        for model in declared.snippet_models:
            self.tags.add(snippets_tag(model._meta.label_lower))

    def all_tags(self) -> set[str]:
        tags = set(self.tags)
        for cls, pk in self.objects:
            tag = _object_tag(cls, pk)
            if tag is not None:
                tags.add(tag)
        return tags


@lru_cache(maxsize=256)
def _owner(cls: type) -> tuple[type, str] | None:
    """The model whose change covers ``cls``'s instances, and the attribute holding its id: a
    ParentalKey's target (inline children are saved with their page or snippet), a
    rendition's image."""
    if issubclass(cls, AbstractRendition):
        return cls._meta.get_field("image").related_model, "image_id"
    for model_field in cls._meta.get_fields():
        if isinstance(model_field, ParentalKey):
            return model_field.related_model, model_field.attname
    return None


def _object_tag(cls: type, pk: Any) -> str | None:
    if pk is None or issubclass(cls, Locale | Site):
        return None
    if issubclass(cls, Page):
        return page_tag(pk)
    return snippet_tag(cls._meta.label_lower, pk)


class CacheTagsMiddleware:
    """A graphene middleware noting, for the response cache, what a query read: every root
    field (with its arguments) and every model instance whose fields were resolved.

    It costs an attribute lookup per field when the request is not being cached."""

    def resolve(self, next_, root, info, **kwargs):
        collector: TagCollector | None = getattr(info.context, COLLECTOR_ATTR, None)
        if collector is None:
            return next_(root, info, **kwargs)
        collector.start()
        if isinstance(root, models.Model):
            owner = _owner(root.__class__)
            if owner is None:
                collector.objects.add((root.__class__, root.pk))
            else:
                collector.objects.add((owner[0], getattr(root, owner[1])))
        elif info.parent_type is info.schema.query_type:
            collector.add_root_field(info.field_name, kwargs)
        value = next_(root, info, **kwargs)
        if info.field_name == "alternates" and isinstance(root, Page):
            # hreflang links to the translations: their URLs are part of the answer.
            for translation in getattr(root, "public_translations", ()):
                collector.objects.add((Page, translation.pk))
        return value
