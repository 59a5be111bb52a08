"""Documents the public may download: not in a view-restricted collection (or below one)."""

from wagtail.models import Collection, CollectionViewRestriction

_REQUEST_CACHE_ATTR = "_headless_private_collection_paths"


def _restricted_paths(request) -> tuple[str, ...]:
    cached = getattr(request, _REQUEST_CACHE_ATTR, None) if request is not None else None
    if cached is None:
        cached = tuple(
            Collection.objects.filter(
                pk__in=CollectionViewRestriction.objects.values("collection_id")
            ).values_list("path", flat=True)
        )
        if request is not None:
            setattr(request, _REQUEST_CACHE_ATTR, cached)
    return cached


def is_public_document(document, *, request=None) -> bool:
    """True when no collection on the way from the root to the document's is restricted.

    Needs ``document.collection`` (select or prefetch it in listings); the restricted
    collections are read once per request.
    """
    if document is None:
        return False
    path = document.collection.path
    return not any(path.startswith(restricted) for restricted in _restricted_paths(request))
