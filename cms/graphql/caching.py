"""Caching of public answers: GraphQL results in the Django cache, and HTTP caching headers.

Response cache
    An anonymous query's answer is kept in the ``default`` cache (Redis in production) for
    ``RESPONSE_CACHE_TIMEOUT`` seconds under a key made of the operation (its persisted hash,
    or the document as graphql-core prints it, so layout does not matter), ``operationName``,
    the variables as canonical JSON, the response media type and the host. Preview answers
    (any ``token`` argument or variable), logged-in users, answers with ``errors`` and
    non-200 answers are never kept.

    While a query runs, ``CacheTagsMiddleware`` notes what it read, as the tags of
    ``cms.content.changes``: ``page:<id>`` for every page whose fields it resolved,
    ``snippet:<label>:<id>`` for every other model instance (an inline child counts as its
    page or snippet), ``pages:<locale>`` for root fields that look pages up, list or search
    them, and ``snippets:<label>`` for root snippet listings. An entry keeps its tags and the
    number of the latest content change before its query ran, and is served only while none
    of its tags has changed since: a change drops exactly the answers that showed it, and an
    answer computed while a change was committed is never served.

Invalidation survives Redis
    Which tag changed when is kept in the database (``models``), not in Redis: each
    ``content_changed`` gives its tags a new change number there, as soon as the change has
    committed, whether Redis is up, down or frozen. So an entry made before a change is never
    served after it, even by a Redis that missed the change or came back from a snapshot older
    than it. The price is one indexed query per cache hit (the tags changed since the entry's
    number, usually none); without a database the cache serves nothing. The number is read
    before a query's first field resolves, so everything the query reads is at least that
    recent. The change number is written once the change has committed, in a transaction of
    its own: a process killed between the two loses that one invalidation (the answers go
    stale for at most ``RESPONSE_CACHE_TIMEOUT``).

HTTP caching
    Public GET answers (GraphQL queries, the iCalendar feeds) get a strong ``ETag`` and
    ``Cache-Control: public, max-age=HTTP_CACHE_MAX_AGE,
    stale-while-revalidate=HTTP_CACHE_STALE_WHILE_REVALIDATE``, and ``If-None-Match`` is
    answered ``304 Not Modified``; everything else gets ``Cache-Control: private, no-store``.

Expiry
    The API hides a page the moment its ``expire_at`` passes, with no signal to announce it.
    So no answer is kept, in this cache or by HTTP caches, past the next ``expire_at`` of a
    live page: lifetimes are cut to end there. The next expiry is kept in the cache under the
    current change number, so a change (or a Redis that missed one) never leaves it stale.

The cache fails open: an error reading or writing it is logged (one line) and the request is
served uncached.
"""

import contextlib
import hashlib
import json
import logging
import math
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, models
from django.db.models import Min
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from graphql import (
    ArgumentNode,
    GraphQLError,
    OperationType,
    VariableDefinitionNode,
    parse,
    print_ast,
    visit,
)
from graphql.language import Visitor
from modelcluster.fields import ParentalKey
from wagtail.images.models import AbstractRendition
from wagtail.models import Locale, Page, Site

from cms.content.changes import ContentChange, page_tag, pages_tag, snippet_tag, snippets_tag

from .models import CacheTagChange, ContentGeneration, tag_key

logger = logging.getLogger(__name__)

#: Bumped when the layout of keys or entries changes, so old entries are never read.
KEY_FORMAT = 2
ENTRY_PREFIX = f"rc{KEY_FORMAT}:entry:"
#: The request attribute holding the tags collected while its query runs.
COLLECTOR_ATTR = "_response_cache_tags"
#: The request attribute holding the change number its answer is current at, once known.
GENERATION_ATTR = "_response_cache_generation"
#: Most tag changes a hit reads; an entry older than more changes than this is recomputed.
MAX_CHANGES_READ = 200

PREVIEW_ARGUMENT = "token"

