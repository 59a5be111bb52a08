"""The response cache: anonymous GraphQL query answers kept in the Django cache.

Response cache
    An anonymous query's answer is kept in the ``default`` cache (Redis in production) for
    ``RESPONSE_CACHE_TIMEOUT`` seconds under a key made of the operation (its persisted hash,
    or the document as graphql-core prints it, so layout does not matter), ``operationName``,
    the variables as canonical JSON, the response media type and the host. Preview answers
    (any ``token`` argument or variable), logged-in users, answers with ``errors`` and
    non-200 answers are never kept (``caching_documents`` says which requests may be).

    While a query runs, ``caching_tags.CacheTagsMiddleware`` notes what it read, as the tags of
    ``cms.content.changes``. An entry keeps its tags and the number of the latest content
    change before its query ran, and is served only while none of its tags has changed since:
    a change drops exactly the answers that showed it, and an answer computed while a change
    was committed is never served.

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

Expiry
    The API hides a page the moment its ``expire_at`` passes, with no signal to announce it.
    So no answer is kept, in this cache or by HTTP caches (``caching_http``), past the next
    ``expire_at`` of a live page: lifetimes are cut to end there. The next expiry is kept in
    the cache under the current change number, so a change (or a Redis that missed one) never
    leaves it stale.

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

from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Min
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Page

from cms.content.changes import ContentChange

from .caching_conf import cache_settings
from .caching_documents import document_info, is_public
from .caching_tags import COLLECTOR_ATTR, TagCollector
from .models import CacheTagChange, ContentGeneration, tag_key

logger = logging.getLogger(__name__)

#: Bumped when the layout of keys or entries changes, so old entries are never read.
KEY_FORMAT = 2
ENTRY_PREFIX = f"rc{KEY_FORMAT}:entry:"
#: The request attribute holding the change number its answer is current at, once known.
GENERATION_ATTR = "_response_cache_generation"
#: Most tag changes a hit reads; an entry older than more changes than this is recomputed.
MAX_CHANGES_READ = 200


def response_cache_enabled() -> bool:
    return cache_settings().enabled


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
        timeout = lifetime(cache_settings().timeout, generation=generation)
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
            cache_settings().fingerprint,
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
            cache_settings().timeout,
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
        _cache_call("set", key, moment, cache_settings().timeout)
    if moment == NO_EXPIRY:
        return None
    return max(0.0, moment - time.time())


def lifetime(seconds: int, *, generation: int | None = None) -> int:
    """``seconds``, or fewer when a live page expires before they are up."""
    remaining = seconds_until_next_expiry(generation=generation)
    if remaining is None:
        return seconds
    return min(seconds, math.floor(remaining))
