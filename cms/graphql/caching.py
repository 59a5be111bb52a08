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

The cost of a hit does not grow with the answer
    A hit is one cache read and one SQL query, whatever the answer's size and however many
    tags it has. The entry holds the body as the bytes sent, its strong ETag (computed when it
    was kept), the next page expiry read at its change number, and its tags as one string:
    the few tags changed since (usually none) are checked against it, and it is split into a
    set only when there are any.

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
from functools import cache as cache_function

from django.core.cache import cache
from django.db import DatabaseError, connections
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
KEY_FORMAT = 3
ENTRY_PREFIX = f"rc{KEY_FORMAT}:entry:"
#: The request attribute holding the change number its answer is current at, once known.
GENERATION_ATTR = "_response_cache_generation"
#: The request attribute holding the next page expiry known at that number: (number, moment).
EXPIRY_ATTR = "_response_cache_next_expiry"
#: The request attribute holding a kept answer's (content type, ETag), computed when it was kept.
ETAG_ATTR = "_response_cache_etag"
#: Between an entry's tags. No tag holds one (an answer whose tags would is not kept).
TAG_SEPARATOR = "\n"
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
    #: The answer's ``Content-Type``, which its ETag covers.
    content_type: str = "application/json"
    collector: TagCollector = field(default_factory=TagCollector)

    def lookup(self) -> bytes | None:
        """The cached body, if there is one and none of its tags changed since it was made."""
        try:
            return self._lookup()
        except DatabaseError as error:
            logger.warning("Response cache: changes unreadable (%s): serving uncached", error)
        except Exception:
            logger.exception("Response cache lookup failed: serving uncached")
        return None

    def _lookup(self) -> bytes | None:
        entry = _cache_call("get", self.key)
        if not isinstance(entry, dict) or not isinstance(entry.get("body"), bytes):
            return None
        # The entry's own end, kept by this server's clock: it holds even where the cache's
        # expiry runs on another clock (Redis), e.g. when a page expires.
        if entry.get("until", math.inf) <= time.time():
            return None
        made_at = entry.get("generation")
        if not isinstance(made_at, int):
            return None
        changed = changed_since(made_at)
        if len(changed) >= MAX_CHANGES_READ:
            return None
        if changed:
            # Every change after made_at is among these: the latest is the current number.
            self._current_at(max(generation for _, generation in changed))
            tags = entry.get("tags")
            if not isinstance(tags, str):
                return None
            if not set(tags.split(TAG_SEPARATOR)).isdisjoint(tag for tag, _ in changed):
                return None
        else:
            # Nothing changed: the number, and the next expiry read at it, are the entry's.
            self._current_at(made_at)
            self._note(EXPIRY_ATTR, (made_at, entry.get("expiry")))
        self._note(ETAG_ATTR, (self.content_type, entry.get("etag")))
        return entry["body"]

    def _note(self, attribute: str, value) -> None:
        if self.request is not None:
            setattr(self.request, attribute, value)

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
        joined = TAG_SEPARATOR.join(tags)
        if tags and joined.count(TAG_SEPARATOR) != len(tags) - 1:
            return False  # a tag holding the separator could not be told apart
        generation = collector.generation
        if generation is None:
            if tags:  # tags are noted only after the number was read
                return False
            generation = ContentGeneration.current()  # the answer read no content
        self._current_at(generation)
        expiry = next_expiry(generation=generation)
        self._note(EXPIRY_ATTR, (generation, expiry))
        timeout = lifetime(cache_settings().timeout, generation=generation, expiry=expiry)
        if timeout <= 0:
            return False
        content = body.encode()
        etag = etag_of(self.content_type, content)
        self._note(ETAG_ATTR, (self.content_type, etag))
        entry = {
            "body": content,
            "etag": etag,
            "tags": joined,
            "generation": generation,
            "expiry": expiry,
            "until": time.time() + timeout,
        }
        _cache_call("set", self.key, entry, timeout)
        return True


