"""Which renditions of an image the API makes: a few fixed widths, in WebP or AVIF.

Allowing any width would let a client make the server render and store unlimited files, so
only ``RENDITION_WIDTHS`` are offered, in ``IMAGE_FORMATS``: ``len(RENDITION_WIDTHS) ×
len(IMAGE_FORMATS)`` files per image at most. A srcset never holds two candidates of one width:
the widths at or above the original's collapse into one candidate at the original's width, made
with the filter of the narrowest width that renders it, so that every request for the image at
its own size shares one file.

AVIF is offered because the Pillow this project locks (``requirements.lock``) encodes it (its
wheels bundle libavif since 11.2); ``check_avif_encoder`` is a system check that fails a
deployment whose Pillow was built without it, rather than serving errors for every AVIF request.
"""

from collections.abc import Iterable, Sequence
from functools import cache

from django.core import checks
from PIL import features
from wagtail.images.models import Filter

from .errors import ContentError

RENDITION_WIDTHS = (160, 320, 480, 640, 800, 1024, 1280, 1600)
DEFAULT_RENDITION_WIDTH = 640

#: The formats renditions are made in: WebP (the default, which every current browser decodes)
#: and AVIF (smaller at the same quality; offer it in a ``<picture>`` ``<source>``).
IMAGE_FORMATS = ("webp", "avif")
DEFAULT_IMAGE_FORMAT = "webp"


def rendition_filter(width: int, image_format: str = DEFAULT_IMAGE_FORMAT) -> str:
    """The filter of the ``width`` rendition: no wider than ``width``, at most four times as
    high (a tall image is not rendered at full height), never upscaled, in ``image_format``."""
    return f"max-{width}x{width * 4}|format-{image_format}"


def offered_filters() -> list[str]:
    """Every filter the API renders (``GRAPPLE["ALLOWED_IMAGE_FILTERS"]`` lists the same)."""
    return [rendition_filter(width, fmt) for fmt in IMAGE_FORMATS for width in RENDITION_WIDTHS]


def allowed_widths_text() -> str:
    return ", ".join(str(width) for width in RENDITION_WIDTHS)


def check_width(width: int) -> None:
    if width not in RENDITION_WIDTHS:
        raise ContentError(
            f"Rendition width {width} is not offered. Allowed widths: {allowed_widths_text()}."
        )


def check_widths(widths: Sequence[int] | None) -> tuple[int, ...]:
    """``widths`` when each is offered and there are no more of them than offered widths;
    every offered width when None."""
    if widths is None:
        return RENDITION_WIDTHS
    if len(widths) > len(RENDITION_WIDTHS):
        raise ContentError(
            f"widths takes at most {len(RENDITION_WIDTHS)} widths, got {len(widths)}. "
            f"Allowed widths: {allowed_widths_text()}."
        )
    if not widths:
        raise ContentError(
            "widths must name at least one width (leave it out for every width). "
            f"Allowed widths: {allowed_widths_text()}."
        )
    for width in widths:
        check_width(width)
    return tuple(widths)


def rendered_size(image, width: int) -> tuple[int, int]:
    """The size of ``image``'s ``width`` rendition, computed as Wagtail will render it, from the
    image's recorded size (no file is read)."""
    return tuple(offered_filter(rendition_filter(width)).get_transform(image).size)


@cache
def offered_filter(spec: str) -> Filter:
    """One ``Filter`` per offered spec, shared: Wagtail parses a filter's operations (with
    ``inspect``) once per ``Filter`` object, and a page of images asks for the same few
    filters hundreds of times. A ``Filter`` holds nothing of the images it is used on."""
    return Filter(spec=spec)


def srcset_filters(
    image, *, widths: Iterable[int], image_format: str = DEFAULT_IMAGE_FORMAT
) -> list[Filter]:
    """The filters of ``image``'s srcset candidates at ``widths`` (offered ones), narrowest
    first, one per rendered width: each is the filter of the narrowest offered width that
    renders the same size, so a 480 px wide original asked at 640 and 1600 is one candidate,
    the same file as its ``rendition(width: 480)``."""
    sizes = {width: rendered_size(image, width) for width in RENDITION_WIDTHS}
    filters: dict[int, Filter] = {}
    for width in sorted(set(widths)):
        size = sizes[width]
        narrowest = next(offered for offered in RENDITION_WIDTHS if sizes[offered] == size)
        filters.setdefault(size[0], offered_filter(rendition_filter(narrowest, image_format)))
    return list(filters.values())


def avif_encoder_available() -> bool:
    return bool(features.check("avif"))


@checks.register(checks.Tags.compatibility)
def check_avif_encoder(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """The API offers AVIF renditions: Pillow must be able to encode them."""
    if avif_encoder_available():
        return []
    return [
        checks.Error(
            "Pillow cannot encode AVIF, which the API's images offer (ImageFormat.AVIF).",
            hint="Install a Pillow wheel of 11.2 or later (they bundle libavif), or build "
            "Pillow with libavif.",
            id="headless.E001",
        )
    ]
