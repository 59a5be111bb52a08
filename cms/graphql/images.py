"""Images as frontends need them: alt text and WebP renditions at a few fixed widths.

Allowing any width would let a client make the server render and store unlimited files, so
``rendition(width:)`` accepts only ``RENDITION_WIDTHS``. Listings prefetch
``image__renditions`` so that a rendition that already exists costs no query.

grapple's own ``ImageObjectType`` (root ``image``/``images``, ``ImageChooserBlock.image``) is
held to the same renditions: ``GRAPPLE["ALLOWED_IMAGE_FILTERS"]`` lists exactly the filters of
``RENDITION_WIDTHS``, and any other ``rendition(…)`` is refused with ``BAD_USER_INPUT``.

Wagtail's collection privacy guards document downloads only (image files are served from the
media storage to anyone with the address), but its image APIs leave out images in and below a
private collection, and so does this API, wherever an image is served: ``private_collections``
is the one rule, applied in SQL (``in_private_collection``) where images are listed and in
Python (``is_public_image``) where they come from elsewhere (a StreamField, a preview). A
private image is served as null or left out of its list: never its alt text, file name or
renditions.
"""

import graphene
from django.db.models import Exists, F, OuterRef, QuerySet
from django.db.models.functions import Substr
from grapple.settings import grapple_settings
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from .errors import ApiError
from .selectors import searchable

RENDITION_WIDTHS = (160, 320, 480, 640, 800, 1024, 1280, 1600)
DEFAULT_RENDITION_WIDTH = 640

#: Fields of grapple's ``ImageObjectType`` left out of the API. ``collection`` names the
#: collections around the image (private ones included), ``tags`` and ``fileHash`` are the
#: library's housekeeping, and ``srcSet`` renders only ``width-…`` filters, none of which is
#: allowed (it would always be empty).
NOT_SERVED_IMAGE_FIELDS = frozenset({"collection", "tags", "fileHash", "srcSet"})


def rendition_filter(width: int) -> str:
    """The filter of the ``width`` rendition: WebP, no wider than ``width``, at most four
    times as high (a tall image is not rendered at full height), never upscaled."""
    return f"max-{width}x{width * 4}|format-webp"


class ImageRendition(graphene.ObjectType):
    """One WebP rendition of an image, no wider than asked (never upscaled)."""

    url = graphene.String(required=True)
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)


class PublicImage(graphene.ObjectType):
    """An image from the CMS's library with its alt text. Never one in or below a private
    collection: a field that would show one is null, a list leaves it out, and an image block
    that holds one is left out of its body."""

    id = graphene.ID(required=True)
    alt = graphene.String(
        required=True, description="Text alternative; empty for a purely decorative image."
    )
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)
    rendition = graphene.Field(
        graphene.NonNull(ImageRendition),
        width=graphene.Int(
            default_value=DEFAULT_RENDITION_WIDTH,
            description="One of " + ", ".join(str(w) for w in RENDITION_WIDTHS) + ".",
        ),
    )

    @staticmethod
    def resolve_alt(image, info):
        return image.default_alt_text or ""

    @staticmethod
    def resolve_rendition(image, info, width=DEFAULT_RENDITION_WIDTH):
        if width not in RENDITION_WIDTHS:
            allowed = ", ".join(str(w) for w in RENDITION_WIDTHS)
            raise ApiError(f"Rendition width {width} is not offered. Allowed widths: {allowed}.")
        rendition = image.get_rendition(rendition_filter(width))
        return ImageRendition(url=rendition.url, width=rendition.width, height=rendition.height)


def rendition_description() -> str:
    """``ImageObjectType.rendition``'s description: the renditions it offers."""
    widths = ", ".join(str(width) for width in RENDITION_WIDTHS)
    return (
        'Only the renditions `PublicImage` offers: `max: "<w>x<4 × w>", format: "webp"` with '
        f'w one of {widths}, e.g. `rendition(max: "640x2560", format: "webp")`; other '
        "arguments are refused."
    )


def resolve_allowed_rendition(image, info, **kwargs):
    """grapple's ``ImageObjectType.rendition``, refusing a filter that is not allowed.

    grapple refuses it too, but with a ``TypeError`` that reaches clients as an internal
    error; this names what is offered instead.
    """
    # Models import this module; grapple's types need the models loaded.
    from grapple.types.images import ImageObjectType, rendition_allowed

    # grapple's own spelling of the filter: the arguments in their declared order.
    spec = "|".join(f"{name}-{value}" for name, value in kwargs.items() if name != "preserve_svg")
    if not rendition_allowed(spec):
        allowed = ", ".join(grapple_settings.ALLOWED_IMAGE_FILTERS or ())
        raise ApiError(
            f'Rendition "{spec}" is not offered. Allowed: {allowed} (the filter '
            '"max-640x2560|format-webp" is rendition(max: "640x2560", format: "webp")).'
        )
    return ImageObjectType.resolve_rendition(image, info, **kwargs)


_REQUEST_CACHE_ATTR = "_headless_private_collection_ids"

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
    cached = getattr(request, _REQUEST_CACHE_ATTR, None) if request is not None else None
    if cached is None:
        cached = frozenset(private_collections().values_list("pk", flat=True))
        if request is not None:
            setattr(request, _REQUEST_CACHE_ATTR, cached)
    return cached


def public_images() -> QuerySet:
    """The images of the library that may be served (none in or below a private collection)."""
    return (
        get_image_model()
        .objects.annotate(**{IN_PRIVATE_COLLECTION: in_private_collection()})
        .filter(**{IN_PRIVATE_COLLECTION: False})
    )


def resolve_public_images(root, info, **kwargs):
    """grapple's root ``images``, which checks only each image's own collection."""
    from grapple.utils import resolve_queryset

    images = public_images()
    if kwargs.get("search_query"):
        images = searchable(images)
    return resolve_queryset(images.prefetch_renditions(), info, **kwargs)


def resolve_public_image(root, info, id=None, **kwargs):
    """grapple's root ``image``, which checks only the image's own collection."""
    if id is None or not str(id).isdigit():
        return None
    return public_images().prefetch_renditions().filter(pk=id).first()


def resolve_chosen_image(block, info, **kwargs):
    """grapple's ``ImageChooserBlock.image`` and ``ImageBlock.image``: the chosen image, or
    null when it may not be served."""
    image = block.value
    return image if is_public_image(image, request=info.context) else None


def resolve_chosen_image_alt_text(block, info, **kwargs):
    """grapple's ``ImageBlock.altText``, null with its image."""
    image = block.value
    return image.contextual_alt_text if is_public_image(image, request=info.context) else None
