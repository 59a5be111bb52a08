"""``cms.content.urls`` gives every page the URL ``Page.get_url`` gives it: several sites (one
inside another), both languages with their i18n prefixes, pages outside any site, aliases,
translations, unicode slugs, with and without a request, whatever language is active."""

import pytest
from django.apps import apps
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from cms.content import urls
from cms.content.urls import page_url, page_urls
from tests.factories import HomePageFactory, PlainPageFactory, publish, translate

HOSTS = ["localhost", "drugi.example", "sekcija.example", "neznan.example"]


@pytest.fixture
def two_sites(site_tree):
    """The default site (``site_tree``), a second site with its own home, a third one whose
    root is a section of the first, and pages outside every site."""
    home_sl, home_en = site_tree["sl"], site_tree["en"]
    root = Page.get_first_root_node()
    section = publish(PlainPageFactory(parent=home_sl, title="Sekcija", slug="sekcija"))
    deep = publish(PlainPageFactory(parent=section, title="Čebele", slug="čebelarstvo"))
    publish(PlainPageFactory(parent=deep, title="Panj", slug="panj"))
    translate(section, "en", slug="section")
    translate(deep, "en", slug="bees")
    other_home = HomePageFactory(parent=root, title="Drugi", slug="drugi")
    Site.objects.create(hostname="drugi.example", root_page=other_home)
    Site.objects.create(hostname="sekcija.example", port=8080, root_page=section)
    other_page = publish(PlainPageFactory(parent=other_home, title="Novice", slug="novice"))
    translate(other_home, "en", slug="other")
    translate(other_page, "en", slug="news")
    outside = publish(PlainPageFactory(parent=root, title="Zunaj", slug="zunaj"))
    publish(PlainPageFactory(parent=outside, title="Pod", slug="pod"))
    events = publish(PlainPageFactory(parent=home_sl, title="Dogodki", slug="dogodki"))
    events.create_alias(parent=other_home, update_slug="dogodki-alias")
    translate(events, "en", slug="events")
    draft = PlainPageFactory(parent=home_en, title="Draft", slug="draft", live=False)
    # A slug Wagtail's serve pattern does not allow: reverse() finds no URL for it.
    Page.objects.filter(pk=draft.pk).update(url_path=draft.url_path.replace("draft", "dr.aft"))
    Site.clear_site_root_paths_cache()
    return site_tree


def every_page() -> list[Page]:
    return list(Page.objects.order_by("path"))


def requests() -> list:
    factory = RequestFactory()
    return [None] + [factory.get("/", HTTP_HOST=host) for host in HOSTS]


@pytest.mark.django_db
@pytest.mark.parametrize("active", ["sl", "en"])
def test_every_page_has_the_url_wagtail_gives_it(two_sites, active):
    pages = every_page()
    assert len(pages) >= 15
    seen = set()
    with translation.override(active):
        for request in requests():
            table = page_urls(request)
            for page in pages:
                expected = page.get_url(request=request)
                assert table.url(page.url_path) == expected, (page.url_path, request)
                assert page_url(url_path=page.url_path, request=request) == expected
                if request is not None:
                    plain = page_urls(request, as_page_url=True)
                    assert plain.url(page.url_path) == page.url, page.url_path
                seen.add(expected)
    # The tree covers relative and absolute URLs, both prefixes, quoting and no URL at all.
    assert None in seen
    assert "/en/section/bees/" in seen
    assert "/sekcija/%C4%8Debelarstvo/" in seen
    assert "http://drugi.example/novice/" in seen
    assert "http://sekcija.example:8080/en/bees/" in seen


@pytest.mark.django_db
def test_rows_from_values_get_the_same_urls(two_sites):
    request = RequestFactory().get("/", HTTP_HOST="drugi.example")
    rows = list(Page.objects.order_by("path").values("url_path"))

    assert page_urls(request).urls(rows) == [page.get_url(request=request) for page in every_page()]


@pytest.mark.django_db
def test_without_trailing_slashes_too(two_sites, monkeypatch):
    monkeypatch.setattr("wagtail.models.pages.WAGTAIL_APPEND_SLASH", False)
    monkeypatch.setattr(urls, "WAGTAIL_APPEND_SLASH", False)
    for request in requests():
        table = page_urls(request)
        for page in every_page():
            assert table.url(page.url_path) == page.get_url(request=request)


@pytest.mark.django_db
def test_one_site_gives_paths_and_reads_no_site_for_them(site_tree, django_assert_num_queries):
    pages = every_page()
    expected = [page.get_url(request=RequestFactory().get("/")) for page in pages]
    request = RequestFactory().get("/", HTTP_HOST="elsewhere.example")
    Site.clear_site_root_paths_cache()
    with django_assert_num_queries(2):  # the sites with their root pages, the root's versions
        table = page_urls(request)
        assert [table.url(page.url_path) for page in pages] == expected
    assert page_urls(request) is table


def test_no_page_model_routes_its_own_urls():
    """The table follows Page.get_url_parts: a model with its own would need its own rule."""
    for model in apps.get_models():
        if issubclass(model, Page):
            assert model.get_url_parts is Page.get_url_parts, model
            assert model.get_url is Page.get_url, model


def test_the_serve_pattern_is_wagtails():
    from wagtail import urls as wagtail_urls

    assert urls._SERVE_PATTERN.pattern == wagtail_urls.serve_pattern
