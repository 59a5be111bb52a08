"""Drafts, private, expired and scheduled projects, private documents and unpublished linked
pages never reach the API; editors' HTML is sanitised."""

from datetime import timedelta

import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from project_pages.models import ProjectMaterial
from tests.factories import PlainPageFactory, publish
from tests.project_pages.factories import ProjectPageFactory

LISTING = """
query ProjectTitles {
  projects(perPage: 100) {
    items { title }
    pagination { total }
    facets { years { year count } }
  }
}
"""

INDEX_LISTING = """
query IndexProjectTitles {
  page(urlPath: "/projekti/") { ... on ProjectIndexPage { projects { items { title } } } }
}
"""

DETAIL = """
query ProjectBody($urlPath: String!) {
  page(urlPath: $urlPath) {
    ... on ProjectPage {
      materials { title url }
      body {
        blockType
        ... on ParagraphBlock { html }
        ... on DocumentBlock { title url }
        ... on LinkListBlock { links { ... on LinkBlock { title url } } }
      }
    }
  }
}
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_project(project_index):
    return publish(ProjectPageFactory(parent=project_index, title="Javni projekt", slug="javni"))


@pytest.fixture
def hidden_projects(project_index):
    now = timezone.now()
    draft = ProjectPageFactory(parent=project_index, title="Osnutek", live=False)
    private = publish(ProjectPageFactory(parent=project_index, title="Zasebni"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = publish(ProjectPageFactory(parent=project_index, title="Potekli"))
    expired.expire_at = now - timedelta(seconds=1)
    expired.save()
    scheduled = ProjectPageFactory(parent=project_index, title="Načrtovani", live=False)
    scheduled.go_live_at = now + timedelta(hours=1)
    scheduled.save_revision().publish()
    return [draft, private, expired, scheduled]


def test_listings_and_facets_hold_only_public_projects(graphql, public_project, hidden_projects):
    listing = graphql(LISTING)["data"]["projects"]
    assert [item["title"] for item in listing["items"]] == ["Javni projekt"]
    assert listing["pagination"]["total"] == 1
    assert sum(year["count"] for year in listing["facets"]["years"]) == 3  # 2020–2022, once
    index = graphql(INDEX_LISTING)["data"]["page"]["projects"]["items"]
    assert index == [{"title": "Javni projekt"}]


def test_a_private_index_hides_its_projects(graphql, project_index, public_project):
    PageViewRestriction.objects.create(page=project_index, restriction_type="login")
    assert graphql(LISTING)["data"]["projects"]["items"] == []
    assert graphql(INDEX_LISTING)["data"]["page"] is None


def _private_collection():
    collection = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


@pytest.mark.parametrize("below", [False, True], ids=["in", "below"])
def test_documents_in_or_below_private_collections_are_left_out(graphql, public_project, below):
    collection = _private_collection()
    if below:  # the restriction covers the collections inside it too
        collection = collection.add_child(name="Zapisniki")
    private_document = wagtail_factories.DocumentFactory(
        title="Interni zapisnik", collection=collection
    )
    public_document = wagtail_factories.DocumentFactory(title="Poročilo")
    public_project.materials = [
        ProjectMaterial(title="Zapisnik", document=private_document),
        ProjectMaterial(title="Poročilo", document=public_document),
    ]
    public_project.body = [
        {"type": "document", "value": {"document": private_document.pk, "link_text": ""}},
        {"type": "document", "value": {"document": public_document.pk, "link_text": ""}},
    ]
    publish(public_project)
    page = graphql(DETAIL, {"urlPath": "/projekti/javni/"})["data"]["page"]
    assert [material["title"] for material in page["materials"]] == ["Poročilo"]
    assert page["body"][0] == {"blockType": "DocumentBlock", "title": None, "url": None}
    assert page["body"][1]["title"] == "Poročilo"
    assert page["body"][1]["url"].startswith("http://cms.test/documents/")


def test_links_to_unpublished_pages_have_no_url(graphql, site_tree, public_project):
    draft = PlainPageFactory(parent=site_tree["sl"], title="Skrito", live=False)
    public_project.body = [
        {
            "type": "link_list",
            "value": {
                "heading": "Povezave",
                "links": [
                    {"title": "Skrito", "page": draft.pk, "external_url": ""},
                    {"title": "Domov", "page": site_tree["sl"].pk, "external_url": ""},
                    {"title": "ICORN", "page": None, "external_url": "https://www.icorn.org/"},
                ],
            },
        }
    ]
    publish(public_project)
    page = graphql(DETAIL, {"urlPath": "/projekti/javni/"})["data"]["page"]
    assert page["body"][0]["links"] == [
        {"title": "Skrito", "url": None},
        {"title": "Domov", "url": "/"},
        {"title": "ICORN", "url": "https://www.icorn.org/"},
    ]


def test_editors_html_is_sanitised(graphql, project_index, public_project):
    hostile = (
        '<p onclick="steal()">Opis <a href="javascript:alert(1)">povezava</a></p>'
        "<script>alert(document.cookie)</script><iframe src='https://evil.example'></iframe>"
    )
    public_project.body = [{"type": "paragraph", "value": {"text": hostile}}]
    publish(public_project)
    project_index.intro = hostile
    publish(project_index)

    html = graphql(DETAIL, {"urlPath": "/projekti/javni/"})["data"]["page"]["body"][0]["html"]
    intro = graphql(
        'query Intro { page(urlPath: "/projekti/") { ... on ProjectIndexPage { intro } } }'
    )["data"]["page"]["intro"]
    for output in (html, intro):
        assert "<script" not in output
        assert "onclick" not in output
        assert "javascript:" not in output
        assert "<iframe" not in output
        assert "Opis" in output
        assert "povezava</a>" in output


def test_raw_block_values_cannot_be_queried(graphql, public_project):
    result = graphql(
        'query Raw { page(urlPath: "/projekti/javni/") '
        "{ ... on ProjectPage { body { rawValue } } } }"
    )
    assert result["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def test_rich_text_links_point_to_public_pages_in_the_served_language(
    graphql, site_tree, project_index, public_project
):
    from tests.factories import translate

    translate(project_index, "en", title="International projects", slug="projects")
    draft = PlainPageFactory(parent=site_tree["sl"], title="Skrito", slug="skrito", live=False)
    text = (
        f'<p><a linktype="page" id="{project_index.pk}">Projekti</a> in '
        f'<a linktype="page" id="{draft.pk}">skrito</a></p>'
    )
    public_project.body = [{"type": "paragraph", "value": {"text": text}}]
    publish(public_project)
    english = translate(public_project, "en", title="Public project", slug="public")

    sl = graphql(DETAIL, {"urlPath": "/projekti/javni/"})["data"]["page"]["body"][0]["html"]
    assert sl == (
        '<p><a href="/projekti/" rel="noopener noreferrer">Projekti</a> in '
        '<a rel="noopener noreferrer">skrito</a></p>'
    )
    en_query = DETAIL.replace("page(urlPath: $urlPath)", 'page(urlPath: $urlPath, locale: "en")')
    en = graphql(en_query, {"urlPath": "/projects/public/"})["data"]["page"]["body"][0]["html"]
    assert english.body[0].value["text"].source == text  # the copy links the Slovene pages…
    assert '<a href="/en/projects/"' in en  # …the API serves the English version
    assert '<a rel="noopener noreferrer">skrito</a>' in en  # no address for the draft
