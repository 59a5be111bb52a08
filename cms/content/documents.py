"""Documents the public may download: not in a view-restricted collection (or below one).

Wagtail's own document view and APIs apply a collection's restriction to its child collections
too; grapple checks only the document's own collection. The same rule keeps this API's image
listings to public collections, as Wagtail's image APIs do (see ``images``).
"""

from django.conf import settings
from django.db.models import Q, QuerySet
from wagtail.models import Collection, CollectionViewRestriction

from .context import context_of


def _restricted_paths(request) -> tuple[str, ...]:
    context = context_of(request)
    if context.restricted_document_paths is None:
        context.restricted_document_paths = tuple(
            Collection.objects.filter(
                pk__in=CollectionViewRestriction.objects.values("collection_id")
            ).values_list("path", flat=True)
        )
    return context.restricted_document_paths


def document_url(document) -> str:
    """The document's download address on the CMS, absolute like every media URL the API
    serves (grapple's ``url`` of documents and images): a frontend on another origin links to
    it as it is: the media URL joined to ``WAGTAILADMIN_BASE_URL`` when it is a path."""
    url = document.url
    return settings.WAGTAILADMIN_BASE_URL + url if url.startswith("/") else url


def is_public_document(document, *, request=None) -> bool:
    """True when no collection on the way from the root to the document's is restricted.

    Needs ``document.collection`` (select or prefetch it in listings); the restricted
    collections are read once per request.
    """
    if document is None:
        return False
    path = document.collection.path
    return not any(path.startswith(restricted) for restricted in _restricted_paths(request))


def in_public_collections(queryset: QuerySet, *, request=None) -> QuerySet:
    """``queryset`` (documents or images) without the rows in or below a restricted
    collection."""
    restricted = Q()
    for path in _restricted_paths(request):
        restricted |= Q(collection__path__startswith=path)
    return queryset.exclude(restricted) if restricted else queryset
