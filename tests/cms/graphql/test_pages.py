"""``pages``, ``page`` and ``search``: one locale at a time, public pages only, clear errors."""

import pytest

from tests.factories import PlainPageFactory, publish, translate

PAGES = """
query PublicPages($locale: String, $limit: PositiveInt, $offset: PositiveInt, $order: String) {
  pages(locale: $locale, limit: $limit, offset: $offset, order: $order) {
    title
    locale
    translations { locale title url }
  }
}
"""

PAGE_BY_SLUG = """
query PageBySlug($slug: String!, $locale: String) {
  page(slug: $slug, locale: $locale) { title locale url parent { title } }
}
"""

PAGE_BY_URL_PATH = """
query PageByUrlPath($urlPath: String!, $locale: String) {
  page(urlPath: $urlPath, locale: $locale) { title locale }
}
"""

SEARCH = """
query SearchPages($query: String!, $locale: String) {
  search(query: $query, locale: $locale) { title locale }
}
"""


def titles(result, field="pages"):
    assert "errors" not in result, result
    return sorted(page["title"] for page in result["data"][field])


@pytest.mark.django_db
def test_pages_lists_only_public_pages_of_the_default_locale(graphql, hidden_pages):
    assert titles(graphql(PAGES)) == ["Dogodki", "Domov"]


@pytest.mark.django_db
def test_hidden_pages_never_appear(graphql, hidden_pages):
    hidden_titles = {page.title for page in hidden_pages}
    for language in ("sl", "en"):
        listed = set(titles(graphql(PAGES, {"locale": language, "limit": 100})))
        assert not listed & hidden_titles, language
    for page in hidden_pages:
        result = graphql(PAGE_BY_SLUG, {"slug": page.slug})
        assert result["data"]["page"] is None, page.title
        searched = graphql(SEARCH, {"query": page.title})
        assert searched["data"]["search"] == [], page.title


@pytest.mark.django_db
def test_unpublished_changes_stay_private(graphql, events_sl):
    events_sl.title = "Dogodki (osnutek)"
    events_sl.save_revision()
    result = graphql(PAGE_BY_SLUG, {"slug": "dogodki"})
    assert result["data"]["page"]["title"] == "Dogodki"


@pytest.mark.django_db
def test_same_slug_in_two_locales_is_unambiguous(graphql, events_sl):
    translate(events_sl, "en", title="Events")
    sl = graphql(PAGE_BY_SLUG, {"slug": "dogodki", "locale": "sl"})["data"]["page"]
    en = graphql(PAGE_BY_SLUG, {"slug": "dogodki", "locale": "en"})["data"]["page"]
    assert (sl["title"], sl["locale"], sl["parent"]["title"]) == ("Dogodki", "sl", "Domov")
    assert (en["title"], en["locale"], en["parent"]["title"]) == ("Events", "en", "Home")


@pytest.mark.django_db
def test_url_path_is_relative_to_the_locale_home(graphql, events_sl):
    translate(events_sl, "en", title="Events", slug="events")
    assert graphql(PAGE_BY_URL_PATH, {"urlPath": "/dogodki/"})["data"]["page"]["title"] == (
        "Dogodki"
    )
    en = graphql(PAGE_BY_URL_PATH, {"urlPath": "events", "locale": "en"})["data"]["page"]
    assert en == {"title": "Events", "locale": "en"}
    home = graphql(PAGE_BY_URL_PATH, {"urlPath": "/", "locale": "en"})["data"]["page"]
    assert home == {"title": "Home", "locale": "en"}
    assert graphql(PAGE_BY_URL_PATH, {"urlPath": "/events/"})["data"]["page"] is None


@pytest.mark.django_db
def test_every_page_names_its_public_translations(graphql, site_tree, events_sl):
    draft_en = events_sl.copy_for_translation(site_tree["en"].locale)  # a draft: not listed
    assert not draft_en.live
    result = graphql(PAGES, {"locale": "sl", "order": "path"})
    assert result["data"]["pages"] == [
        {
            "title": "Domov",
            "locale": "sl",
            "translations": [{"locale": "en", "title": "Home", "url": "/en/"}],
        },
        {"title": "Dogodki", "locale": "sl", "translations": []},
    ]