@cache_function
def _changed_since_sql(vendor: str) -> str:
    """``CacheTagChange.changed_since``'s SQL, with the limit, built once per process: building
    the queryset would cost a hit more than running it."""
    del vendor  # the key: one text per database backend
    queryset = CacheTagChange.objects.filter(generation__gt=0).values_list("tag", "generation")
    sql, params = queryset[:MAX_CHANGES_READ].query.sql_with_params()
    if params != (0,):
        raise ValueError(f"Unexpected parameters for the tag changes' query: {params!r}")
    return sql


def changed_since(generation: int) -> list[tuple[str, int]]:
    """``CacheTagChange.changed_since(generation, limit=MAX_CHANGES_READ)``, as one SQL query
    whose text was built once (``_changed_since_sql``)."""
    connection = connections[CacheTagChange.objects.db]
    with connection.cursor() as cursor:
        cursor.execute(_changed_since_sql(connection.vendor), (generation,))
        return [(tag, number) for tag, number in cursor.fetchall()]


def etag_of(content_type: str, content: bytes) -> str:
    """The strong ETag of an answer: a hash of its media type and its bytes."""
    digest = hashlib.sha256()
    digest.update(content_type.encode())
    digest.update(b"\n")
    digest.update(content)
    return f'"{digest.hexdigest()}"'


def cached_query(
    request: HttpRequest,
    *,
    query: str | None,
    variables: dict | None,
    operation_name: str | None,
    persisted_hash: str | None,
    media_type: str,
    content_type: str,
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
        key=ENTRY_PREFIX + hashlib.sha256(material.encode()).hexdigest(),
        request=request,
        content_type=content_type,
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


def next_expiry(*, generation: int | None = None) -> float:
    """The moment the next live page expires, or ``NO_EXPIRY``. Kept in the cache under the
    current change number (``generation``, read when not given), so a cache hit runs no more
    SQL for it and no change leaves it stale."""
    if generation is None:
        generation = ContentGeneration.current()
    key = f"{NEXT_EXPIRY_PREFIX}{generation}"
    moment = _cache_call("get", key)
    if not isinstance(moment, float) or (moment != NO_EXPIRY and moment <= time.time()):
        next_moment = Page.objects.filter(live=True, expire_at__gt=timezone.now()).aggregate(
            moment=Min("expire_at")
        )["moment"]
        moment = next_moment.timestamp() if next_moment else NO_EXPIRY
        _cache_call("set", key, moment, cache_settings().timeout)
    return moment


def seconds_until_next_expiry(
    *, generation: int | None = None, expiry: float | None = None
) -> float | None:
    """Seconds until the next live page expires (0 when that moment has just passed), or None
    when none is set to. ``expiry`` is the moment already read at ``generation``, if known."""
    if not isinstance(expiry, float) or (expiry != NO_EXPIRY and expiry <= time.time()):
        expiry = next_expiry(generation=generation)
    if expiry == NO_EXPIRY:
        return None
    return max(0.0, expiry - time.time())


def lifetime(seconds: int, *, generation: int | None = None, expiry: float | None = None) -> int:
    """``seconds``, or fewer when a live page expires before they are up."""
    remaining = seconds_until_next_expiry(generation=generation, expiry=expiry)
    if remaining is None:
        return seconds
    return min(seconds, math.floor(remaining))


def known_expiry(request: HttpRequest, generation: int | None) -> float | None:
    """The next page expiry this request already read at ``generation``, if it did."""
    known = getattr(request, EXPIRY_ATTR, None)
    if generation is None or not isinstance(known, tuple) or known[0] != generation:
        return None
    return known[1]


def known_etag(request: HttpRequest, content_type: str) -> str | None:
    """The ETag computed when the answer to ``request`` was kept, if it has ``content_type``."""
    known = getattr(request, ETAG_ATTR, None)
    if not isinstance(known, tuple) or known[0] != content_type or not isinstance(known[1], str):
        return None
    return known[1]
