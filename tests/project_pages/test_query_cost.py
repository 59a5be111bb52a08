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

#: SQL statements for one page of project cards, measured: the locales (1), the public
#: projects' COUNT (1) and page (1) with locale and programme joined, target groups (1),
#: partners (1), contacts (1), persons (1), materials (1), logos (1), images (1),
#: renditions (1), translations (1), parents (3: public parents, their types, the index
#: page), sites for URLs (1). Snippets are in the listing's language here, so none is
#: translated (one more query per snippet model otherwise).
CARD_QUERIES = 16


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
