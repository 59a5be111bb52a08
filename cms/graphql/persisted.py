"""Persisted operations: the frontend contract's manifest of operations, and Apollo's automatic
persisted queries (APQ), with which a client sends a document's SHA-256 hash instead of its text.

A request names its document in ``extensions.persistedQuery = {"version": 1, "sha256Hash": ...}``.
A hash the server does not know is answered ``PersistedQueryNotFound``; the client then sends the
hash with the document, which is registered in the cache for the next request (an hour, and no
larger than a document the API runs: see ``register``). With
``HEADLESS_PERSISTED_QUERIES_ONLY`` only the manifest's documents run, and nothing is registered.
"""

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.cache import cache

from .conf import api_settings
from .errors import ErrorCode, RequestError
from .limits import check_document_size

logger = logging.getLogger(__name__)

SUPPORTED_VERSION = 1
MANIFEST_FORMAT = "apollo-persisted-query-manifest"
CACHE_KEY_PREFIX = "apq:"
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")

# Per manifest path: the file's (mtime, size) when read, and its documents by hash.
_manifests: dict[Path, tuple[tuple[int, int] | None, dict[str, str]]] = {}


@dataclass(frozen=True)
class Document:
    """The document a request runs, and the hash to register it under once it proves valid
    (only for a document sent with its hash that the server did not know)."""

    text: str | None
    register_as: str | None = None


def sha256(document: str) -> str:
    return hashlib.sha256(document.encode()).hexdigest()


def only_manifest() -> bool:
    return api_settings().persisted_queries_only


def manifest_documents() -> dict[str, str]:
    """The manifest's documents by the SHA-256 hash of their text.

    The file is read again whenever its modification time or size changes, so a deployment or
    a test that replaces it is seen by the next request. A missing file is an empty manifest.
    """
    path = api_settings().persisted_queries_manifest
    if path is None:
        return {}
    cached = _manifests.get(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        if cached is None or cached[0] is not None:
            _manifests[path] = (None, {})
            if only_manifest():
                logger.warning(
                    "No persisted-operations manifest at %s: with HEADLESS_PERSISTED_QUERIES_ONLY "
                    "every GraphQL operation is refused.",
                    path,
                )
        return {}
    version = (stat.st_mtime_ns, stat.st_size)
    if cached is not None and cached[0] == version:
        return cached[1]
    documents = _read_manifest(path)
    _manifests[path] = (version, documents)
    return documents


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("format") != MANIFEST_FORMAT or manifest.get("version") != 1:
            raise ValueError(f"not an {MANIFEST_FORMAT}, version 1")
        operations = manifest["operations"]
        bodies = [operation["body"] for operation in operations]
        if not all(isinstance(body, str) for body in bodies):
            raise ValueError("an operation's body is not a string")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        logger.error("Persisted-operations manifest %s is unusable (%s): ignored.", path, error)
        return {}
    documents = {}
    for operation, body in zip(operations, bodies, strict=True):
        digest = sha256(body)
        if operation.get("id") != digest:
            logger.warning(
                "Persisted operation %s in %s: its id is not the SHA-256 of its body; it is "
                "served under the body's hash %s.",
                operation.get("name"),
                path,
                digest,
            )
        documents[digest] = body
    return documents


def resolve(query: str | None, extensions: dict[str, Any] | None) -> Document:
    """The document a request runs: its ``query``, or the persisted document its hash names.

    Raises ``RequestError`` for a hash the server does not know, a hash that does not match the
    query, an unsupported protocol version, or, in allow-list mode, any document that is not in
    the manifest.
    """
    manifest = manifest_documents()
    persisted = (extensions or {}).get("persistedQuery")
    if persisted is None:
        if query is not None and only_manifest() and sha256(query) not in manifest:
            raise _persisted_query_required()
        return Document(query)

    digest = _requested_hash(persisted)
    if query is None:
        text = manifest.get(digest)
        if text is None and not only_manifest():
            text = cache.get(CACHE_KEY_PREFIX + digest)
        if text is None:
            # Apollo Client matches this message and retries with the document. Shared caches
            # must not keep the miss, or the retried GET would be answered from it.
            raise RequestError(
                "PersistedQueryNotFound",
                code=ErrorCode.PERSISTED_QUERY_NOT_FOUND,
                status=200,
                headers={"Cache-Control": "private, no-cache, must-revalidate"},
            )
        return Document(text)

    if sha256(query) != digest:
        raise RequestError(
            "extensions.persistedQuery.sha256Hash does not match the query: it must be the "
            "SHA-256 hash, in hexadecimal, of the query text exactly as sent (UTF-8).",
            code=ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
        )
    if digest in manifest:
        return Document(query)
    if only_manifest():
        raise _persisted_query_required()
    return Document(query, register_as=digest)


def register(digest: str, text: str) -> None:
    """Keep ``text`` under its hash for ``HEADLESS_PERSISTED_QUERIES_CACHE_TIMEOUT`` seconds.
    Anyone may register documents, so each is bounded: no larger than a document the API
    runs (``HEADLESS_MAX_DOCUMENT_BYTES``), kept an hour by default (a client whose document
    expired sends it again once), and Redis' ``maxmemory`` bounds them all (README)."""
    try:
        check_document_size(text)
    except RequestError:
        return
    cache.set(
        CACHE_KEY_PREFIX + digest,
        text,
        api_settings().persisted_queries_cache_timeout,
    )


def _requested_hash(persisted: Any) -> str:
    if not isinstance(persisted, dict):
        raise RequestError(
            'extensions.persistedQuery must be an object: {"version": 1, "sha256Hash": '
            '"<SHA-256 of the document>"}.'
        )
    version = persisted.get("version")
    if version != SUPPORTED_VERSION or isinstance(version, bool):
        raise RequestError(
            f"Persisted query version {json.dumps(version)} is not supported: "
            f"extensions.persistedQuery.version must be {SUPPORTED_VERSION}.",
            code=ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
        )
    digest = persisted.get("sha256Hash")
    if not isinstance(digest, str) or not _SHA256_HEX.fullmatch(digest.lower()):
        raise RequestError(
            "extensions.persistedQuery.sha256Hash must be the document's SHA-256 hash as 64 "
            "hexadecimal digits."
        )
    return digest.lower()


def _persisted_query_required() -> RequestError:
    return RequestError(
        "Only the frontend contract's persisted operations are accepted. Send an operation by "
        'its hash, as extensions.persistedQuery = {"version": 1, "sha256Hash": "<SHA-256 of '
        'the document>"}, or send its text exactly as in the persisted-operations manifest.',
        code=ErrorCode.PERSISTED_QUERY_REQUIRED,
    )
