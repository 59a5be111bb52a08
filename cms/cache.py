"""A Redis cache that is optional: with Redis down, the site keeps serving, uncached.

Django's ``RedisCache`` raises on every call when the server cannot be reached, and Wagtail
reads the cache on every request (site root paths), so a Redis outage would take the API down
with it. Here each operation that fails is logged and treated as a miss (reads) or as not done
(writes); ``/healthz`` still reports the cache as broken, since a failed write reads back as a
miss.
"""

import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _fail_open(method_name: str, fallback):
    def method(self, *args, **kwargs):
        try:
            return getattr(super(ResilientRedisCache, self), method_name)(*args, **kwargs)
        except RedisError:
            logger.warning("Cache %s failed: serving without the cache", method_name, exc_info=True)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = method_name
    return method


def _default_argument(key, default=None, *args, **kwargs):
    return default


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, failing open: see the module docstring."""

    get = _fail_open("get", _default_argument)
    get_many = _fail_open("get_many", {})
    has_key = _fail_open("has_key", False)
    set = _fail_open("set", None)
    set_many = _fail_open("set_many", lambda data, *args, **kwargs: list(data))
    add = _fail_open("add", False)
    touch = _fail_open("touch", False)
    delete = _fail_open("delete", False)
    delete_many = _fail_open("delete_many", None)
    incr = _fail_open("incr", None)
    clear = _fail_open("clear", None)
