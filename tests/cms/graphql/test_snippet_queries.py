"""Snippet listings (target groups, programmes, categories, venues) per language."""

import pytest

from tests.calendar_app.factories import EventCategoryFactory, VenueFactory
from tests.project_pages.factories import FundingProgrammeFactory, TargetGroupFactory

SNIPPETS = """
query Taxonomies($locale: String) {
  targetGroups(locale: $locale) { name slug locale isFallback }
  fundingProgrammes(locale: $locale) { name slug }
  eventCategories(locale: $locale) { name slug }
  venues(locale: $locale) { name locale }
}
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def snippets(site_tree):
    sl, en = site_tree["sl"].locale, site_tree["en"].locale
    translated = TargetGroupFactory(name="brezposelni", slug="unemployed", locale=sl)
    english = translated.copy_for_translation(en)
    english.name = "unemployed people"
    english.save()
    TargetGroupFactory(name="upokojenci", slug="retired", locale=sl)  # not translated
    FundingProgrammeFactory(name="Erasmus+", slug="erasmus", locale=sl)
    EventCategoryFactory(name="delavnica", slug="workshop", locale=sl)
    VenueFactory(name="Knjižnica Otona Župančiča", locale=sl)


def test_each_language_lists_its_own_snippets(graphql, snippets):
    sl = graphql(SNIPPETS)["data"]
    assert [g["name"] for g in sl["targetGroups"]] == ["brezposelni", "upokojenci"]
    assert sl["fundingProgrammes"] == [{"name": "Erasmus+", "slug": "erasmus"}]
    assert sl["eventCategories"] == [{"name": "delavnica", "slug": "workshop"}]
    assert sl["venues"] == [{"name": "Knjižnica Otona Župančiča", "locale": "sl"}]
    en = graphql(SNIPPETS, {"locale": "en"})["data"]
    assert en["targetGroups"] == [
        {"name": "unemployed people", "slug": "unemployed", "locale": "en", "isFallback": False}
    ]
    assert en["fundingProgrammes"] == en["eventCategories"] == en["venues"] == []


def test_fallback_serves_untranslated_snippets_marked(graphql, snippets, settings):
    settings.HEADLESS_LOCALE_FALLBACK = True
    groups = graphql(SNIPPETS, {"locale": "en"})["data"]["targetGroups"]
    assert sorted((g["name"], g["locale"], g["isFallback"]) for g in groups) == [
        ("unemployed people", "en", False),
        ("upokojenci", "sl", True),
    ]


def test_unknown_locale_is_an_error(graphql, snippets):
    error = graphql(SNIPPETS, {"locale": "xx"})["errors"][0]
    assert error["extensions"]["code"] == "UNKNOWN_LOCALE"
