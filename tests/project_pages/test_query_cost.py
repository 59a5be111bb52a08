"""A project listing with the card fields costs the same number of SQL queries at any size."""

import pytest
import wagtail_factories

from project_pages.models import ProjectContact, ProjectLogo, ProjectPartner
from tests.factories import publish, translate
from tests.project_pages.factories import (
    FundingProgrammeFactory,
    PersonFactory,
    ProjectPageFactory,
    TargetGroupFactory,
)

PROJECT_CARDS = """
query ProjectCards($perPage: Int) {
  projects(perPage: $perPage) {
    items {
      title
      url
      summary
      durationLabel
      status
      locale
      translations { locale url }
      programme { name slug }
      targetGroups { name slug }
      partnerCountries { code name }
      logo { alt rendition(width: 320) { url width } }
    }
    pagination { total }
  }
}
"""

#: SQL statements for one page of project cards, measured: the locales (1), the hidden and
#: private sections (1), the page of public projects with locale and programme joined and
#: their total (ordered and counted by key in subqueries) (1), translations (1), target
#: groups (1), partners' countries (1), logos with their images (1), renditions (1). URLs come
#: from ``url_path`` and Wagtail's cached site roots (no query). Each relation is
#: loaded for the whole page at the first card that asks for it; what no field asks for
#: (contacts, materials, parents) costs nothing. Snippets are in the listing's language
#: here, so none is translated (one more query per snippet model otherwise).
CARD_QUERIES = 8


def _add_projects(index, numbers, programme, groups, image):
    for number in numbers:
        project = ProjectPageFactory.build(
            title=f"Projekt {number}", programme=programme, start_year=2000 + number % 20
        )
        project.partners = [ProjectPartner(organisation="Knjižnica", country="LV")]
        project.contacts = [ProjectContact(person=PersonFactory())]
        project.logos = [ProjectLogo(image=image)]
        project.target_groups = groups
        index.add_child(instance=project)
        publish(project)
        translate(project, "en", title=f"Project {number}")


def _card_queries(graphql, count_queries, size):
    graphql(PROJECT_CARDS, {"perPage": size})  # creates the renditions once, as any first visit
    with count_queries() as counter:
        result = graphql(PROJECT_CARDS, {"perPage": size})
    assert "errors" not in result, result
    assert len(result["data"]["projects"]["items"]) == size
    item = result["data"]["projects"]["items"][0]
    assert item["logo"]["rendition"]["url"].endswith(".webp")
    assert item["partnerCountries"] == [{"code": "LV", "name": "Latvija"}]
    return counter


@pytest.mark.django_db
def test_project_cards_cost_a_fixed_number_of_queries(
    graphql, count_queries, project_index, site_tree
):
    translate(project_index, "en", title="International projects", slug="projects")
    programme = FundingProgrammeFactory(locale=project_index.locale)
    groups = [TargetGroupFactory(locale=project_index.locale) for _ in range(2)]
    image = wagtail_factories.ImageFactory()

    _add_projects(project_index, range(10), programme, groups, image)
    ten = _card_queries(graphql, count_queries, 10)

    _add_projects(project_index, range(10, 100), programme, groups, image)
    hundred = _card_queries(graphql, count_queries, 100)

    assert ten.count == hundred.count == CARD_QUERIES, hundred.statements


PROJECT_FACETS = """
query ProjectFacets($country: String) {
  projects(perPage: 1, country: $country) {
    pagination { total }
    facets {
      statuses { status count }
      programmes { slug name count }
      targetGroups { slug name count }
      countries { country { code } count }
      years { year count }
    }
  }
}
"""

#: The locales (1), the hidden and private sections (1), the page with the total (1), all
#: five facets, each counted without its own filter, in one statement (1), and the names of
#: the programmes and target groups (1).
FACET_QUERIES = 5


@pytest.mark.django_db
@pytest.mark.parametrize("country", [None, "LV"])
def test_facets_cost_one_query_at_any_size(
    graphql, count_queries, project_index, site_tree, country
):
    translate(project_index, "en", title="International projects", slug="projects")
    programme = FundingProgrammeFactory(locale=project_index.locale)
    groups = [TargetGroupFactory(locale=project_index.locale) for _ in range(2)]
    image = wagtail_factories.ImageFactory()
    counts = []
    for numbers in (range(3), range(3, 60)):
        _add_projects(project_index, numbers, programme, groups, image)
        with count_queries() as counter:
            result = graphql(PROJECT_FACETS, {"country": country})
        assert "errors" not in result, result
        facets = result["data"]["projects"]["facets"]
        total = numbers.stop
        assert facets["programmes"] == [
            {"slug": programme.slug, "name": programme.name, "count": total}
        ]
        assert facets["countries"] == [{"country": {"code": "LV"}, "count": total}]
        assert {2000 + number % 20 for number in range(total)} <= {
            year["year"] for year in facets["years"]
        }
        counts.append(counter.count)

    assert counts == [FACET_QUERIES, FACET_QUERIES]


@pytest.mark.django_db
def test_a_listing_loads_no_relation_no_field_asks_for(
    graphql, count_queries, project_index, site_tree
):
    translate(project_index, "en", title="International projects", slug="projects")
    programme = FundingProgrammeFactory(locale=project_index.locale)
    image = wagtail_factories.ImageFactory()
    _add_projects(project_index, range(5), programme, [], image)

    with count_queries() as counter:
        result = graphql("query Titles { projects { items { title } } }")

    assert len(result["data"]["projects"]["items"]) == 5
    # The locales, the hidden and private sections, and the page with the total: no partners,
    # contacts, logos, translations or parents.
    assert counter.count == 3, counter.statements
