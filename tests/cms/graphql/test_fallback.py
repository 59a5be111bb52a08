"""Fallback policy: a page or snippet with no version in the requested language is left out
(the default) or served in the default language and marked ``isFallback``."""

import pytest

from project_pages.models import ProjectPartner
from tests.factories import PlainPageFactory, publish, translate
from tests.project_pages.factories import (
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TargetGroupFactory,
)

PAGES = """
query EnglishPages { pages(locale: "en", order: "path") { title locale isFallback } }
"""
BY_PATH = """
query ByPath($urlPath: String!) {
  page(urlPath: $urlPath, locale: "en") { title locale isFallback }
}
"""
PROJECTS = """
query EnglishProjects($country: String) {
  projects(locale: "en", country: $country, order: START_ASC) {
    items { title locale isFallback targetGroups { name locale isFallback } }
    pagination { total }
  }
}
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def half_translated(site_tree):
    """Two sl projects, one translated to en, one not; each with a target group that has no
    English version."""
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    translate(index, "en", title="International projects", slug="projects")
    group = TargetGroupFactory(name="brezposelni", slug="unemployed", locale=index.locale)
    translated = ProjectPageFactory.build(title="Prevedeni", slug="prevedeni", start_year=2014,
                                          end_year=2015)  # fmt: skip
    untranslated = ProjectPageFactory.build(title="Neprevedeni", slug="neprevedeni",
                                            start_year=2012, end_year=2013)  # fmt: skip
    for project in (translated, untranslated):
        project.partners = [ProjectPartner(country="LV")]
        project.target_groups = [group]
        index.add_child(instance=project)
        publish(project)
    translate(translated, "en", title="Translated", slug="translated")
    return {"translated": translated, "untranslated": untranslated}


def test_without_fallback_untranslated_content_is_left_out(graphql, half_translated):
    pages = graphql(PAGES)["data"]["pages"]
    assert [page["title"] for page in pages] == ["Home", "International projects", "Translated"]
    assert not any(page["isFallback"] for page in pages)
    missing = graphql(BY_PATH, {"urlPath": "/projekti/neprevedeni/"})["data"]["page"]
    assert missing is None
    listing = graphql(PROJECTS)["data"]["projects"]
    assert [item["title"] for item in listing["items"]] == ["Translated"]
    assert listing["items"][0]["targetGroups"] == []  # no English version of the term


def test_with_fallback_the_default_language_fills_the_gaps(graphql, half_translated, settings):
    settings.HEADLESS_LOCALE_FALLBACK = True
    pages = graphql(PAGES)["data"]["pages"]
    assert {(page["title"], page["locale"], page["isFallback"]) for page in pages} == {
        ("Home", "en", False),
        ("International projects", "en", False),
        ("Translated", "en", False),
        ("Neprevedeni", "sl", True),
    }
    found = graphql(BY_PATH, {"urlPath": "/projekti/neprevedeni/"})["data"]["page"]
    assert found == {"title": "Neprevedeni", "locale": "sl", "isFallback": True}
    listing = graphql(PROJECTS, {"country": "LV"})["data"]["projects"]
    assert [(i["title"], i["isFallback"]) for i in listing["items"]] == [
        ("Neprevedeni", True),  # same order (oldest start first) and filters as translated ones
        ("Translated", False),
    ]
    assert listing["pagination"]["total"] == 2
    assert listing["items"][1]["targetGroups"] == [
        {"name": "brezposelni", "locale": "sl", "isFallback": True}
    ]


def test_fallback_never_serves_both_versions_of_a_page(graphql, site_tree, settings):
    settings.HEADLESS_LOCALE_FALLBACK = True
    page = publish(PlainPageFactory(parent=site_tree["sl"], title="Stran", slug="stran"))
    translate(page, "en", title="Page", slug="page")
    titles = [p["title"] for p in graphql(PAGES)["data"]["pages"]]
    assert "Page" in titles
    assert "Stran" not in titles


def test_fallback_does_not_apply_to_the_default_language(graphql, half_translated, settings):
    settings.HEADLESS_LOCALE_FALLBACK = True
    result = graphql('query Sl { pages(locale: "sl") { title isFallback } }')
    assert not any(page["isFallback"] for page in result["data"]["pages"])
    assert "Translated" not in [page["title"] for page in result["data"]["pages"]]
