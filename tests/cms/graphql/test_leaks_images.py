"""grapple's image queries (root ``image``/``images``, ``ImageObjectType``) render only the
renditions ``PublicImage`` offers, and no field serves an image of a private collection (in or
below a collection with a view restriction): not the root queries, not a page's logos, image
blocks or event image, not the footer, not ``jsonLd``, not rich text."""

import json
from datetime import timedelta

import pytest
import wagtail_factories
from django.conf import settings
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.content.renditions import offered_filters
from cms.graphql.schema import schema
from cms.home.models import SiteFooter, SiteFooterPartnerLogo
from project_pages.models import ProjectLogo, ProjectPartner
from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory
from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

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
    assert settings.GRAPPLE["ALLOWED_IMAGE_FILTERS"] == offered_filters()


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


# Images reached through pages, the footer and rich text.

#: What a private image must never show: its title, its description (the alt text), its file
#: name (in every rendition's address).
PRIVATE_WORDS = ("Seja uprave", "Zapisnik seje", "seja-uprave", "Kadrovska mapa", "kadrovska")


@pytest.fixture
def library(db):
    """A public image, one in a private collection and one below it, with telling names (and
    content and file hashes of their own: Wagtail caches renditions by image id and file hash,
    which only uploads set, and SQLite gives an earlier test's ids again)."""
    private = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    images = {
        "public": wagtail_factories.ImageFactory(
            title="Pročelje",
            description="Pročelje knjižnice",
            file__filename="procelje.jpg",
            file__width=21,
            file__height=9,
        ),
        "private": wagtail_factories.ImageFactory(
            title="Seja uprave",
            description="Zapisnik seje",
            file__filename="seja-uprave.jpg",
            file__width=22,
            file__height=9,
            collection=private,
        ),
        "below_private": wagtail_factories.ImageFactory(
            title="Kadrovska mapa",
            file__filename="kadrovska.jpg",
            file__width=23,
            file__height=9,
            collection=private.add_child(name="Kadrovska"),
        ),
    }
    for image in images.values():
        image.get_file_hash()
    return images


def _image_block(image, caption):
    return {"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": caption}}


def _embed(image):
    return f'<embed embedtype="image" id="{image.pk}" format="left" alt="{image.title}"/>'


def _assert_no_private_image(result, library):
    text = json.dumps(result, ensure_ascii=False)
    for word in PRIVATE_WORDS:
        assert word not in text, word
    private_ids = {str(library["private"].pk), str(library["below_private"].pk)}
    assert not private_ids & set(_image_ids(result)), text


def _image_ids(value):
    if isinstance(value, dict):
        if "rendition" in value and "id" in value:
            yield value["id"]
        for item in value.values():
            yield from _image_ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _image_ids(item)


#: ``srcSet`` and ``renditions`` too: a private image's would name its file.
IMAGE = (
    "id alt rendition(width: 320) { url } srcSet renditions(format: AVIF) { url } focalPoint { x }"
)

PROJECT_IMAGES = f"""
query ProjectImages {{
  page(urlPath: "/projekti/z-logotipi/") {{
    ... on ProjectPage {{
      logo {{ {IMAGE} }}
      logos {{ {IMAGE} }}
      partners {{ organisation logo {{ {IMAGE} }} }}
      body {{
        blockType
        ... on CaptionedImageBlock {{ alt caption image {{ {IMAGE} }} }}
        ... on ParagraphBlock {{ html }}
      }}
    }}
  }}
  projects {{
    items {{ logo {{ {IMAGE} }} logos {{ {IMAGE} }} partners {{ logo {{ {IMAGE} }} }} }}
  }}
}}
"""


@pytest.fixture
def project(site_tree, library):
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    project = ProjectPageFactory.build(title="Z logotipi", slug="z-logotipi")
    project.logos = [
        ProjectLogo(image=library["private"]),
        ProjectLogo(image=library["public"]),
        ProjectLogo(image=library["below_private"]),
    ]
    project.partners = [
        ProjectPartner(organisation="Zasebna", country="LV", logo=library["private"]),
        ProjectPartner(organisation="Javna", country="LV", logo=library["public"]),
    ]
    project.body = [
        _image_block(library["private"], "Prvi"),
        _image_block(library["public"], "Drugi"),
        _image_block(library["below_private"], "Tretji"),
        {"type": "paragraph", "value": {"text": f"<p>Slike {_embed(library['private'])}</p>"}},
        {"type": "paragraph", "value": {"text": f"<p>Javna {_embed(library['public'])}</p>"}},
    ]
    index.add_child(instance=project)
    return publish(project)


def test_a_projects_private_logos_and_image_blocks_are_left_out(graphql, library, project):
    result = graphql(PROJECT_IMAGES)

    assert "errors" not in result, result
    _assert_no_private_image(result, library)
    page = result["data"]["page"]
    public_id = str(library["public"].pk)
    assert page["logo"]["id"] == page["logos"][0]["id"] == public_id
    assert len(page["logos"]) == 1
    logos = {partner["organisation"]: partner["logo"] for partner in page["partners"]}
    assert logos["Zasebna"] is None
    assert logos["Javna"]["id"] == public_id
    images = [block for block in page["body"] if block["blockType"] == "CaptionedImageBlock"]
    assert [(block["caption"], block["image"]["id"]) for block in images] == [("Drugi", public_id)]
    private_embed, public_embed = [block["html"] for block in page["body"] if "html" in block]
    assert "<img" in private_embed
    assert "src" not in private_embed
    assert "procelje" in public_embed
    # Inserted into pages on the frontend's origin: the rendition's address is absolute.
    assert 'src="http://cms.test/media/images/' in public_embed
    card = result["data"]["projects"]["items"][0]
    assert [logo["id"] for logo in card["logos"]] == [public_id]
    assert sorted(bool(partner["logo"]) for partner in card["partners"]) == [False, True]


