"""Editors see our own admin strings in their language: Slovene or English.

Tab headings, field labels, help texts, choice labels, StreamField block labels, snippet menu
labels and validation messages come from project_pages/locale and cms/locale.
"""

import pytest
from wagtail.test.utils.form_data import inline_formset

from tests.project_pages.test_admin import project_form

pytestmark = pytest.mark.django_db

# The same strings in each language: a tab, a panel heading, a field label, a help text, a
# choice, an inline panel and a StreamField block label.
PROJECT_EDITOR = {
    "sl": [
        "Podatki o projektu",
        "Trajanje",
        "Leto začetka",
        "Leto, v katerem se je projekt začel, npr. 2020.",
        "Pridruženi partner",
        "Kontaktne osebe",
        "Cilj (ena alineja)",
    ],
    "en": [
        "Project facts",
        "Duration",
        "Start year",
        "The year the project started, e.g. 2020.",
        "Associate partner",
        "Contact persons",
        "Goal (one list item)",
    ],
}
TABS = ("content", "project_facts", "partners", "materials", "promotion")


def _add_project_url(index) -> str:
    return f"/admin/pages/add/project_pages/projectpage/{index.pk}/"


def _post_invalid(client, index, data) -> str:
    """The editor form shown again with its errors, as the editor sees it."""
    response = client.post(_add_project_url(index), {**data, "action-publish": "Publish"})
    assert response.status_code == 200, "the form should be shown again with errors"
    return response.content.decode()


@pytest.mark.parametrize(("language_code", "other"), [("sl", "en"), ("en", "sl")])
def test_project_editor_speaks_the_editors_language(editor_in, project_index, language_code, other):
    response = editor_in(language_code).get(_add_project_url(project_index))

    assert response.status_code == 200
    content = response.content.decode()
    assert f'<html lang="{language_code}"' in content
    for text in PROJECT_EDITOR[language_code]:
        assert text in content, text
    for text in PROJECT_EDITOR[other]:
        assert text not in content, text


@pytest.mark.parametrize("language_code", ["sl", "en"])
def test_tab_ids_do_not_depend_on_the_language(editor_in, project_index, language_code):
    content = editor_in(language_code).get(_add_project_url(project_index)).content.decode()

    for tab in TABS:
        assert f'id="tab-label-{tab}"' in content, tab


GIVE_THE_START_YEAR = {
    "sl": "Če je leto zaključka znano, vpišite tudi leto začetka.",
    "en": "Give the start year when the end year is known.",
}


@pytest.mark.parametrize(("language_code", "other"), [("sl", "en"), ("en", "sl")])
def test_validation_message_is_in_the_editors_language(
    editor_in, project_index, language_code, other
):
    content = _post_invalid(
        editor_in(language_code), project_index, project_form(start_year="", end_year="2022")
    )

    assert GIVE_THE_START_YEAR[language_code] in content
    assert GIVE_THE_START_YEAR[other] not in content


def test_end_before_start_is_refused_in_slovene(editor_in, project_index):
    client = editor_in("sl")

    end_before_start = _post_invalid(
        client, project_index, project_form(start_year="2022", end_year="2020")
    )
    no_document_or_address = _post_invalid(
        client,
        project_index,
        project_form(materials=inline_formset([{"title": "Priročnik", "external_url": ""}])),
    )

    assert "Projekt se ne more končati, preden se začne." in end_before_start
    assert "Izberite dokument ali vnesite zunanji naslov (eno ali drugo)." in (
        no_document_or_address
    )


def test_end_before_start_is_refused_in_english(editor_in, project_index):
    content = _post_invalid(
        editor_in("en"), project_index, project_form(start_year="2022", end_year="2020")
    )

    assert "The project cannot end before it starts." in content


@pytest.mark.parametrize(
    ("language_code", "labels"),
    [
        ("sl", ["Projekti", "Ciljne skupine", "Programi financiranja", "Kontaktne osebe"]),
        ("en", ["Projects", "Target groups", "Funding programmes", "Contact persons"]),
    ],
)
def test_snippet_menu_speaks_the_editors_language(editor_in, site_tree, language_code, labels):
    content = editor_in(language_code).get("/admin/").content.decode()

    for label in labels:
        assert label in content, label
