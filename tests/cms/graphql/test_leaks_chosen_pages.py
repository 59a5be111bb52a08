"""Pages an editor chose (link blocks, page chooser blocks, an event's project, rich text
links) are served as their public version in the requested language, or not at all: never a
draft, a private or expired page, or a page in another language."""

from types import SimpleNamespace

import pytest
from django.test import RequestFactory
from wagtail.models import Locale

from cms.content.context import context_of
from cms.graphql.schema import schema
from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory
from tests.factories import PlainPageFactory, publish, translate
from tests.project_pages.factories import ProjectPageFactory

PROJECT_LINKS = """
query ProjectLinks($urlPath: String!, $locale: String) {
  page(urlPath: $urlPath, locale: $locale) {
    ... on ProjectPage {
      body {
        ... on ParagraphBlock { html }
        ... on LinkListBlock { links { ... on LinkBlock { title url } } }
      }
    }
  }
}
"""

EVENT_PROJECT = """
query EventProject($urlPath: String!, $locale: String) {
  page(urlPath: $urlPath, locale: $locale) { ... on EventPage { relatedProject { title url } } }
}
"""

LISTED_EVENT_PROJECTS = """
query ListedEventProjects($locale: String) {
  events(locale: $locale, from: "2020-12-01", to: "2020-12-31") {
    event { title relatedProject { title url } }
  }
}
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_page(site_tree):
    """A sl page with a public en translation."""
    page = publish(PlainPageFactory(parent=site_tree["sl"], title="Knjižnica", slug="knjiznica"))
    translate(page, "en", title="Library", slug="library")
    return page


@pytest.fixture
def untranslated_page(site_tree):
    return publish(PlainPageFactory(parent=site_tree["sl"], title="Samo slovensko", slug="samo"))


def _links(*pages) -> dict:
    return {
        "type": "link_list",
        "value": {
            "heading": "Povezave",
            "links": [{"title": page.title, "page": page.pk, "external_url": ""} for page in pages],
        },
    }


def _paragraph_linking(*pages) -> dict:
    links = " ".join(f'<a linktype="page" id="{page.pk}">{page.title}</a>' for page in pages)
    return {"type": "paragraph", "value": {"text": f"<p>{links}</p>"}}


def _project_with_body(index, body, *, translated: bool = False):
    project = ProjectPageFactory(parent=index, title="Javni projekt", slug="javni")
    project.body = body
    publish(project)
    if translated:  # the copy's links name the Slovene pages, as wagtail-localize leaves them
        translate(project, "en", title="Public project", slug="public")
    return project


def test_link_blocks_to_hidden_pages_have_no_url(graphql, site_tree, project_index, hidden_pages):
    _project_with_body(project_index, [_links(*hidden_pages, site_tree["sl"])])

    result = graphql(PROJECT_LINKS, {"urlPath": "/projekti/javni/"})

    links = result["data"]["page"]["body"][0]["links"]
    assert [link["url"] for link in links] == [None] * len(hidden_pages) + ["/"]


def test_link_blocks_lead_to_the_requested_languages_version(
    graphql, project_index, translated_page, untranslated_page
):
    _project_with_body(project_index, [_links(translated_page, untranslated_page)], translated=True)

    sl = graphql(PROJECT_LINKS, {"urlPath": "/projekti/javni/", "locale": "sl"})
    en = graphql(PROJECT_LINKS, {"urlPath": "/projects/public/", "locale": "en"})

    assert [link["url"] for link in sl["data"]["page"]["body"][0]["links"]] == [
        "/knjiznica/",
        "/samo/",
    ]
    # No English version of the second page: no link (never the Slovene page on an English one).
    assert [link["url"] for link in en["data"]["page"]["body"][0]["links"]] == [
        "/en/library/",
        None,
    ]


def test_with_fallback_a_link_without_a_translation_leads_to_the_default_language(
    graphql, settings, project_index, untranslated_page
):
    settings.HEADLESS_LOCALE_FALLBACK = True
    _project_with_body(project_index, [_links(untranslated_page)], translated=True)

    en = graphql(PROJECT_LINKS, {"urlPath": "/projects/public/", "locale": "en"})

    assert en["data"]["page"]["body"][0]["links"][0]["url"] == "/samo/"


def test_rich_text_links_to_hidden_pages_keep_their_text_only(graphql, project_index, hidden_pages):
    _project_with_body(project_index, [_paragraph_linking(*hidden_pages)])

    html = graphql(PROJECT_LINKS, {"urlPath": "/projekti/javni/"})["data"]["page"]["body"][0]

    assert "href" not in html["html"]
    for page in hidden_pages:
        assert f'<a rel="noopener noreferrer">{page.title}</a>' in html["html"]


def test_rich_text_links_to_a_page_without_a_translation_lose_their_address(
    graphql, project_index, translated_page, untranslated_page
):
    _project_with_body(
        project_index, [_paragraph_linking(translated_page, untranslated_page)], translated=True
    )

    en = graphql(PROJECT_LINKS, {"urlPath": "/projects/public/", "locale": "en"})

    assert en["data"]["page"]["body"][0]["html"] == (
        '<p><a href="/en/library/" rel="noopener noreferrer">Knjižnica</a> '
        '<a rel="noopener noreferrer">Samo slovensko</a></p>'
    )


def _resolve_page_chooser(page, *, locale: str):
    """What the served schema's ``PageChooserBlock.page`` answers for a block holding ``page``.

    No block of this site serves a bare ``PageChooserBlock`` yet; a StreamField that does gets
    this resolver instead of grapple's.
    """
    request = RequestFactory().get("/graphql/")
    context_of(request).requested_locale = Locale.objects.get(language_code=locale)
    resolve = schema.graphql_schema.get_type("PageChooserBlock").fields["page"].resolve
    return resolve(SimpleNamespace(value=page), SimpleNamespace(context=request))


def test_page_chooser_blocks_serve_the_public_version_in_the_requested_language(
    translated_page, untranslated_page, hidden_pages
):
    english = _resolve_page_chooser(translated_page, locale="en")

    assert (english.title, english.locale.language_code) == ("Library", "en")
    assert _resolve_page_chooser(translated_page, locale="sl").title == "Knjižnica"
    assert _resolve_page_chooser(untranslated_page, locale="en") is None
    assert _resolve_page_chooser(None, locale="sl") is None
    for page in hidden_pages:
        assert _resolve_page_chooser(page, locale="sl") is None, page.title


@pytest.fixture
def events(site_tree, project_index):
    """A sl event of a translated project and one of a project only in sl, both translated
    to en by copying (so the English events still name the Slovene projects)."""
    calendar = publish(EventIndexPageFactory(parent=site_tree["sl"]))
    translate(calendar, "en", title="Calendar", slug="calendar")
    translated = publish(ProjectPageFactory(parent=project_index, title="LinkINjob", slug="lij"))
    translate(translated, "en", title="LinkINjob (en)", slug="lij")
    only_sl = publish(ProjectPageFactory(parent=project_index, title="Samo sl", slug="samo-sl"))
    for slug, project in (("prvi", translated), ("drugi", only_sl)):
        event = publish(
            EventPageFactory(parent=calendar, title=slug, slug=slug, related_project=project)
        )
        translate(event, "en", title=f"{slug} (en)", slug=slug)


def test_an_events_project_is_served_in_the_requested_language(graphql, events):
    def related(url_path, locale):
        result = graphql(EVENT_PROJECT, {"urlPath": url_path, "locale": locale})
        return result["data"]["page"]["relatedProject"]

    assert related("/koledar/prvi/", "sl") == {"title": "LinkINjob", "url": "/projekti/lij/"}
    assert related("/calendar/prvi/", "en") == {
        "title": "LinkINjob (en)",
        "url": "/en/projects/lij/",
    }
    assert related("/calendar/drugi/", "en") is None


def test_listed_events_projects_are_served_in_the_requested_language(graphql, events):
    listed = graphql(LISTED_EVENT_PROJECTS, {"locale": "en"})["data"]["events"]

    assert {item["event"]["title"]: item["event"]["relatedProject"] for item in listed} == {
        "prvi (en)": {"title": "LinkINjob (en)", "url": "/en/projects/lij/"},
        "drugi (en)": None,
    }
