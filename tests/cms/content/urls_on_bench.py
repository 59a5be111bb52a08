"""``cms.content.urls`` on the generated benchmark site (``make bench`` builds it): every page's URL
against ``Page.get_url``, and with ``--time`` the cost of both, interleaved in one process.

    DJANGO_SETTINGS_MODULE=benchmarks.settings .venv/bin/python -m tests.cms.content.urls_on_bench
    ... -m tests.cms.content.urls_on_bench --time

``test_urls_on_bench`` runs the check when the generated database exists.
"""

import os
import statistics
import sys
import time

import django

HOSTS = [None, "localhost", "elsewhere.example"]


def check() -> int:
    from django.test import RequestFactory
    from django.utils import translation
    from wagtail.models import Page

    from cms.content.urls import page_urls

    pages = list(Page.objects.order_by("path"))
    compared = 0
    for language in ("sl", "en"):
        with translation.override(language):
            for host in HOSTS:
                request = RequestFactory().get("/", HTTP_HOST=host) if host else None
                table = page_urls(request)
                plain = page_urls(request, as_page_url=True)
                for page in pages:
                    expected = page.get_url(request=request)
                    assert table.url(page.url_path) == expected, (page.url_path, host, language)
                    assert plain.url(page.url_path) == page.url, (page.url_path, host, language)
                    compared += 1
    print(f"{len(pages)} pages, {compared} URLs compared with Page.get_url: all equal")
    return len(pages)


def _rounds(pairs: dict, rounds: int) -> None:
    """Each pair (old or baseline, new) run alternately, the order shuffled per round;
    CPU-time ratios, median of the per-round ratios."""
    import random

    results = {name: ([], []) for name in pairs}
    for _ in range(rounds):
        for name in random.sample(list(pairs), len(pairs)):
            sides = [0, 1]
            random.shuffle(sides)
            for side in sides:
                start = time.process_time()
                pairs[name][side]()
                results[name][side].append(time.process_time() - start)
    for name, (old, new) in results.items():
        ratio = statistics.median(n / o for o, n in zip(old, new, strict=True))
        print(
            f"{name}: {statistics.median(old) * 1000:.1f} ms / "
            f"{statistics.median(new) * 1000:.1f} ms CPU; second/first {ratio:.2f}"
        )


def measure(rounds: int = 15) -> None:
    from types import SimpleNamespace

    from django.test import Client, RequestFactory, override_settings
    from wagtail.models import Locale

    from benchmarks.scenarios import graphql_url, manifest
    from cms.content.locales import locale_code_for_id
    from cms.content.pagination import paginate
    from cms.content.selectors import prepare_for_listing, public_translations_of, sitemap_pages
    from cms.content.urls import page_urls
    from cms.graphql.interfaces import Alternate, absolute_url
    from cms.graphql.interfaces import default_locale_code as default_code
    from cms.graphql.routing import SitemapEntry, SitemapListing, sitemap_rows

    sl = Locale.objects.get(language_code="sl")
    pages = list(sitemap_pages(locale=sl)[:500])

    def request():
        return RequestFactory().get("/graphql/")

    def get_url():
        r = request()
        return [page.get_url(request=r) for page in pages]

    def table_url():
        table = page_urls(request())
        return [table.url(page.url_path) for page in pages]

    def old_alternates(page, r):
        alternates = []
        for version in sorted([page, *public_translations_of(page)], key=lambda v: v.locale_id):
            url = version.get_url(request=r)
            if url is None:
                continue
            code = locale_code_for_id(version.locale_id, request=r)
            alternates.append(Alternate(hreflang=code, href=absolute_url(url)))
            if code == default_code():
                alternates.append(Alternate(hreflang="x-default", href=absolute_url(url)))
        return alternates

    def old_sitemap():
        """The resolvers before: models, ``get_url`` four times per entry."""
        r = request()
        items = paginate(sitemap_pages(locale=sl), page=1, per_page=500, max_size=1000).items
        return [
            (
                page.get_url(request=r),
                absolute_url(page.get_url(request=r)),
                page.last_published_at,
                old_alternates(page, r),
            )
            for page in prepare_for_listing(items)
        ]

    def new_sitemap():
        r = request()
        info = SimpleNamespace(context=r)
        rows = paginate(sitemap_rows(locale=sl), page=1, per_page=500, max_size=1000).items
        return [
            (
                SitemapEntry.resolve_url(item, info),
                SitemapEntry.resolve_href(item, info),
                SitemapEntry.resolve_lastmod(item, info),
                SitemapEntry.resolve_alternates(item, info),
            )
            for item in SitemapListing(rows, request=r).items
        ]

    old, new = old_sitemap(), new_sitemap()
    assert [(a, b, c, [(x.hreflang, x.href) for x in d]) for a, b, c, d in old] == [
        (a, b, c, [(x.hreflang, x.href) for x in d]) for a, b, c, d in new
    ]
    client = Client()
    sitemap = graphql_url("Sitemap", {"locale": "sl"}, manifest())
    detail = f"/api/v2/pages/{pages[-1].pk}/"

    def get(url):
        def run():
            response = client.get(url)
            assert response.status_code == 200, response.content[:300]

        return run

    with override_settings(RESPONSE_CACHE=False):
        _rounds(
            {
                "500 URLs (Page.get_url / PageUrls.url)": (get_url, table_url),
                "Sitemap sl resolvers (models / rows)": (old_sitemap, new_sitemap),
                "REST v2 detail / Sitemap sl operation": (get(detail), get(sitemap)),
            },
            rounds,
        )


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    django.setup()
    check()
    if "--time" in sys.argv:
        measure()
