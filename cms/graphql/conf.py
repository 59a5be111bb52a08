"""The GraphQL API's settings, read and defaulted in one place (``cms.content.conf``).

The limits on queries (``HEADLESS_MAX_QUERY_COST`` and the like) and the caching settings are
read by ``cms.graphql.limits`` and ``cms.graphql.caching``.
"""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from cms.content.conf import cached_settings

DEFAULT_MAX_JSON_DEPTH = 32
DEFAULT_MAX_DOCUMENT_BYTES = 16_384
DEFAULT_PREVIEW_MAX_AGE = 60 * 60
DEFAULT_SITEMAP_MAX_PER_PAGE = 1000
DEFAULT_PERSISTED_QUERIES_CACHE_TIMEOUT = 60 * 60


@dataclass(frozen=True)
class ApiSettings:
    """What a request to ``/graphql/`` may send, where the frontend contract lives, and how
    persisted operations and draft previews are served."""

    #: ``HEADLESS_MAX_JSON_DEPTH``: arrays and objects a JSON request body (or a
    #: ``variables``/``extensions`` URL parameter) may nest.
    max_json_depth: int
    #: ``HEADLESS_MAX_DOCUMENT_BYTES``: the largest GraphQL document (UTF-8).
    max_document_bytes: int
    #: ``HEADLESS_MAX_BODY_BYTES``: the largest POST body; by default four times the largest
    #: document, room enough for its JSON escapes and the variables.
    max_body_bytes: int
    #: ``HEADLESS_CONTRACT_DIR``: the frontend contract's files; by default
    #: ``frontend_contract/`` beside the project (``BASE_DIR``, which a host site may not set).
    contract_dir: Path
    #: ``HEADLESS_PREVIEW_MAX_AGE``: seconds a draft preview token stays valid.
    preview_max_age: int
    #: ``HEADLESS_SITEMAP_MAX_PER_PAGE``: the largest page of the sitemap and redirects lists.
    sitemap_max_per_page: int
    #: ``HEADLESS_PERSISTED_QUERIES_ONLY``: run only the manifest's documents.
    persisted_queries_only: bool
    #: ``HEADLESS_PERSISTED_QUERIES_MANIFEST``: the persisted-operations manifest, if any.
    persisted_queries_manifest: Path | None
    #: ``HEADLESS_PERSISTED_QUERIES_CACHE_TIMEOUT``: seconds a registered document is kept.
    persisted_queries_cache_timeout: int
    #: ``HEADLESS_GRAPHIQL``: serve GraphiQL to a browser that opens ``/graphql/``.
    graphiql: bool
    #: ``HEADLESS_INTROSPECTION``: answer introspection queries.
    introspection: bool


@cached_settings
def api_settings() -> ApiSettings:
    max_document_bytes = getattr(
        settings, "HEADLESS_MAX_DOCUMENT_BYTES", DEFAULT_MAX_DOCUMENT_BYTES
    )
    manifest = getattr(settings, "HEADLESS_PERSISTED_QUERIES_MANIFEST", None)
    return ApiSettings(
        max_json_depth=getattr(settings, "HEADLESS_MAX_JSON_DEPTH", DEFAULT_MAX_JSON_DEPTH),
        max_document_bytes=max_document_bytes,
        max_body_bytes=getattr(settings, "HEADLESS_MAX_BODY_BYTES", None) or 4 * max_document_bytes,
        contract_dir=Path(
            getattr(settings, "HEADLESS_CONTRACT_DIR", None)
            or Path(getattr(settings, "BASE_DIR", ".")) / "frontend_contract"
        ),
        preview_max_age=getattr(settings, "HEADLESS_PREVIEW_MAX_AGE", DEFAULT_PREVIEW_MAX_AGE),
        sitemap_max_per_page=getattr(
            settings, "HEADLESS_SITEMAP_MAX_PER_PAGE", DEFAULT_SITEMAP_MAX_PER_PAGE
        ),
        persisted_queries_only=getattr(settings, "HEADLESS_PERSISTED_QUERIES_ONLY", False),
        persisted_queries_manifest=Path(manifest) if manifest else None,
        persisted_queries_cache_timeout=getattr(
            settings,
            "HEADLESS_PERSISTED_QUERIES_CACHE_TIMEOUT",
            DEFAULT_PERSISTED_QUERIES_CACHE_TIMEOUT,
        ),
        graphiql=getattr(settings, "HEADLESS_GRAPHIQL", False),
        introspection=getattr(settings, "HEADLESS_INTROSPECTION", True),
    )
