"""Every rich text the API serves is sanitised, whichever page type holds it and however the
HTML got into the database (an import, a shell, a migration)."""

import pytest
from wagtail.rich_text import RichText

from cms.graphql.schema import schema
from tests.calendar_app.factories import EventIndexPageFactory
from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p onclick="steal()">Dobrodošli <a href="javascript:alert(1)">povezava</a></p>'
    "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>"
    "<iframe src='https://evil.example'></iframe>"
)

INTROS = """
query Intros($urlPath: String!, $locale: String) {
  page(urlPath: $urlPath, locale: $locale) {
    ... on HomePage { homeIntro: intro }
    ... on ProjectIndexPage { intro }
    ... on EventIndexPage { intro }
  }
  pages(locale: $locale) {
    ... on HomePage { homeIntro: intro }
    ... on ProjectIndexPage { intro }
    ... on EventIndexPage { intro }
  }
}
"""


def _assert_sanitised(html: str) -> None:
    assert "<script" not in html
    assert "onclick" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert "<iframe" not in html
    assert "Dobrodošli" in html
    assert "povezava</a>" in html


@pytest.mark.parametrize(
    ("page_type", "url_path"),
    [("home", "/"), ("projects", "/projekti/"), ("events", "/dogodki/")],
)
def test_the_intro_of_every_page_type_is_sanitised(graphql, site_tree, page_type, url_path):
    home = site_tree["sl"]
    if page_type == "home":
        page = home
    elif page_type == "projects":
        page = ProjectIndexPageFactory(parent=home, slug="projekti")
    else:
        page = EventIndexPageFactory(parent=home, slug="dogodki")
    page.intro = HOSTILE
    publish(page)

    result = graphql(INTROS, {"urlPath": url_path, "locale": "sl"})

    assert "errors" not in result, result
    found = result["data"]["page"]
    _assert_sanitised(found.get("homeIntro") or found["intro"])
    listed = [item.get("homeIntro") or item.get("intro") or "" for item in result["data"]["pages"]]
    hostile = [intro for intro in listed if "Dobrodošli" in intro]
    assert len(hostile) == 1
    _assert_sanitised(hostile[0])


@pytest.mark.parametrize("type_name", ["RichTextBlock", "RawHTMLBlock"])
def test_grapples_bare_html_blocks_serve_sanitised_html(type_name):
    """A stream that held a bare rich text or raw HTML block would serve it through these
    types: their ``value`` is sanitised too."""

    class Child:
        value = RichText(HOSTILE) if type_name == "RichTextBlock" else HOSTILE

    block_type = schema.graphql_schema.get_type(type_name)
    html = block_type.fields["value"].resolve(Child(), None)

    _assert_sanitised(html)
