"""``sitemap`` and ``redirects``: what a frontend builds its routes from, public pages only."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from tests.factories import PlainPageFactory, publish, translate

SITEMAP = """
query Sitemap($locale: String, $page: Int, $perPage: Int) {
  sitemap(locale: $locale, page: $page, perPage: $perPage) {
    items { url href locale lastmod alternates { hreflang href } }
    pagination { total totalPages nextPage }
  }
}
"""

REDIRECTS = """
query Redirects($locale: String, $page: Int, $perPage: Int) {
  redirects(locale: $locale, page: $page, perPage: $perPage) {
    items { oldPath newUrl isPermanent }
    pagination { total }
  }
}
"""


def sitemap_urls(result) -> list[str]:
    assert "errors" not in result, result
    return [item["url"] for item in result["data"]["sitemap"]["items"]]


@pytest.mark.django_db
def test_sitemap_lists_every_public_page_of_the_locale_in_tree_order(graphql, events_sl):
    translate(events_sl, "en", title="Events", slug="events")

    assert sitemap_urls(graphql(SITEMAP, {"locale": "sl"})) == ["/", "/dogodki/"]
    assert sitemap_urls(graphql(SITEMAP, {"locale": "en"})) == ["/en/", "/en/events/"]


@pytest.mark.django_db
def test_sitemap_entry_has_absolute_url_lastmod_and_alternates(graphql, events_sl, settings):
    settings.FRONTEND_BASE_URL = "https://knjiznica.example"
    translate(events_sl, "en", title="Events", slug="events")

    entry = graphql(SITEMAP, {"locale": "en"})["data"]["sitemap"]["items"][1]

    assert entry["href"] == "https://knjiznica.example/en/events/"
    assert entry["locale"] == "en"
    assert entry["lastmod"].startswith(str(events_sl.last_published_at.year))
    assert {(a["hreflang"], a["href"]) for a in entry["alternates"]} == {
        ("sl", "https://knjiznica.example/dogodki/"),
        ("x-default", "https://knjiznica.example/dogodki/"),
        ("en", "https://knjiznica.example/en/events/"),
    }


@pytest.mark.django_db
def test_sitemap_leaves_out_every_page_the_public_cannot_see(graphql, hidden_pages):
    listed = sitemap_urls(graphql(SITEMAP, {"locale": "sl"}))

    assert listed == ["/", "/dogodki/"]
    for page in hidden_pages:
        assert f"/{page.slug}/" not in listed


@pytest.mark.django_db
def test_sitemap_pages_through_with_a_larger_maximum(graphql, site_tree, settings):
    settings.HEADLESS_SITEMAP_MAX_PER_PAGE = 2
    for number in range(3):
        publish(PlainPageFactory(parent=site_tree["sl"], slug=f"stran-{number}"))

    first = graphql(SITEMAP, {"perPage": 2})["data"]["sitemap"]
    second = graphql(SITEMAP, {"perPage": 2, "page": 2})["data"]["sitemap"]

    assert first["pagination"] == {"total": 4, "totalPages": 2, "nextPage": 2}
    assert [item["url"] for item in first["items"] + second["items"]] == [
        "/",
        "/stran-0/",
        "/stran-1/",
        "/stran-2/",
    ]
    too_big = graphql(SITEMAP, {"perPage": 3})["errors"][0]
    assert too_big["message"] == "perPage must be between 1 and 2, got 3."
    assert too_big["extensions"]["code"] == "PAGE_SIZE_EXCEEDED"


@pytest.mark.django_db
def test_sitemap_refuses_an_unknown_locale(graphql, site_tree):
    error = graphql(SITEMAP, {"locale": "de"})["errors"][0]
    assert error["extensions"]["code"] == "UNKNOWN_LOCALE"
    assert '"en", "sl"' in error["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("size", [3, 30])
def test_sitemap_costs_the_same_whatever_its_size(graphql, site_tree, count_queries, size):
    for number in range(size):
        page = publish(PlainPageFactory(parent=site_tree["sl"], slug=f"stran-{number}"))
        translate(page, "en", slug=f"page-{number}")

    # As on a fresh worker: publishing (content_changed works out URLs) warmed Wagtail's cache.
    Site.clear_site_root_paths_cache()
    with count_queries() as counter:
        result = graphql(SITEMAP, {"locale": "en", "perPage": 100})

    assert len(result["data"]["sitemap"]["items"]) == size + 1
    assert counter.count == SITEMAP_QUERIES


#: the page of results with their total, translations, locales, the hidden and private
#: sections, and Wagtail's site root paths for page URLs (two statements, the same for one page
#: or a thousand; with one site, URLs need not know the request's site).
SITEMAP_QUERIES = 6


@pytest.mark.django_db
def test_redirects_lead_only_to_public_pages_of_the_locale(graphql, events_sl, hidden_pages):
    events_en = translate(events_sl, "en", title="Events", slug="events")
    Redirect.add_redirect("/stari-dogodki", events_sl, is_permanent=True)
    Redirect.add_redirect("/old-events", events_en, is_permanent=False)
    Redirect.add_redirect("/katalog", "https://www.cobiss.si/", is_permanent=True)
    for page in hidden_pages:
        Redirect.add_redirect(f"/skrito-{page.slug}", page)

    sl = graphql(REDIRECTS, {"locale": "sl"})["data"]["redirects"]["items"]
    en = graphql(REDIRECTS, {"locale": "en"})["data"]["redirects"]["items"]

    assert sl == [
        {"oldPath": "/katalog", "newUrl": "https://www.cobiss.si/", "isPermanent": True},
        {"oldPath": "/stari-dogodki", "newUrl": "/dogodki/", "isPermanent": True},
    ]
    assert en == [
        {"oldPath": "/katalog", "newUrl": "https://www.cobiss.si/", "isPermanent": True},
        {"oldPath": "/old-events", "newUrl": "/en/events/", "isPermanent": False},
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("size", [2, 20])
def test_redirects_cost_the_same_whatever_their_number(graphql, events_sl, count_queries, size):
    for number in range(size):
        Redirect.add_redirect(f"/staro-{number}", events_sl)

    Site.clear_site_root_paths_cache()  # as on a fresh worker
    with count_queries() as counter:
        result = graphql(REDIRECTS, {"perPage": 100})

    assert result["data"]["redirects"]["pagination"]["total"] == size
    # the page of results with target pages and their total, locales, the hidden and private
    # sections, and Wagtail's site root paths for URLs (two statements; with one site, URLs need
    # not know the request's site).
    assert counter.count == 5