EVENT_IMAGES = f"""
query EventImages($from: Date!, $to: Date!) {{
  page(urlPath: "/dogodki/z-sliko/") {{
    ... on EventPage {{ image {{ {IMAGE} }} jsonLd body {{ blockType }} }}
  }}
  events(from: $from, to: $to) {{ event {{ title image {{ {IMAGE} }} jsonLd }} }}
}}
"""


@pytest.mark.parametrize("which", ["private", "below_private"])
def test_an_events_private_image_is_null_and_not_in_its_json_ld(graphql, library, site_tree, which):
    calendar = publish(EventIndexPageFactory(parent=site_tree["sl"], slug="dogodki"))
    start = timezone.now() + timedelta(days=2)
    event = EventPageFactory(
        parent=calendar,
        slug="z-sliko",
        image=library[which],
        start=start,
        end=start + timedelta(hours=2),
        body=[_image_block(library[which], "Plakat")],
    )
    publish(event)
    window = {"from": timezone.localdate().isoformat(), "to": timezone.localdate(start).isoformat()}

    result = graphql(EVENT_IMAGES, window)

    assert "errors" not in result, result
    _assert_no_private_image(result, library)
    page = result["data"]["page"]
    assert page["image"] is None
    assert page["body"] == []
    assert "image" not in json.loads(page["jsonLd"])
    [listed] = result["data"]["events"]
    assert listed["event"]["image"] is None


def test_an_events_public_image_is_served_with_its_json_ld(graphql, library, site_tree):
    calendar = publish(EventIndexPageFactory(parent=site_tree["sl"], slug="dogodki"))
    start = timezone.now() + timedelta(days=2)
    publish(
        EventPageFactory(
            parent=calendar,
            slug="z-sliko",
            image=library["public"],
            start=start,
            end=start + timedelta(hours=2),
        )
    )
    window = {"from": timezone.localdate().isoformat(), "to": timezone.localdate(start).isoformat()}

    page = graphql(EVENT_IMAGES, window)["data"]["page"]

    assert page["image"]["id"] == str(library["public"].pk)
    assert "procelje" in json.loads(page["jsonLd"])["image"]


FOOTER_LOGOS = f"""
query FooterLogos {{
  siteSettings {{ footer {{ partnerLogos {{ name image {{ {IMAGE} }} }} }} }}
}}
"""


def test_footer_logos_of_private_collections_are_left_out(graphql, library, site_tree):
    footer = SiteFooter.objects.create(
        locale=site_tree["sl"].locale,
        cookie_notice="Piškotki.",
        settings_label="Nastavitve",
        close_label="Zapri",
    )
    for order, (which, name) in enumerate(
        [("private", "Uprava"), ("public", "Mestna občina"), ("below_private", "Kadri")]
    ):
        SiteFooterPartnerLogo.objects.create(
            footer=footer, locale=footer.locale, sort_order=order, image=library[which], name=name
        )

    result = graphql(FOOTER_LOGOS)

    assert "errors" not in result, result
    _assert_no_private_image(result, library)
    logos = result["data"]["siteSettings"]["footer"]["partnerLogos"]
    assert [(logo["name"], logo["image"]["id"]) for logo in logos] == [
        ("Mestna občina", str(library["public"].pk))
    ]


@pytest.mark.parametrize(
    ("type_name", "field_name"),
    [("ImageChooserBlock", "image"), ("ImageBlock", "image"), ("ImageBlock", "altText")],
)
def test_grapples_image_blocks_serve_no_private_image(rf, library, type_name, field_name):
    """A stream that held a bare image block would serve it through these types."""

    class Child:
        value = library["below_private"]

    class Info:
        context = rf.get("/graphql/")

    library["below_private"].contextual_alt_text = "Kadrovska mapa"
    resolve = schema.graphql_schema.get_type(type_name).fields[field_name].resolve

    assert resolve(Child(), Info()) is None
    Child.value = library["public"]
    library["public"].contextual_alt_text = "Pročelje"
    assert resolve(Child(), Info()) in (library["public"], "Pročelje")


PREVIEW_IMAGES = f"""
query PreviewImages($token: String!) {{
  page(token: $token) {{
    ... on ProjectPage {{
      logos {{ {IMAGE} }}
      partners {{ organisation logo {{ {IMAGE} }} }}
      body {{ blockType ... on CaptionedImageBlock {{ image {{ {IMAGE} }} }} }}
    }}
  }}
}}
"""


def test_a_preview_shows_no_private_image_either(graphql, library, project):
    project.logos = [ProjectLogo(image=library["below_private"])]
    project.partners = [
        ProjectPartner(organisation="Zasebna", country="LV", logo=library["private"])
    ]
    project.body = [_image_block(library["private"], "Osnutek")]
    token = project.save_revision().as_object().create_page_preview().token

    result = graphql(PREVIEW_IMAGES, {"token": token})

    assert "errors" not in result, result
    _assert_no_private_image(result, library)
    assert result["data"]["page"] == {
        "logos": [],
        "partners": [{"organisation": "Zasebna", "logo": None}],
        "body": [],
    }