@pytest.mark.django_db
def test_unknown_locale_is_an_error_listing_valid_codes(graphql, site_tree):
    for query, variables in (
        (PAGES, {"locale": "xx"}),
        (PAGE_BY_SLUG, {"slug": "domov", "locale": "xx"}),
        (SEARCH, {"query": "Domov", "locale": "xx"}),
    ):
        error = graphql(query, variables)["errors"][0]
        assert error["extensions"]["code"] == "UNKNOWN_LOCALE"
        assert 'Valid locale codes: "en", "sl".' in error["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("variables", "code", "allowed"),
    [
        ({"limit": 101}, "PAGE_SIZE_EXCEEDED", "between 1 and 100"),
        ({"order": "owner__password"}, "BAD_USER_INPUT", "first_published_at"),
        ({"order": "title,-locked_at"}, "BAD_USER_INPUT", "last_published_at"),
    ],
)
def test_bad_list_arguments_are_named_errors(graphql, site_tree, variables, code, allowed):
    result = graphql(PAGES, variables)
    assert result["data"] is None
    assert result["errors"][0]["extensions"]["code"] == code
    assert allowed in result["errors"][0]["message"]


@pytest.mark.django_db
def test_nested_lists_get_the_same_argument_checks(graphql, site_tree):
    result = graphql(
        """
        query ChildrenSortedByHiddenField {
          page(slug: "domov") { children(order: "owner__password") { title } }
        }
        """
    )
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content_type", "message"),
    [("nodot", 'of the form "app_label.ModelName"'), ("nope.Nothing", "Unknown contentType")],
)
def test_malformed_content_type_is_a_named_error(graphql, site_tree, content_type, message):
    result = graphql(
        """
        query PagesOfType($contentType: String) { pages(contentType: $contentType) { title } }
        """,
        {"contentType": content_type},
    )
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert message in result["errors"][0]["message"]


@pytest.mark.django_db
def test_content_type_filter(graphql, events_sl):
    result = graphql(
        """
        query HomePages { pages(contentType: "home.HomePage") { title } }
        """
    )
    assert titles(result) == ["Domov"]


@pytest.mark.django_db
def test_page_needs_exactly_one_lookup(graphql, site_tree):
    result = graphql('query TwoLookups { page(slug: "domov", id: 1) { title } }')
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.django_db
def test_search_finds_public_pages_of_one_locale(graphql, events_sl):
    translate(events_sl, "en", title="Events")
    assert titles(graphql(SEARCH, {"query": "Dogodki"}), "search") == ["Dogodki"]
    assert titles(graphql(SEARCH, {"query": "Events", "locale": "en"}), "search") == ["Events"]
    assert graphql(SEARCH, {"query": "Events", "locale": "sl"})["data"]["search"] == []


LISTING = """
query PageCards {
  pages(locale: "sl", limit: 100) {
    title url locale translations { locale title url } parent { title }
  }
}
"""


def _add_translated_pages(parent, count: int, prefix: str) -> None:
    for number in range(count):
        page = publish(PlainPageFactory(parent=parent, title=f"Stran {prefix}{number}"))
        translate(page, "en", title=f"Page {prefix}{number}")


@pytest.mark.django_db
def test_listing_costs_the_same_queries_at_any_size(graphql, count_queries, site_tree):
    _add_translated_pages(site_tree["sl"], 2, "a")
    graphql(LISTING)  # fills Wagtail's cache of site root paths, as any earlier request would
    with count_queries() as small:
        assert len(graphql(LISTING)["data"]["pages"]) == 3
    _add_translated_pages(site_tree["sl"], 10, "b")
    with count_queries() as large:
        assert len(graphql(LISTING)["data"]["pages"]) == 13
    assert small.count == large.count, large.statements


TREE = """
query Tree {
  page(urlPath: "/") {
    children { title }
    descendants { title }
  }
}
"""


@pytest.mark.django_db
def test_tree_fields_follow_the_same_rules(graphql, hidden_pages, events_sl):
    page = graphql(TREE)["data"]["page"]
    assert [child["title"] for child in page["children"]] == ["Dogodki"]
    assert [descendant["title"] for descendant in page["descendants"]] == ["Dogodki"]
    siblings = graphql(
        'query Siblings { page(slug: "dogodki") { siblings { title } ancestors { title } } }'
    )["data"]["page"]
    assert siblings == {"siblings": [], "ancestors": [{"title": "Domov"}]}
