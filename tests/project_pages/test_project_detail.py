"""A project page with every field, as a frontend's project screen asks for it."""

import pytest

PROJECT_DETAIL = """
query ProjectDetail($urlPath: String!, $locale: String) {
  page(urlPath: $urlPath, locale: $locale) {
    ... on ProjectPage {
      title
      locale
      summary
      startYear
      endYear
      status
      durationLabel
      libraryRole
      website
      programme { name slug website }
      targetGroups { name slug }
      goals {
        blockType
        ... on GoalBlock { text }
        ... on ParagraphBlock { html }
      }
      body {
        blockType
        ... on ParagraphBlock { html }
        ... on HeadingBlock { text level }
      }
      partners { organisation city country { code name } website }
      partnerCountries { code name }
      contacts { honorific name displayName }
      materials { title url fileExtension }
      logos { alt width height rendition(width: 160) { url width height } }
      translations { locale title url }
    }
  }
}
"""

pytestmark = pytest.mark.django_db


def detail(graphql, url_path, locale=None):
    result = graphql(PROJECT_DETAIL, {"urlPath": url_path, "locale": locale})
    assert "errors" not in result, result["errors"]
    return result["data"]["page"]


def test_linkinjob_in_slovene(demo_content, graphql):
    page = detail(graphql, "/projekti/linkinjob/")
    assert page["locale"] == "sl"
    assert page["durationLabel"] == "2014–2016"
    assert (page["startYear"], page["endYear"], page["status"]) == (2014, 2016, "COMPLETED")
    assert page["libraryRole"] == "COORDINATOR"
    assert page["programme"]["slug"] == "erasmus-plus-ka2"
    assert {group["name"] for group in page["targetGroups"]} == {
        "brezposelne osebe",
        "zaposleni v splošnih knjižnicah",
    }
    assert [country["code"] for country in page["partnerCountries"]] == [
        "AT", "BG", "FI", "IE", "LT", "RO"
    ]  # fmt: skip
    assert {"code": "FI", "name": "Finska"} in page["partnerCountries"]
    assert page["contacts"] == [
        {"honorific": "", "name": "Simona Resman", "displayName": "Simona Resman"}
    ]
    assert page["materials"] == [
        {
            "title": "e-Priročnik dobrih praks",
            "url": "http://www.linkinjob.eu/images/uploaded/Linkinjob-eguide-sl.pdf",
            "fileExtension": "pdf",
        }
    ]
    assert [logo["alt"] for logo in page["logos"]] == ["LinkINjob", "Erasmus+"]
    rendition = page["logos"][0]["rendition"]
    assert rendition["url"].endswith(".webp")
    assert rendition["width"] <= 160
    assert page["translations"] == [
        {
            "locale": "en",
            "title": "LinkINjob: job-hunting with the help of librarians",
            "url": "/en/projects/linkinjob/",
        }
    ]


def test_linkinjob_in_english_shows_english_snippets_and_country_names(demo_content, graphql):
    page = detail(graphql, "/projects/linkinjob/", locale="en")
    assert page["locale"] == "en"
    assert page["durationLabel"] == "2014\u2009–\u20092016"
    assert page["programme"]["name"] == "Erasmus+ KA2: strategic partnerships in adult education"
    assert {group["name"] for group in page["targetGroups"]} == {
        "unemployed people",
        "public library staff",
    }
    assert {"code": "FI", "name": "Finland"} in page["partnerCountries"]
    assert page["materials"][0]["title"] == "e-Guide of good practice (in Slovene)"
    assert page["translations"][0]["locale"] == "sl"


def test_goals_keep_list_items_and_prose_apart(demo_content, graphql):
    social = detail(
        graphql, "/projekti/vloga-splosnih-knjiznic-na-podrocju-socialnega-vkljucevanja/"
    )
    assert [block["blockType"] for block in social["goals"]] == ["GoalBlock"] * 3
    assert social["goals"][2]["text"] == "Prepoznavanje lastnih kompetenc."
    tech = detail(graphql, "/projekti/tech-library/")
    assert [block["blockType"] for block in tech["goals"]] == ["ParagraphBlock"]
    assert tech["goals"][0]["html"].startswith("<p>Izmenjava dobrih praks")


def test_undated_project_has_no_status(demo_content, graphql):
    page = detail(graphql, "/projekti/program-sestrskih-knjiznic/")
    assert (page["status"], page["durationLabel"], page["startYear"]) == (None, "", None)
    assert {"code": "PL", "name": "Poljska"} in page["partnerCountries"]


def test_index_page_lists_its_projects(demo_content, graphql):
    result = graphql(
        """
        query ProjectIndex($locale: String) {
          page(urlPath: "/projects/", locale: $locale) {
            ... on ProjectIndexPage {
              title
              intro
              projects(perPage: 3, order: TITLE) {
                items { title }
                pagination { total totalPages }
              }
            }
          }
        }
        """,
        {"locale": "en"},
    )
    index = result["data"]["page"]
    assert index["title"] == "International projects"
    assert index["intro"].startswith("<p>")
    assert index["projects"]["pagination"] == {"total": 9, "totalPages": 3}
    assert [item["title"] for item in index["projects"]["items"]] == [
        "EASY",
        "ENTITLE",
        "Lady Cafe – motivating activities for women aged 45+",
    ]
