"""The sitemap built from ``values()`` rows and the request's URL table: the URLs Wagtail gives
the pages on every site, no hidden translation among the alternates, and the response cache
still told which pages an answer shows."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from cms.content.changes import ContentChange, content_changed, page_tag
from cms.content.selectors import public_pages
from tests.factories import HomePageFactory, PlainPageFactory, publish, translate

SITEMAP = """
query Sitemap($locale: String) {
  sitemap(locale: $locale, perPage: 1000) {
    items { url href locale translationKey alternates { hreflang href } }
  }
}
"""


def entries(graphql, locale, **headers) -> list[dict]:
    result = graphql(SITEMAP, {"locale": locale}, **headers)
    assert "errors" not in result, result
    return result["data"]["sitemap"]["items"]


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["localhost", "drugi.example"])
def test_every_url_is_the_one_wagtail_gives_on_each_site(graphql, site_tree, settings, host):
    settings.ALLOWED_HOSTS = ["*"]
    settings.FRONTEND_BASE_URL = "https://knjiznica.example"
    events = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
    translate(events, "en", slug="events")
    other_home = publish(HomePageFactory(parent=Page.get_first_root_node(), slug="drugi"))
    Site.objects.create(hostname="drugi.example", root_page=other_home)
    publish(PlainPageFactory(parent=other_home, title="Novice", slug="novice"))
    Site.clear_site_root_paths_cache()
    request = RequestFactory().get("/", HTTP_HOST=host)
    seen = []
    for locale in ("sl", "en"):
        pages = list(public_pages().filter(locale__language_code=locale).order_by("path"))
        urls = [page.get_url(request=request) for page in pages]
        listed = entries(graphql, locale, HTTP_HOST=host)
        assert [entry["url"] for entry in listed] == urls
        assert [entry["href"] for entry in listed] == [
            "https://knjiznica.example" + url for url in urls
        ]
        seen += urls
    other_site_url = "/novice/" if host == "drugi.example" else "http://drugi.example/novice/"
    assert other_site_url in seen


def hide_by_draft(page):
    page.unpublish()


def hide_by_expiry(page):
    page.expire_at = timezone.now() - timedelta(minutes=1)
    page.save()


def hide_by_restriction(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="skrivnost"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("hide", [hide_by_draft, hide_by_expiry, hide_by_restriction])
def test_a_hidden_translation_is_no_alternate(graphql, site_tree, hide):
    events = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
    hide(translate(events, "en", slug="events"))

    entry = entries(graphql, "sl")[1]

    assert entry["url"] == "/dogodki/"
    assert [alternate["hreflang"] for alternate in entry["alternates"]] == ["sl", "x-default"]
    assert "/en/events/" not in [entry["url"] for entry in entries(graphql, "en")]


@pytest.mark.django_db
def test_the_cached_sitemap_goes_when_a_page_it_shows_or_links_changes(client, site_tree, settings):
    settings.RESPONSE_CACHE = True
    cache.clear()
    events = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
    events_en = translate(events, "en", slug="events")
    elsewhere = publish(PlainPageFactory(parent=site_tree["en"], title="Else", slug="else"))

    def status() -> str:
        body = {"query": SITEMAP, "variables": {"locale": "en"}}
        return client.post("/graphql/", body, content_type="application/json")["X-Cache"]

    for page, shown in ((elsewhere, True), (events_en, True), (events, True), (None, False)):
        assert status() == "MISS"
        assert status() == "HIT"
        # The page's own tag only, not its language's: the entry and its alternates carry it.
        tag = page_tag(page.pk) if page else page_tag(0)
        change = ContentChange(
            event="page.published", label="wagtailcore.page", object_id=0, locale="sl", tags=(tag,)
        )
        content_changed.send(sender=ContentChange, change=change)
        if not shown:
            assert status() == "HIT"
    cache.clear()
