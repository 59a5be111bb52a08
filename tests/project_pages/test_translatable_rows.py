"""Partners' organisations and cities and materials' titles are translated in wagtail-localize
like the page's own text ("Trst" is "Trieste" on the English page); countries, websites and
documents follow the Slovene page."""

import pytest
from django.contrib.auth import get_user_model

from project_pages.models import ProjectMaterial, ProjectPartner
from tests.cms.editorial import logged_in
from tests.cms.localize_editor import TranslationEditor, slovene_project, submit_for_translation
from tests.factories import publish

pytestmark = pytest.mark.django_db

ENGLISH_ROWS = """
query EnglishRows($urlPath: String!) {
  page(urlPath: $urlPath, locale: "en") {
    ... on ProjectPage {
      partners { organisation city country { code } website }
      materials { title url }
    }
  }
}
"""


@pytest.fixture
def editor(project_index, django_capture_on_commit_callbacks):
    """The translation editor of a Slovene project with a partner in Trst and a material,
    opened by an editor who publishes."""
    source = slovene_project(project_index)
    source.partners = [
        ProjectPartner(
            organisation="Mestna knjižnica Trst",
            city="Trst",
            country="IT",
            website="https://www.biblioteche.trieste.it/",
        )
    ]
    source.materials = [
        ProjectMaterial(
            title="e-Priročnik dobrih praks", external_url="https://example.org/prirocnik.pdf"
        )
    ]
    source = publish(source)
    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "x")
    return TranslationEditor(logged_in(user), translation, django_capture_on_commit_callbacks)


def string_segments(editor) -> dict[str, str]:
    """Source text by content path, without the rows' keys: ``partners.city``."""
    segments = {}
    for segment in editor.props()["segments"]:
        if segment["type"] == "string":
            parts = segment["contentPath"].split(".")
            path = ".".join([parts[0], *parts[2:]]) if len(parts) > 2 else segment["contentPath"]
            segments[path] = segment["source"]
    return segments


def test_rows_take_their_pages_language_and_share_keys_across_translations(editor):
    source_rows = ProjectPartner.objects.filter(page__locale__language_code="sl")
    english_rows = ProjectPartner.objects.filter(page__locale__language_code="en")

    assert [row.locale.language_code for row in source_rows] == ["sl"]
    assert [row.locale.language_code for row in english_rows] == ["en"]
    assert english_rows[0].translation_key == source_rows[0].translation_key


def test_partner_and_material_texts_are_offered_for_translation(editor):
    segments = string_segments(editor)

    assert segments["partners.city"] == "Trst"
    assert segments["partners.organisation"] == "Mestna knjižnica Trst"
    assert segments["materials.title"] == "e-Priročnik dobrih praks"
    assert not {"partners.website", "partners.country", "materials.external_url"} & set(segments)


def test_a_translated_city_is_served_on_the_english_page(editor, graphql):
    by_path = {}
    for segment in editor.props()["segments"]:
        parts = segment["contentPath"].split(".")
        by_path[f"{parts[0]}.{parts[-1]}"] = segment["contentPath"]
    responses = editor.translate(
        {
            by_path["partners.city"]: "Trieste",
            by_path["partners.organisation"]: "Trieste City Library",
            by_path["materials.title"]: "e-Handbook of good practice",
        }
    )
    assert all(response.status_code in (200, 201) for response in responses)

    assert editor.publish().status_code == 302

    below_home = "/" + editor.page.url_path.split("/", 2)[2]
    result = graphql(ENGLISH_ROWS, {"urlPath": below_home})
    assert result["data"]["page"] == {
        "partners": [
            {
                "organisation": "Trieste City Library",
                "city": "Trieste",
                "country": {"code": "IT"},
                "website": "https://www.biblioteche.trieste.it/",
            }
        ],
        "materials": [
            {"title": "e-Handbook of good practice", "url": "https://example.org/prirocnik.pdf"}
        ],
    }
    slovene = ProjectPartner.objects.get(page__locale__language_code="sl")
    assert (slovene.city, slovene.organisation) == ("Trst", "Mestna knjižnica Trst")
