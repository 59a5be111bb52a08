"""Drafts reach the API only through a valid, recent preview token."""

import time
from unittest import mock

import pytest

PREVIEW = """
query DraftPreview($token: String!) {
  page(token: $token) { title }
}
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_preview(site_tree):
    home = site_tree["sl"]
    home.title = "Osnutek"
    home.save_revision()  # a draft: the published title stays "Domov"
    return home.get_latest_revision_as_object().create_page_preview()


def test_a_fresh_token_shows_the_draft(graphql, draft_preview):
    result = graphql(PREVIEW, {"token": draft_preview.token})
    assert result["data"]["page"] == {"title": "Osnutek"}


def test_the_public_still_sees_the_published_version(graphql, draft_preview):
    result = graphql('query Home { page(urlPath: "/") { title } }')
    assert result["data"]["page"] == {"title": "Domov"}


def test_an_old_token_is_refused(graphql, draft_preview, settings):
    later = time.time() + settings.HEADLESS_PREVIEW_MAX_AGE + 1
    with mock.patch("django.core.signing.time.time", return_value=later):
        result = graphql(PREVIEW, {"token": draft_preview.token})
    assert result["data"]["page"] is None
    assert result["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_INVALID"


def test_a_forged_token_is_refused(graphql, draft_preview):
    forged = draft_preview.token.replace("id=", "id=9")
    result = graphql(PREVIEW, {"token": forged})
    assert result["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_INVALID"
    assert "Osnutek" not in str(result)


ENGLISH_DRAFT = """
query EnglishDraftPreview($token: String!) {
  page(token: $token) {
    locale
    ... on ProjectPage { body { ... on LinkListBlock { links { ... on LinkBlock { url } } } } }
  }
}
"""


def test_a_drafts_links_lead_to_pages_in_its_own_language(graphql, site_tree):
    from tests.factories import PlainPageFactory, publish, translate
    from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    translate(index, "en", slug="projects")
    library = publish(PlainPageFactory(parent=site_tree["sl"], slug="knjiznica"))
    translate(library, "en", slug="library")
    project = ProjectPageFactory(parent=index)
    project.body = [
        {
            "type": "link_list",
            "value": {"links": [{"title": "Knjižnica", "page": library.pk, "external_url": ""}]},
        }
    ]
    publish(project)
    english = translate(project, "en", slug="english")
    english.title = "Draft title"
    english.save_revision()

    token = english.get_latest_revision_as_object().create_page_preview().token
    page = graphql(ENGLISH_DRAFT, {"token": token})["data"]["page"]

    assert page["locale"] == "en"
    assert page["body"][0]["links"] == [{"url": "/en/library/"}]
