"""A Redis cache that is optional: with Redis down, refused or frozen, the site keeps serving,
uncached, at full speed.

Django's ``RedisCache`` raises on every call when the server cannot be reached, and waits as
long as its socket allows when the server accepts connections but does not answer (a stopped
or overloaded Redis). Wagtail reads the cache on every request, so either would take the API
down with it. Here:

- connecting and every read are bounded by short timeouts (``socket_connect_timeout`` and
  ``socket_timeout`` in ``OPTIONS``, well under a second: Redis answers in a millisecond);
- a refused connection, a timeout or a broken connection opens a circuit breaker: for
  ``circuit_breaker_seconds`` (an option of this backend, not of redis-py) no call goes to
  Redis at all, reads are misses and writes are not done, at once. Then one call tries again;
  if it succeeds the breaker closes. Opening and closing are each logged as one warning line,
  without a traceback, once per process and server rather than once per call;
- any other Redis error (a full Redis refusing writes, for instance) is served as a miss
  without opening the breaker (the server is there), and logged as one line at most once per
  ``circuit_breaker_seconds``.

``/healthz`` still reports the cache as broken, since a write that was not done reads back as a
miss.
"""

import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

#: Seconds to wait for a connection, and for each answer; a Redis on the same network answers
#: in about a millisecond.
DEFAULT_CONNECT_TIMEOUT = 0.25
DEFAULT_SOCKET_TIMEOUT = 0.5
#: Seconds without any call to Redis after it failed to answer.
DEFAULT_BREAKER_SECONDS = 5.0

#: What says the server cannot be reached (rather than that it refused one command). redis-py
#: wraps socket errors in its own; ``OSError`` catches any that it does not.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class CircuitBreaker:
    """Whether calls to one Redis server may be tried, shared by every thread of a process.

    Closed, every call is tried. After a call found the server unreachable it is open: no call
    is tried for ``cooldown`` seconds. Then one call at a time is let through; the first that
    succeeds closes it, one that fails opens it again for another ``cooldown``.
    """

    def __init__(self, name: str, cooldown: float, clock: Callable[[], float] = time.monotonic):
        self.name = name
        self.cooldown = cooldown
        self.clock = clock
        self._lock = threading.Lock()
        self._down_since: float | None = None
        self._retry_at = 0.0
        self._trying = False
        self._quiet_until = -float("inf")

    @property
    def is_open(self) -> bool:
        return self._down_since is not None

    def allow(self) -> bool:
        if self._down_since is None:  # the common case, without taking the lock
            return True
        with self._lock:
            if self._down_since is None:
                return True
            if self._trying or self.clock() < self._retry_at:
                return False
            self._trying = True
            return True

    def succeeded(self) -> None:
        if self._down_since is None:
            return
        with self._lock:
            if self._down_since is None:
                return
            down_for = self.clock() - self._down_since
            self._down_since, self._trying = None, False
        logger.warning(
            "Redis cache %s answers again after %.1f s: caching resumed.", self.name, down_for
        )

    def failed(self, error: BaseException) -> None:
        with self._lock:
            now = self.clock()
            opening = self._down_since is None
            if opening:
                self._down_since = now
            self._retry_at, self._trying = now + self.cooldown, False
        if opening:
            logger.warning(
                "Redis cache %s unreachable (%s: %s): serving without the cache, trying again "
                "every %g s.",
                self.name,
                type(error).__name__,
                error,
                self.cooldown,
            )

    def refused(self, operation: str, error: BaseException) -> None:
        """The server answered ``operation`` with an error: logged, but not every time."""
        with self._lock:
            now = self.clock()
            if now < self._quiet_until:
                return
            self._quiet_until = now + self.cooldown
        logger.warning(
            "Redis cache %s: %s failed (%s: %s): served without the cache (the same is not "
            "logged again for %g s).",
            self.name,
            operation,
            type(error).__name__,
            error,
            self.cooldown,
        )


_breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(name: str, cooldown: float) -> CircuitBreaker:
    """The process's breaker for the server ``name``. Django makes a cache object per thread;
    they share it, so an outage is noticed, and logged, once."""
    with _breakers_lock:
        breaker = _breakers.get(name)
        if breaker is None:
            breaker = _breakers[name] = CircuitBreaker(name, cooldown)
        breaker.cooldown = cooldown
        return breaker


def _without_credentials(location: str) -> str:
    parts = urlsplit(location)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc))


def _guarded(method_name: str, fallback):
    def method(self, *args, **kwargs):
        breaker = self.breaker
        if breaker.allow():
            reachable = True
            try:
                return getattr(super(ResilientRedisCache, self), method_name)(*args, **kwargs)
            except UNREACHABLE as error:
                reachable = False
                breaker.failed(error)
            except RedisError as error:
                breaker.refused(method_name, error)
            finally:
                if reachable:
                    breaker.succeeded()
        return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = method_name
    return method


def _default_argument(key, default=None, *args, **kwargs):
    return default


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's Redis client with one ``redis.Redis`` per connection pool. Django's makes a new
    one for every call, and building its table of response callbacks cost more CPU than the
    call itself (a response-cache hit is one call). A ``redis.Redis`` holds no connection of
    its own (each command takes one from the pool) and is safe to share between threads."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))  # pools are kept for the client's life
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """Django's Redis cache with timeouts and a circuit breaker: see the module docstring."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        cooldown = float(options.pop("circuit_breaker_seconds", DEFAULT_BREAKER_SECONDS))
        options.setdefault("socket_connect_timeout", DEFAULT_CONNECT_TIMEOUT)
        options.setdefault("socket_timeout", DEFAULT_SOCKET_TIMEOUT)
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusingRedisCacheClient
        self.breaker = breaker_for(
            ", ".join(_without_credentials(location) for location in self._servers), cooldown
        )

    get = _guarded("get", _default_argument)
    get_many = _guarded("get_many", {})
    has_key = _guarded("has_key", False)
    set = _guarded("set", None)
    set_many = _guarded("set_many", lambda data, *args, **kwargs: list(data))
    add = _guarded("add", False)
    touch = _guarded("touch", False)
    delete = _guarded("delete", False)
    delete_many = _guarded("delete_many", None)
    incr = _guarded("incr", None)
    clear = _guarded("clear", None)
