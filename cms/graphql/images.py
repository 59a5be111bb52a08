"""Images as frontends need them: alt text, renditions at a few fixed widths (WebP or AVIF,
``renditions``), a ready ``srcset``, and the focal point for cropping.

Which renditions are made is ``cms.content.renditions``'s business; every rendition's ``url``
is absolute, as grapple's ``images`` give theirs (the media URL joined to
``WAGTAILADMIN_BASE_URL`` when it is a path). Listings prefetch ``image__renditions`` so that a
rendition that already exists costs no query, however many a ``srcSet`` holds.

grapple's own ``ImageObjectType`` (root ``image``/``images``, ``ImageChooserBlock.image``) is
held to the same renditions: ``GRAPPLE["ALLOWED_IMAGE_FILTERS"]`` lists exactly the filters
``PublicImage`` offers, and any other ``rendition(…)`` is refused with ``BAD_USER_INPUT``.

Which images may be served at all is the content layer's one rule (``cms.content.images``):
a private image is served as null or left out of its list, never its alt text, file name or
renditions.
"""

import graphene
from grapple.settings import grapple_settings
from grapple.utils import get_media_item_url, resolve_queryset

from cms.content.images import (
    is_public_image,
    public_images,
)
from cms.content.renditions import (
    DEFAULT_IMAGE_FORMAT,
    DEFAULT_RENDITION_WIDTH,
    IMAGE_FORMATS,
    RENDITION_WIDTHS,
    allowed_widths_text,
    check_width,
    check_widths,
    rendition_filter,
    srcset_filters,
)
from cms.content.selectors import searchable

from .errors import ApiError

#: The fields of grapple's ``ImageObjectType`` that are served. Left out: ``collection`` (it
#: names the collections around the image, private ones included), ``tags`` and ``fileHash``
#: (the library's housekeeping) and ``srcSet``, which renders only ``width-…`` filters, none of
#: which is allowed (``PublicImage.srcSet`` is the one to use). A field grapple adds is served
#: only once it is named here.
PUBLIC_IMAGE_FIELDS = frozenset(
    {
        "id", "title", "file", "description", "width", "height", "createdAt", "focalPointX",
        "focalPointY", "focalPointWidth", "focalPointHeight", "fileSize", "renditions", "src",
        "url", "aspectRatio", "sizes", "rendition", "isSvg",
    }
)  # fmt: skip

#: The fields of grapple's ``ImageRenditionObjectType`` (``ImageObjectType.rendition``) that
#: are served.
PUBLIC_RENDITION_FIELDS = frozenset(
    {
        "id", "filterSpec", "file", "width", "height", "focalPointKey", "image", "focalPoint",
        "url", "alt", "backgroundPositionStyle",
    }
)  # fmt: skip


class ImageFormat(graphene.Enum):
    """The file formats renditions are made in. WebP is the default, which every current
    browser decodes; AVIF is smaller at the same quality, for a `<source type="image/avif">`
    in a `<picture>`, in front of the WebP `<img>`."""

    WEBP = "webp"
    AVIF = "avif"


def _format_name(image_format) -> str:
    """The enum's value, whether graphene passes the member or its value."""
    return getattr(image_format, "value", image_format) or DEFAULT_IMAGE_FORMAT


def _format_argument() -> graphene.Argument:
    return graphene.Argument(
        ImageFormat, default_value=DEFAULT_IMAGE_FORMAT, description="WEBP unless asked."
    )


def _widths_argument() -> graphene.Argument:
    return graphene.Argument(
        graphene.List(graphene.NonNull(graphene.Int)),
        description=(
            f"Some of {allowed_widths_text()} (at most {len(RENDITION_WIDTHS)}); every one "
            "when left out."
        ),
    )


class ImageRendition(graphene.ObjectType):
    """One rendition of an image, no wider than asked (never upscaled): what an `<img>`'s
    `src` and a `srcset` candidate need."""

    url = graphene.String(
        required=True, description="Absolute, like the other media URLs of the API."
    )
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)

    @classmethod
    def of(cls, rendition) -> "ImageRendition":
        return cls(url=rendition.full_url, width=rendition.width, height=rendition.height)


class ImageFocalPoint(graphene.ObjectType):
    """The area of the image an editor marked as what must stay in view when it is cropped:
    its centre and size in pixels of the original, and the centre as fractions of the
    original's width and height."""

    x = graphene.Int(required=True, description="Centre, in pixels from the left.")
    y = graphene.Int(required=True, description="Centre, in pixels from the top.")
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)
    relative_x = graphene.Float(required=True, description="Centre, 0 (left) to 1 (right).")
    relative_y = graphene.Float(required=True, description="Centre, 0 (top) to 1 (bottom).")

    @classmethod
    def of(cls, image) -> "ImageFocalPoint | None":
        if not image.has_focal_point() or not image.width or not image.height:
            return None
        return cls(
            x=image.focal_point_x,
            y=image.focal_point_y,
            width=image.focal_point_width,
            height=image.focal_point_height,
            relative_x=_fraction(image.focal_point_x, image.width),
            relative_y=_fraction(image.focal_point_y, image.height),
        )


