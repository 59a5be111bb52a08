"""Images as frontends need them: alt text and WebP renditions at a few fixed widths.

Allowing any width would let a client make the server render and store unlimited files, so
``rendition(width:)`` accepts only ``RENDITION_WIDTHS``. Listings prefetch
``image__renditions`` so that a rendition that already exists costs no query.
"""

import graphene

from .errors import ApiError

RENDITION_WIDTHS = (160, 320, 480, 640, 800, 1024, 1280, 1600)
DEFAULT_RENDITION_WIDTH = 640


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
        rendition = image.get_rendition(f"max-{width}x{width * 4}|format-webp")
        return ImageRendition(url=rendition.url, width=rendition.width, height=rendition.height)
