"""The response cache's and HTTP caching's settings, read once (``cms.content.conf``)."""

from dataclasses import dataclass

from django.conf import settings

from cms.content.conf import cached_settings, content_settings

from .limits import limits_settings


@dataclass(frozen=True)
class CacheSettings:
    """How long public answers are kept, here and by HTTP caches, and what else a cached answer
    depends on: one object, so that each setting is read and defaulted in one place."""

    #: ``RESPONSE_CACHE``: keep anonymous query answers in the ``default`` cache.
    enabled: bool
    #: ``RESPONSE_CACHE_TIMEOUT``: seconds an answer is kept at most.
    timeout: int
    #: ``HTTP_CACHE_MAX_AGE``: ``max-age`` of public GET answers.
    http_max_age: int
    #: ``HTTP_CACHE_STALE_WHILE_REVALIDATE``: their ``stale-while-revalidate``.
    http_stale_while_revalidate: int
    #: ``LANGUAGE_CODE``: the locale of a root field asked for without one.
    default_language: str
    #: Settings that change what a document answers, in every cache key, so that a deployment
    #: changing them does not serve answers made under the old ones.
    fingerprint: tuple


@cached_settings
def cache_settings() -> CacheSettings:
    limits = limits_settings()
    return CacheSettings(
        enabled=getattr(settings, "RESPONSE_CACHE", True),
        timeout=getattr(settings, "RESPONSE_CACHE_TIMEOUT", 300),
        http_max_age=getattr(settings, "HTTP_CACHE_MAX_AGE", 60),
        http_stale_while_revalidate=getattr(settings, "HTTP_CACHE_STALE_WHILE_REVALIDATE", 300),
        default_language=settings.LANGUAGE_CODE,
        fingerprint=(
            getattr(settings, "HEADLESS_INTROSPECTION", True),
            content_settings().locale_fallback,
            limits.depth,
            limits.cost,
            limits.aliases,
            limits.root_fields,
            limits.field_repeats,
            settings.LANGUAGE_CODE,
            getattr(settings, "FRONTEND_BASE_URL", ""),
        ),
    )
