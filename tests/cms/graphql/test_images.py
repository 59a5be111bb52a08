"""``PublicImage``'s responsive fields: ``srcSet`` and ``renditions`` at the offered widths only,
never upscaled and with no two candidates of one width, in WebP or AVIF; absolute rendition
URLs; the focal point and the ``object-position`` that keeps it in view."""

import pytest
import wagtail_factories
from django.conf import settings
from wagtail.images import get_image_model

from cms.content import renditions
from cms.content.renditions import IMAGE_FORMATS, RENDITION_WIDTHS, offered_filters
from cms.graphql.images import ImageFormat
from cms.graphql.schema import schema
from project_pages.models import ProjectLogo
from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db

LOGO_SRCSET = """
query LogoSrcSet($widths: [Int!], $format: ImageFormat) {
  projects(perPage: 1) {
    items {
      logo {
        width
        height
        srcSet(widths: $widths, format: $format)
        renditions(widths: $widths, format: $format) { url width height }
        small: rendition(width: 480, format: $format) { url width height }
      }
    }
  }
}
"""

LOGO_FOCAL_POINT = """
query LogoFocalPoint {
  projects(perPage: 1) {
    items { logo { focalPoint { x y width height relativeX relativeY } objectPosition } }
  }
}
"""

ALLOWED = "160, 320, 480, 640, 800, 1024, 1280, 1600"


@pytest.fixture
def logo(site_tree):
    """Publishes a project whose logo is an image of the given size; returns the image."""
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))

    def make(width: int, height: int, **fields):
        image = wagtail_factories.ImageFactory(
            file__width=width, file__height=height, file__filename="logo.png", **fields
        )
        image.get_file_hash()  # Wagtail caches renditions by image id and file hash
        project = ProjectPageFactory.build(title="S logotipom")
        project.logos = [ProjectLogo(image=image)]
        index.add_child(instance=project)
        publish(project)
        return image

    return make


def _logo(graphql, query=LOGO_SRCSET, **variables):
    result = graphql(query, variables)
    assert "errors" not in result, result
    return result["data"]["projects"]["items"][0]["logo"]


def _renditions() -> int:
    return get_image_model().get_rendition_model().objects.count()


def test_every_offered_width_up_to_the_original_and_the_original_once(graphql, logo):
    logo(1000, 500)

    image = _logo(graphql)

    widths = [candidate["width"] for candidate in image["renditions"]]
    assert widths == [160, 320, 480, 640, 800, 1000]
    assert [candidate["height"] for candidate in image["renditions"]][-1] == 500
    assert image["srcSet"] == ", ".join(
        f"{candidate['url']} {candidate['width']}w" for candidate in image["renditions"]
    )
    assert _renditions() == 6  # 1024, 1280 and 1600 are the 1000 px one, not three more files


def test_urls_are_absolute_like_grapples(graphql, logo):
    logo(600, 300)

    image = _logo(graphql)

    for url in [image["small"]["url"], *(c["url"] for c in image["renditions"])]:
        assert url.startswith(f"{settings.WAGTAILADMIN_BASE_URL}/media/images/"), url
        assert url.endswith(".webp")


def test_widths_above_the_original_collapse_into_the_originals_rendition(graphql, logo):
    logo(480, 240)

    image = _logo(graphql, widths=[1600, 640, 1280])

    assert image["renditions"] == [image["small"]]  # rendition(width: 480): the same file
    assert image["srcSet"] == f"{image['small']['url']} 480w"
    assert _renditions() == 1


def test_a_width_asked_twice_is_one_candidate(graphql, logo):
    logo(1000, 500)

    image = _logo(graphql, widths=[320, 160, 320])

    assert [candidate["width"] for candidate in image["renditions"]] == [160, 320]


def test_a_tall_image_is_capped_at_four_times_the_width_and_never_repeated(graphql, logo):
    logo(100, 1000)

    image = _logo(graphql)

    # max-160x640 makes it 64 px wide; from max-320x1280 on it is the original.
    assert [(c["width"], c["height"]) for c in image["renditions"]] == [(64, 640), (100, 1000)]


def test_avif_is_offered(graphql, logo):
    logo(700, 350)

    image = _logo(graphql, format="AVIF", widths=[320, 1600])

    assert [candidate["width"] for candidate in image["renditions"]] == [320, 700]
    assert all(candidate["url"].endswith(".avif") for candidate in image["renditions"])
    assert image["small"]["url"].endswith(".avif")


@pytest.mark.parametrize(
    ("widths", "message"),
    [
        ([300], f"Rendition width 300 is not offered. Allowed widths: {ALLOWED}."),
        ([160, 5000], f"Rendition width 5000 is not offered. Allowed widths: {ALLOWED}."),
        (
            [],
            f"widths must name at least one width (leave it out for every width). "
            f"Allowed widths: {ALLOWED}.",
        ),
        ([160] * 9, f"widths takes at most 8 widths, got 9. Allowed widths: {ALLOWED}."),
    ],
)
def test_widths_not_offered_are_refused_with_the_offered_ones(graphql, logo, widths, message):
    logo(1000, 500)

    result = graphql(LOGO_SRCSET, {"widths": widths})

    assert {error["message"] for error in result["errors"]} == {message}
    assert {error["extensions"]["code"] for error in result["errors"]} == {"BAD_USER_INPUT"}
    assert _renditions() <= 1  # only rendition(width: 480), which is offered


def test_an_unknown_format_is_refused_by_the_schema(graphql, logo):
    logo(1000, 500)

    result = graphql(LOGO_SRCSET, {"format": "GIF"})

    assert "GIF" in result["errors"][0]["message"]
    assert _renditions() == 0


def test_no_focal_point_is_null_and_centred(graphql, logo):
    logo(1000, 500)

    image = _logo(graphql, LOGO_FOCAL_POINT)

    assert image == {"focalPoint": None, "objectPosition": "50% 50%"}


def test_the_focal_point_in_pixels_fractions_and_css(graphql, logo):
    logo(
        1000,
        500,
        focal_point_x=425,
        focal_point_y=150,
        focal_point_width=100,
        focal_point_height=60,
    )

    image = _logo(graphql, LOGO_FOCAL_POINT)

    assert image == {
        "focalPoint": {
            "x": 425,
            "y": 150,
            "width": 100,
            "height": 60,
            "relativeX": 0.425,
            "relativeY": 0.3,
        },
        "objectPosition": "42.5% 30%",
    }


def test_the_formats_are_what_grapple_allows_and_pillow_encodes():
    assert {member.value for member in ImageFormat} == set(IMAGE_FORMATS)
    assert settings.GRAPPLE["ALLOWED_IMAGE_FILTERS"] == offered_filters()
    assert len(offered_filters()) == len(RENDITION_WIDTHS) * len(IMAGE_FORMATS)
    assert renditions.check_avif_encoder() == []


def test_a_pillow_without_avif_fails_the_system_check(monkeypatch):
    monkeypatch.setattr(renditions, "avif_encoder_available", lambda: False)

    [error] = renditions.check_avif_encoder()

    assert error.id == "headless.E001"


def test_the_renditions_list_is_counted_at_the_offered_widths():
    from cms.graphql.registry import list_maximum

    assert list_maximum("PublicImage.renditions") == len(RENDITION_WIDTHS)
    assert "renditions" in schema.graphql_schema.get_type("PublicImage").fields
