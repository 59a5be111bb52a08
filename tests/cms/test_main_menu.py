"""``mainMenu``: the main menu of one language with the language it is served in, so that a
frontend can tell the default language's menu (a fallback) from the requested one's."""

import pytest

from cms.home.models import MainMenuItem
from tests.cms.test_site_settings import CATALOGUE, _queries, make_menu, make_translated_menus
from tests.factories import PlainPageFactory, publish, translate

MAIN_MENU = """
query MainMenu($locale: String) {
  mainMenu(locale: $locale) {
    __typename
    locale
    isFallback
    items { __typename label url isExternal }
  }
}
"""

NAVIGATION = """
query Navigation($locale: String) {
  navigation(locale: $locale) { label url isExternal }
}
"""


def main_menu(graphql, locale=None) -> dict | None:
    result = graphql(MAIN_MENU, {"locale": locale})
    assert "errors" not in result, result
    return result["data"]["mainMenu"]


def _items(*items: tuple[str, str, bool]) -> list[dict]:
    return [
        {"__typename": "NavigationItem", "label": label, "url": url, "isExternal": external}
        for label, url, external in items
    ]


@pytest.mark.django_db
def test_each_language_gets_its_own_menu_with_its_locale(graphql, site_tree, sections):
    """The projects are public in Slovene only, the calendar in English only."""
    make_translated_menus(site_tree, sections)

    assert main_menu(graphql, "sl") == {
        "__typename": "SiteMenu",
        "locale": "sl",
        "isFallback": False,
        "items": _items(
            ("Mednarodni projekti", "/projekti/", False), ("Katalog", CATALOGUE["url"], True)
        ),
    }
    assert main_menu(graphql, "en") == {
        "__typename": "SiteMenu",
        "locale": "en",
        "isFallback": False,
        "items": _items(
            ("Calendar", "/en/calendar/", False), ("Catalogue", CATALOGUE["url"], True)
        ),
    }
    assert main_menu(graphql) == main_menu(graphql, "sl")


@pytest.mark.django_db
def test_a_language_without_a_menu_is_served_the_default_ones_as_a_fallback(
    graphql, site_tree, sections
):
    """The default language's items, each in the requested language's public version; a page
    with none (the projects' English version is unpublished) is left out."""
    make_menu(
        site_tree["sl"].locale,
        [{"page": sections["projects"]}, {"page": sections["calendar"]}, CATALOGUE],
    )

    menu = main_menu(graphql, "en")

    assert menu["locale"] == "sl"
    assert menu["isFallback"] is True
    assert menu["items"] == _items(
        ("Calendar", "/en/calendar/", False), ("Katalog", CATALOGUE["url"], True)
    )
    navigation = graphql(NAVIGATION, {"locale": "en"})["data"]["navigation"]
    assert navigation == [
        {key: value for key, value in item.items() if key != "__typename"} for item in menu["items"]
    ]


@pytest.mark.django_db
def test_no_menu_in_the_language_or_the_default_is_null(graphql, site_tree):
    assert main_menu(graphql, "en") is None


@pytest.mark.django_db
def test_a_draft_page_in_the_menu_is_left_out(graphql, site_tree):
    draft = PlainPageFactory(parent=site_tree["sl"], title="Osnutek", slug="osnutek", live=False)
    make_menu(site_tree["sl"].locale, [{"page": draft}, CATALOGUE])

    assert [item["label"] for item in main_menu(graphql, "sl")["items"]] == ["Katalog"]


@pytest.mark.django_db
@pytest.mark.parametrize("locale", ["a", "xx", "sl-SI-x"])
def test_an_unknown_locale_is_an_error_naming_the_languages(graphql, site_tree, locale):
    result = graphql(MAIN_MENU, {"locale": locale})

    assert result["data"]["mainMenu"] is None
    [error] = result["errors"]
    assert error["extensions"]["code"]
    assert "sl" in error["message"]
    assert "en" in error["message"]


#: mainMenu: the locales (1), the menu with its locale (1), its items with their pages (1), the
#: hidden and private sections (1), the pages' public versions (1). Their URLs come from
#: ``url_path`` and the site roots Wagtail keeps in its cache: no query.
MAIN_MENU_QUERIES = 5


@pytest.mark.django_db
@pytest.mark.parametrize("locale", ["sl", "en"])  # en: the fallback
def test_main_menu_costs_a_fixed_number_of_queries(graphql, count_queries, site_tree, locale):
    pages = [
        publish(PlainPageFactory(parent=site_tree["sl"], title=f"Stran {n}", slug=f"stran-{n}"))
        for n in range(8)
    ]
    for n, page in enumerate(pages):
        translate(page, "en", title=f"Page {n}", slug=f"page-{n}")
    menu = make_menu(site_tree["sl"].locale, [{"page": page} for page in pages[:2]])
    two = _queries(graphql, count_queries, MAIN_MENU, locale)

    menu.items = [MainMenuItem(page=page, sort_order=n) for n, page in enumerate(pages)]
    menu.save()
    eight = _queries(graphql, count_queries, MAIN_MENU, locale)

    assert len(main_menu(graphql, locale)["items"]) == 8
    assert two.count == eight.count == MAIN_MENU_QUERIES, eight.statements