def _fraction(part: int, whole: int) -> float:
    return round(min(max(part / whole, 0.0), 1.0), 4)


def _percent(fraction: float) -> str:
    return f"{round(fraction * 100, 1):g}%"


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
            description="One of " + allowed_widths_text() + ".",
        ),
        format=_format_argument(),
    )
    renditions = graphene.Field(
        graphene.NonNull(graphene.List(graphene.NonNull(ImageRendition))),
        widths=_widths_argument(),
        format=_format_argument(),
        description=(
            "The srcset's candidates, narrowest first, one per width: widths at or above the "
            "original's are one candidate at the original's width (never upscaled)."
        ),
    )
    src_set = graphene.String(
        required=True,
        widths=_widths_argument(),
        format=_format_argument(),
        description=(
            'A ready `srcset` of `renditions` ("<url> <width>w, …"); write a `sizes` for it '
            "(frontend_contract/README.md, Images)."
        ),
    )
    focal_point = graphene.Field(ImageFocalPoint, description="Null when the editor marked none.")
    object_position = graphene.String(
        required=True,
        description=(
            "CSS `object-position` that keeps the focal point in view when the image is "
            'cropped (`object-fit: cover`), e.g. "42% 30%"; "50% 50%" when there is none.'
        ),
    )

    @staticmethod
    def resolve_alt(image, info):
        return image.default_alt_text or ""

    @staticmethod
    def resolve_rendition(image, info, width=DEFAULT_RENDITION_WIDTH, format=None):
        check_width(width)
        return ImageRendition.of(image.get_rendition(rendition_filter(width, _format_name(format))))

    @staticmethod
    def resolve_renditions(image, info, widths=None, format=None):
        return srcset_renditions(image, widths=widths, image_format=_format_name(format))

    @staticmethod
    def resolve_src_set(image, info, widths=None, format=None):
        candidates = srcset_renditions(image, widths=widths, image_format=_format_name(format))
        return ", ".join(f"{_srcset_url(c.url)} {c.width}w" for c in candidates)

    @staticmethod
    def resolve_focal_point(image, info):
        return ImageFocalPoint.of(image)

    @staticmethod
    def resolve_object_position(image, info):
        focal_point = ImageFocalPoint.of(image)
        if focal_point is None:
            return "50% 50%"
        return f"{_percent(focal_point.relative_x)} {_percent(focal_point.relative_y)}"


def srcset_renditions(image, *, widths, image_format: str) -> list[ImageRendition]:
    """``image``'s renditions at ``widths`` (every offered width when None), one per width,
    narrowest first; made together (one read of the original) when they do not exist yet."""
    filters = srcset_filters(image, widths=check_widths(widths), image_format=image_format)
    candidates: dict[int, ImageRendition] = {}
    for rendition in image.get_renditions(*filters).values():
        candidates.setdefault(rendition.width, ImageRendition.of(rendition))
    return sorted(candidates.values(), key=lambda candidate: candidate.width)


def _srcset_url(url: str) -> str:
    """A URL as a srcset candidate, where a comma or a space would end it."""
    return url.replace(" ", "%20").replace(",", "%2C")


def rendition_description() -> str:
    """``ImageObjectType.rendition``'s description: the renditions it offers."""
    formats = " or ".join(f'"{fmt}"' for fmt in IMAGE_FORMATS)
    return (
        f'Only the renditions `PublicImage` offers: `max: "<w>x<4 × w>", format: {formats}` '
        f'with w one of {allowed_widths_text()}, e.g. `rendition(max: "640x2560", format: '
        '"webp")`; other arguments are refused.'
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


def resolve_original_url(image, info, **kwargs) -> str:
    """grapple's ``ImageObjectType.url`` (and ``src``): the uploaded file's URL, absolute.

    On a storage that signs its URLs (the private bucket of ``cms.storage``), the original's URL
    would expire inside the response cache, so the public copy is served instead: the
    ``original`` rendition, on the public renditions storage under a stable URL."""
    if getattr(image.file.storage, "querystring_auth", False):
        return image.get_rendition("original").full_url
    return get_media_item_url(image)


def resolve_public_images(root, info, **kwargs):
    """grapple's root ``images``, which checks only each image's own collection."""
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
