"""Images the public may see: none in or below a view-restricted collection.

Wagtail's collection privacy guards document downloads only (image files are served from the
media storage to anyone with the address), but its image APIs leave out images in and below a
private collection, and so does every surface here, wherever an image is served:
``private_collections`` is the one rule, applied in SQL (``in_private_collection``) where images
are listed and in Python (``is_public_image``) where they come from elsewhere (a StreamField, a
preview). A private image is served as null or left out of its list: never its alt text, file
name or renditions.
"""

from django.db.models import Exists, F, OuterRef, QuerySet
from django.db.models.functions import Substr
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from .context import context_of

#: The annotation ``in_private_collection()`` is given under on images (``public_images``).
IN_PRIVATE_COLLECTION = "in_private_collection"


def private_collections() -> QuerySet:
    """Collections with a view restriction on themselves or on a collection above them."""
    restricted_self_or_ancestor = CollectionViewRestriction.objects.filter(
        collection__path=Substr(OuterRef("path"), 1, F("collection__depth") * Collection.steplen)
    )
    return Collection.objects.filter(Exists(restricted_self_or_ancestor))


def in_private_collection(collection: str = "collection") -> Exists:
    """True for a row whose image may not be served: ``collection`` is the lookup from the
    queried model to the image's collection (``"image__collection"`` for a row with an
    ``image``). Exclude or annotate with it: it costs no query of its own."""
    return Exists(private_collections().filter(pk=OuterRef(collection)))


def is_public_image(image, *, in_private: bool | None = None, request=None) -> bool:
    """Whether ``image`` may be served (False for None).

    ``in_private``: the ``in_private_collection`` annotation of the row that loaded the image,
    when it had one (images from ``public_images`` carry it themselves). Without it, the
    private collections are read once per request.
    """
    if image is None:
        return False
    if in_private is None:
        in_private = getattr(image, IN_PRIVATE_COLLECTION, None)
    if in_private is None:
        in_private = image.collection_id in _private_collection_ids(request)
    return not in_private


def _private_collection_ids(request) -> frozenset[int]:
    context = context_of(request)
    if context.private_collection_ids is None:
        context.private_collection_ids = frozenset(
            private_collections().values_list("pk", flat=True)
        )
    return context.private_collection_ids


def public_images() -> QuerySet:
    """The images of the library that may be served (none in or below a private collection)."""
    return (
        get_image_model()
        .objects.annotate(**{IN_PRIVATE_COLLECTION: in_private_collection()})
        .filter(**{IN_PRIVATE_COLLECTION: False})
    )
