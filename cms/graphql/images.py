"""Images as frontends need them: alt text and WebP renditions at a few fixed widths.

Allowing any width would let a client make the server render and store unlimited files, so
``rendition(width:)`` accepts only ``RENDITION_WIDTHS``. Listings prefetch
``image__renditions`` so that a rendition that already exists costs no query.

grapple's own ``ImageObjectType`` (root ``image``/``images``, ``ImageChooserBlock.image``) is
held to the same renditions: ``GRAPPLE["ALLOWED_IMAGE_FILTERS"]`` lists exactly the filters of
``RENDITION_WIDTHS``, and any other ``rendition(…)`` is refused with ``BAD_USER_INPUT``.
"""

import graphene
from grapple.settings import grapple_settings
from wagtail.images import get_image_model

from .documents import in_public_collections
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
    """An image from the CMS's library with its alt text."""

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


def public_images(*, request=None):
    """Images of the library outside private collections, as Wagtail's image APIs list them.

    Wagtail's collection privacy guards document downloads only (image files are served from
    the media storage to anyone with the address), but its image APIs leave out images in and
    below a private collection, and so does this one.
    """
    return in_public_collections(get_image_model().objects.all(), request=request)


def resolve_public_images(root, info, **kwargs):
    """grapple's root ``images``, which checks only each image's own collection."""
    from grapple.utils import resolve_queryset

    images = public_images(request=info.context)
    if kwargs.get("search_query"):
        images = searchable(images)
    return resolve_queryset(images.prefetch_renditions(), info, **kwargs)


def resolve_public_image(root, info, id=None, **kwargs):
    """grapple's root ``image``, which checks only the image's own collection."""
    if id is None or not str(id).isdigit():
        return None
    return public_images(request=info.context).prefetch_renditions().filter(pk=id).first()