#: Root fields that look up, list or search pages (or build answers from them) of one locale:
#: tagged ``pages:<locale>``, since a page published later may belong in the answer.
PAGE_ROOT_FIELDS = frozenset(
    {
        "page",
        "pages",
        "search",
        "projects",
        "events",
        "calendarMonth",
        "upcomingEvents",
        "sitemap",
        "redirects",
        "navigation",
        "mainMenu",
        "siteSettings",
    }
)
#: Root fields that list (or pick per locale) a snippet model: tagged ``snippets:<label>``.
SNIPPET_ROOT_FIELDS = {
    "targetGroups": ("project_pages.TargetGroup",),
    "fundingProgrammes": ("project_pages.FundingProgramme",),
    "eventCategories": ("calendar_app.EventCategory",),
    "venues": ("calendar_app.Venue",),
    "navigation": ("home.MainMenu",),
    "mainMenu": ("home.MainMenu",),
    "siteSettings": ("home.SiteFooter",),
    "images": ("wagtailimages.Image",),
}
#: Root fields whose answers depend on no content (the schema and the site's languages).
UNTAGGED_ROOT_FIELDS = frozenset({"__typename", "__schema", "__type", "locales", "imageType"})


# Settings.


def response_cache_enabled() -> bool:
    return getattr(settings, "RESPONSE_CACHE", True)


def response_cache_timeout() -> int:
    return getattr(settings, "RESPONSE_CACHE_TIMEOUT", 300)


# Which requests may be cached.


@dataclass(frozen=True)
class DocumentInfo:
    """What caching needs to know of a document: its normalized text's hash, whether it
    passes a preview token anywhere, and its operations (name, whether a query)."""

    digest: str
    has_token: bool
    operations: tuple[tuple[str | None, bool], ...]

    def is_query(self, operation_name: str | None) -> bool:
        if operation_name is None:
            return len(self.operations) == 1 and self.operations[0][1]
        return any(name == operation_name and query for name, query in self.operations)


class _TokenFinder(Visitor):
    def __init__(self):
        super().__init__()
        self.found = False

    def enter_argument(self, node: ArgumentNode, *_args):
        if node.name.value == PREVIEW_ARGUMENT:
            self.found = True

    def enter_variable_definition(self, node: VariableDefinitionNode, *_args):
        if node.variable.name.value == PREVIEW_ARGUMENT:
            self.found = True


@lru_cache(maxsize=512)
def document_info(text: str) -> DocumentInfo | None:
    """``None`` for a document that does not parse (its answer is an error anyway)."""
    try:
        document = parse(text, no_location=True)
    except GraphQLError:
        return None
    finder = _TokenFinder()
    visit(document, finder)
    operations = tuple(
        (
            definition.name.value if definition.name else None,
            definition.operation == OperationType.QUERY,
        )
        for definition in document.definitions
        if hasattr(definition, "operation")
    )
    digest = hashlib.sha256(print_ast(document).encode()).hexdigest()
    return DocumentInfo(digest=digest, has_token=finder.found, operations=operations)


def _mentions_token(value: Any) -> bool:
    if isinstance(value, dict):
        return any(
            name == PREVIEW_ARGUMENT or _mentions_token(item) for name, item in value.items()
        )
    if isinstance(value, list | tuple):
        return any(_mentions_token(item) for item in value)
    return False


