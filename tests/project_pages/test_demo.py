"""The demo loader maps every fixture fact to its field, in both languages, once."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from project_pages.demo import load_fixture
from project_pages.models import (
    FundingProgramme,
    Person,
    ProjectIndexPage,
    ProjectPage,
    TargetGroup,
)

pytestmark = pytest.mark.django_db


def test_nine_projects_in_each_language_as_translations(demo_content):
    fixture = load_fixture()
    assert len(fixture["projects"]) == 9
    for project in fixture["projects"]:
        sl = ProjectPage.objects.get(locale__language_code="sl", slug=project["sl"]["slug"])
        en = ProjectPage.objects.get(locale__language_code="en", slug=project["en"]["slug"])
        assert sl.translation_key == en.translation_key
        assert (sl.live, en.live, en.has_unpublished_changes) == (True, True, False)
        assert (sl.title, en.title) == (project["sl"]["title"], project["en"]["title"])
        assert (sl.start_year, sl.end_year) == (project["start_year"], project["end_year"])
        assert sl.library_role == project["library_role"]
        assert sorted(p.country.code for p in sl.partners.all()) == sorted(
            p["country"] for p in project["partners"]
        )
        assert [c.person.name for c in en.contacts.all()] == [
            next(p["name"] for p in fixture["people"] if p["key"] == key)
            for key in project["contacts"]
        ]
        assert sorted(g.slug for g in en.target_groups.all()) == sorted(project["target_groups"])
        assert {g.locale.language_code for g in en.target_groups.all()} <= {"en"}
        if project["programme"]:
            assert (sl.programme.slug, sl.programme.locale.language_code) == (
                project["programme"],
                "sl",
            )
            assert en.programme.locale.language_code == "en"
        assert en.logos.count() == len(project["logos"])


def test_seed_facts_survive(demo_content):
    tech = ProjectPage.objects.get(locale__language_code="sl", slug="tech-library")
    assert tech.duration_label == "2020–2022"
    assert sorted(p.country.code for p in tech.partners.all()) == ["BG", "HR", "IT", "LV", "RO"]
    assert [c.person.display_name for c in tech.contacts.all()] == ["dr. Simona Šinko"]
    index = ProjectIndexPage.objects.get(locale__language_code="sl")
    assert "Vključevanje v mednarodne projekte" in index.intro


def test_loading_again_changes_nothing(demo_content):
    models = (Page, Revision, TargetGroup, FundingProgramme, Person)
    before = {model: model.objects.count() for model in models}
    call_command("load_demo", stdout=StringIO())
    assert {model: model.objects.count() for model in models} == before
