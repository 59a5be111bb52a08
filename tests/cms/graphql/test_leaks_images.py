"""grapple's image queries (root ``image``/``images``, ``ImageObjectType``) render only the
renditions ``PublicImage`` offers and list no image of a private collection."""

import pytest
import wagtail_factories
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.graphql.images import RENDITION_WIDTHS, rendition_filter
from cms.graphql.schema import schema

IMAGE_RENDITION = """
query ImageRendition($id: ID!, $max: String, $width: Int, $format: String) {
  image(id: $id) { rendition(max: $max, width: $width, format: $format) { url width } }
}
"""

IMAGES = """
query ImageTitles { images(limit: 100) { title } }
"""

IMAGE_TITLE = """
query ImageTitle($id: ID!) { image(id: $id) { title } }
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def images(db):
    """A public image, one in a private collection and one in a child of it."""
    private = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    return {
        "public": wagtail_factories.ImageFactory(title="Pročelje"),
        "private": wagtail_factories.ImageFactory(title="Seja uprave", collection=private),
        "below_private": wagtail_factories.ImageFactory(
            title="Kadrovska mapa", collection=private.add_child(name="Kadrovska")
        ),
    }


def _renditions() -> int:
    return get_image_model().renditions.rel.related_model.objects.count()


def test_grapple_renders_only_the_filters_public_image_offers():
    assert settings.GRAPPLE["ALLOWED_IMAGE_FILTERS"] == [
        rendition_filter(width) for width in RENDITION_WIDTHS
    ]


@pytest.mark.parametrize(
    "arguments",
    [
        {"width": 5000},
        {"max": "5000x20000", "format": "webp"},
        {"max": "640x2560"},  # an offered size, but not as WebP
        {},
    ],
)
def test_a_rendition_not_offered_is_refused_with_what_is(graphql, images, arguments):
    before = _renditions()

    result = graphql(IMAGE_RENDITION, {"id": images["public"].pk, **arguments})

    error = result["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "is not offered" in error["message"]
    assert "max-640x2560|format-webp" in error["message"]
    assert result["data"]["image"]["rendition"] is None
    assert _renditions() == before


def test_an_offered_rendition_is_rendered(graphql, images):
    result = graphql(
        IMAGE_RENDITION, {"id": images["public"].pk, "max": "320x1280", "format": "webp"}
    )

    rendition = result["data"]["image"]["rendition"]
    assert "errors" not in result
    assert rendition["url"].endswith(".webp")
    assert rendition["width"] <= 320


def test_images_of_private_collections_are_not_listed(graphql, images):
    titles = {image["title"] for image in graphql(IMAGES)["data"]["images"]}

    assert titles == {"Pročelje"}


def test_an_image_of_a_private_collection_is_not_found(graphql, images):
    def title(image_id):
        return graphql(IMAGE_TITLE, {"id": image_id})["data"]["image"]

    assert title(images["public"].pk) == {"title": "Pročelje"}
    assert title(images["private"].pk) is None
    assert title(images["below_private"].pk) is None
    assert title("nope") is None


def test_the_image_type_does_not_show_the_librarys_housekeeping():
    image_type = schema.graphql_schema.get_type("ImageObjectType")

    assert not {"collection", "tags", "fileHash", "srcSet"} & set(image_type.fields)
    assert "640x2560" in image_type.fields["rendition"].description