def is_anonymous(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def is_public(request: HttpRequest, query: str | None, variables: dict | None) -> bool:
    """The answer is the same for everyone: an anonymous request that is not a preview."""
    if not is_anonymous(request) or _mentions_token(variables or {}):
        return False
    if query is None:
        return True
    info = document_info(query)
    return info is not None and not info.has_token


# Collecting tags while a query runs.


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
        if name in UNTAGGED_ROOT_FIELDS:
            return
        if name in PAGE_ROOT_FIELDS or name not in SNIPPET_ROOT_FIELDS:
            # Unknown root fields are assumed to show pages of their locale.
            locale = arguments.get("locale") or settings.LANGUAGE_CODE
            self.tags.add(pages_tag(str(locale).strip()))
            if getattr(settings, "HEADLESS_LOCALE_FALLBACK", False):
                self.tags.add(pages_tag(settings.LANGUAGE_CODE))
        for model_name in SNIPPET_ROOT_FIELDS.get(name, ()):
            label = _model_label(model_name)
            if label is not None:
                self.tags.add(snippets_tag(label))

    def all_tags(self) -> set[str]:
        tags = set(self.tags)
        for cls, pk in self.objects:
            tag = _object_tag(cls, pk)
            if tag is not None:
                tags.add(tag)
        return tags


@lru_cache(maxsize=64)
def _model_label(model_name: str) -> str | None:
    from django.apps import apps
    from wagtail.images import get_image_model

    try:
        model = (
            get_image_model() if model_name == "wagtailimages.Image" else apps.get_model(model_name)
        )
    except LookupError:
        return None
    return model._meta.label_lower


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


# The response cache.


def _cache_call(method: str, *args, default=None, **kwargs):
    """A cache call failing open: any error is logged, in one line, and answered with
    ``default``."""
    try:
        return getattr(cache, method)(*args, **kwargs)
    except Exception as error:
        logger.warning(
            "Response cache %s failed (%s: %s): serving uncached",
            method,
            type(error).__name__,
            error,
        )
        return default


def _settings_fingerprint() -> tuple:
    """Settings that change what a document answers, so that a deployment changing them does
    not serve answers made under the old ones."""
    return (
        getattr(settings, "HEADLESS_INTROSPECTION", True),
        getattr(settings, "HEADLESS_LOCALE_FALLBACK", False),
        getattr(settings, "HEADLESS_MAX_QUERY_DEPTH", None),
        getattr(settings, "HEADLESS_MAX_QUERY_COST", None),
        getattr(settings, "HEADLESS_MAX_ALIASES", None),
        getattr(settings, "HEADLESS_MAX_ROOT_FIELDS", None),
        getattr(settings, "HEADLESS_MAX_FIELD_REPEATS", None),
        settings.LANGUAGE_CODE,
        getattr(settings, "FRONTEND_BASE_URL", ""),
    )


@dataclass
class CachedQuery:
    """One cacheable request: its key, and what to keep once it has run."""

    key: str
    request: HttpRequest | None = None
    collector: TagCollector = field(default_factory=TagCollector)

    def lookup(self) -> str | None:
        """The cached body, if there is one and none of its tags changed since it was made."""
        try:
            return self._lookup()
        except DatabaseError as error:
            logger.warning("Response cache: changes unreadable (%s): serving uncached", error)
        except Exception:
            logger.exception("Response cache lookup failed: serving uncached")
        return None

    def _lookup(self) -> str | None:
        entry = _cache_call("get", self.key)
        if not isinstance(entry, dict) or not isinstance(entry.get("body"), str):
            return None
        # The entry's own end, kept by this server's clock: it holds even where the cache's
        # expiry runs on another clock (Redis), e.g. when a page expires.
        if entry.get("until", math.inf) <= time.time():
            return None
        made_at = entry.get("generation")
        if not isinstance(made_at, int):
            return None
        changed = CacheTagChange.changed_since(made_at, limit=MAX_CHANGES_READ)
        if len(changed) >= MAX_CHANGES_READ:
            return None
        # Every change after made_at is among these: the latest is the current number.
        self._current_at(max([made_at, *(generation for _, generation in changed)]))
        if not set(entry.get("tags", ())).isdisjoint(tag for tag, _ in changed):
            return None
        return entry["body"]

    def _current_at(self, generation: int) -> None:
        """Note the change number current before the answer was read or made: for its query,
        if it runs, and for its HTTP lifetime."""
        if self.collector.generation is None:
            self.collector.generation = generation
        if self.request is not None:
            setattr(self.request, GENERATION_ATTR, generation)

    @contextlib.contextmanager
    def collecting(self, request: HttpRequest) -> Iterator[TagCollector]:
        setattr(request, COLLECTOR_ATTR, self.collector)
        try:
            yield self.collector
        finally:
            with contextlib.suppress(AttributeError):
                delattr(request, COLLECTOR_ATTR)

    def store(self, body: str) -> bool:
        """Keep ``body`` with its tags and the change number current before it was made."""
        try:
            return self._store(body)
        except DatabaseError as error:
            logger.warning("Response cache: changes unreadable (%s): answer not kept", error)
        except Exception:
            logger.exception("Response cache store failed: the answer is not kept")
        return False

    def _store(self, body: str) -> bool:
        collector = self.collector
        if collector.failed:
            return False
        tags = sorted({tag_key(tag) for tag in collector.all_tags()})
        generation = collector.generation
        if generation is None:
            if tags:  # tags are noted only after the number was read
                return False
            generation = ContentGeneration.current()  # the answer read no content
        self._current_at(generation)
        timeout = lifetime(response_cache_timeout(), generation=generation)
        if timeout <= 0:
            return False
        entry = {
            "body": body,
            "tags": tags,
            "generation": generation,
            "until": time.time() + timeout,
        }
        _cache_call("set", self.key, entry, timeout)
        return True


def cached_query(
    request: HttpRequest,
    *,
    query: str | None,
    variables: dict | None,
    operation_name: str | None,
    persisted_hash: str | None,
    media_type: str,
) -> CachedQuery | None:
    """The response cache's handle on this request, or ``None`` when it must not be cached."""
    if not response_cache_enabled() or query is None:
        return None
    if not is_public(request, query, variables):
        return None
    info = document_info(query)
    if info is None or not info.is_query(operation_name):
        return None
    try:
        canonical_variables = json.dumps(
            variables or {}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
    except (TypeError, ValueError):
        return None
    operation = f"persisted:{persisted_hash}" if persisted_hash else f"document:{info.digest}"
    material = json.dumps(
        [
            operation,
            operation_name,
            canonical_variables,
            media_type,
            request.get_host(),
            bool(request.GET.get("pretty")),
            _settings_fingerprint(),
        ],
        separators=(",", ":"),
        default=str,
    )
    return CachedQuery(
        key=ENTRY_PREFIX + hashlib.sha256(material.encode()).hexdigest(), request=request
    )


def invalidate(tags: Iterable[str]) -> None:
    """Drop every cached answer that showed any of ``tags``: they get a new change number in
    the database, which every hit checks. Redis plays no part, so this holds while it is down."""
    tags = list(tags)
    if not tags:
        return
    try:
        CacheTagChange.record(tags)
    except DatabaseError as error:
        logger.error(
            "Response cache: could not record the change of %s (%s); cached answers may be "
            "stale for up to %s seconds",
            ", ".join(sorted(tags)),
            error,
            response_cache_timeout(),
        )


def invalidate_on_change(sender, change: ContentChange, **kwargs) -> None:
    """Receiver of ``cms.content.changes.content_changed``."""
    invalidate(change.tags)


# Expiry.

#: Followed by the change number the moment was read at: a change moves on to a new key.
NEXT_EXPIRY_PREFIX = f"rc{KEY_FORMAT}:next-expiry:"
#: Stored when no live page has an ``expire_at`` ahead.
NO_EXPIRY = 0.0


def seconds_until_next_expiry(*, generation: int | None = None) -> float | None:
    """Seconds until the next live page expires (0 when that moment has just passed), or None
    when none is set to. Kept in the cache under the current change number (``generation``,
    read when not given), so a cache hit runs no more SQL for it and no change leaves it
    stale."""
    if generation is None:
        generation = ContentGeneration.current()
    key = f"{NEXT_EXPIRY_PREFIX}{generation}"
    moment = _cache_call("get", key)
    if moment is None or (moment != NO_EXPIRY and moment <= time.time()):
        next_expiry = Page.objects.filter(live=True, expire_at__gt=timezone.now()).aggregate(
            moment=Min("expire_at")
        )["moment"]
        moment = next_expiry.timestamp() if next_expiry else NO_EXPIRY
        _cache_call("set", key, moment, response_cache_timeout())
    if moment == NO_EXPIRY:
        return None
    return max(0.0, moment - time.time())


def lifetime(seconds: int, *, generation: int | None = None) -> int:
    """``seconds``, or fewer when a live page expires before they are up."""
    remaining = seconds_until_next_expiry(generation=generation)
    if remaining is None:
        return seconds
    return min(seconds, math.floor(remaining))


# HTTP caching.


def http_cache_control(*, generation: int | None = None) -> dict[str, int | bool]:
    """Public lifetimes from the settings, cut so that neither the fresh nor the stale lifetime
    reaches past the next page expiry."""
    max_age = getattr(settings, "HTTP_CACHE_MAX_AGE", 60)
    stale = getattr(settings, "HTTP_CACHE_STALE_WHILE_REVALIDATE", 300)
    until_expiry = lifetime(max_age + stale, generation=generation)
    return {
        "public": True,
        "max_age": min(max_age, until_expiry),
        "stale_while_revalidate": max(0, until_expiry - max_age),
    }


def etag_for(response: HttpResponse) -> str:
    digest = hashlib.sha256()
    digest.update(response.get("Content-Type", "").encode())
    digest.update(b"\n")
    digest.update(response.content)
    return f'"{digest.hexdigest()}"'


def public_response(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A public GET answer made cacheable by browsers and CDNs: ``ETag``, ``Cache-Control``,
    and ``304 Not Modified`` for an ``If-None-Match`` that matches it."""
    response["ETag"] = etag_for(response)
    generation = getattr(request, GENERATION_ATTR, None)
    patch_cache_control(response, **http_cache_control(generation=generation))
    return get_conditional_response(request, etag=response["ETag"], response=response)


def private_response(response: HttpResponse) -> HttpResponse:
    """An answer no cache may keep. A ``Cache-Control`` already set is kept."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_store=True)
    return response


def vary_on(response: HttpResponse, headers: Iterable[str]) -> None:
    patch_vary_headers(response, list(headers))
