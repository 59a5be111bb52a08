"""``ProjectPage.structuredData``: schema.org ``Project`` as a JSON object, with its dates,
funding programme, partners and their countries, the public logo only, and nothing of a
project the public cannot see. (The vocabulary itself is type-checked against schema-dts in the
frontend contract: ``tests/frontend_contract/test_structured_data.py``.)"""

import json
from datetime import date

import pytest
import wagtail_factories
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from project_pages.models import ProjectLogo, ProjectPartner
from tests.factories import publish, translate
from tests.project_pages.factories import FundingProgrammeFactory, ProjectPageFactory

PROJECT_STRUCTURED_DATA = """
query ProjectStructuredData($urlPath: String!, $locale: String) {
  page(urlPath: $urlPath, locale: $locale) {
    ... on ProjectPage { structuredData }
  }
}
"""

PROJECTS_STRUCTURED_DATA = """
query ProjectsStructuredData($perPage: Int) {
  projects(perPage: $perPage) { items { title structuredData } }
}
"""

pytestmark = pytest.mark.django_db


def structured_data(graphql, url_path: str, locale: str | None = None) -> dict | None:
    result = graphql(PROJECT_STRUCTURED_DATA, {"urlPath": url_path, "locale": locale})
    assert "errors" not in result, result["errors"]
    page = result["data"]["page"]
    return page["structuredData"] if page is not None else None


def _private_image(filename: str):
    private = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    return wagtail_factories.ImageFactory(file__filename=filename, collection=private)


def _project(project_index, **fields) -> object:
    values = {"title": "LinkINjob", "slug": "linkinjob", "summary": "Knjižnice za brezposelne."}
    project = ProjectPageFactory.build(**{**values, **fields})
    project_index.add_child(instance=project)
    return project


def test_a_project_is_a_schema_org_project(graphql, project_index):
    programme = FundingProgrammeFactory(
        name="Erasmus+ KA2",
        website="https://erasmus-plus.ec.europa.eu/",
        locale=project_index.locale,
    )
    project = _project(
        project_index,
        programme=programme,
        start_year=2014,
        start_date=date(2014, 9, 1),
        end_year=2016,
    )
    project.partners = [
        ProjectPartner(
            organisation="Kauno apskrities viešoji biblioteka",
            city="Kaunas",
            country="LT",
            website="https://www.kvb.lt/",
        ),
        ProjectPartner(country="PT"),
    ]
    project.logos = [ProjectLogo(image=wagtail_factories.ImageFactory(file__filename="logo.png"))]
    publish(project)

    data = structured_data(graphql, "/projekti/linkinjob/")

    url = "https://www.library.test/projekti/linkinjob/"
    assert data == {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": "LinkINjob",
        "description": "Knjižnice za brezposelne.",
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "inLanguage": "sl", "url": url},
        "foundingDate": "2014-09-01",
        "dissolutionDate": "2016",
        "logo": data["logo"],
        "funder": {
            "@type": "FundingScheme",
            "name": "Erasmus+ KA2",
            "url": "https://erasmus-plus.ec.europa.eu/",
        },
        "member": [
            {
                "@type": "Organization",
                "name": "Kauno apskrities viešoji biblioteka",
                "url": "https://www.kvb.lt/",
                "address": {
                    "@type": "PostalAddress",
                    "addressCountry": "LT",
                    "addressLocality": "Kaunas",
                },
            },
            {
                "@type": "Organization",
                "address": {"@type": "PostalAddress", "addressCountry": "PT"},
            },
        ],
    }
    assert "logo" in data["logo"]
    assert data["logo"].startswith("http")


def test_a_project_without_dates_programme_partners_or_logo_has_only_what_is_known(
    graphql, project_index
):
    publish(_project(project_index, start_year=None, end_year=None))

    data = structured_data(graphql, "/projekti/linkinjob/")

    assert set(data) == {"@context", "@type", "name", "description", "url", "mainEntityOfPage"}


def test_the_english_version_says_its_language_and_address(graphql, project_index):
    translate(project_index, "en", title="International projects", slug="projects")
    project = publish(_project(project_index))
    translate(project, "en", title="LinkINjob", summary="Libraries for job seekers.")

    data = structured_data(graphql, "/projects/linkinjob/", "en")

    assert data["description"] == "Libraries for job seekers."
    assert data["mainEntityOfPage"]["inLanguage"] == "en"
    assert data["url"] == "https://www.library.test/en/projects/linkinjob/"


def test_a_private_logo_is_never_in_the_structured_data(graphql, project_index):
    project = _project(project_index)
    project.logos = [ProjectLogo(image=_private_image("interni-logo.png"))]
    project.partners = [ProjectPartner(country="LV", logo=_private_image("partner.png"))]
    publish(project)

    data = structured_data(graphql, "/projekti/linkinjob/")

    assert "logo" not in data
    assert "interni-logo" not in json.dumps(data)
    assert "partner.png" not in json.dumps(data)


@pytest.mark.parametrize("hidden", ["draft", "private"])
def test_a_hidden_project_has_no_structured_data(graphql, project_index, hidden):
    project = _project(project_index, title="Skrivni projekt", slug="skrivni", live=False)
    if hidden == "private":
        publish(project)
        PageViewRestriction.objects.create(page=project, restriction_type="login")
    else:
        project.save_revision()

    assert structured_data(graphql, "/projekti/skrivni/") is None
    listed = graphql(PROJECTS_STRUCTURED_DATA, {"perPage": 50})["data"]["projects"]["items"]
    assert "Skrivni" not in json.dumps(listed)


#: Measured: the locales (1), the hidden and private sections (1), the page of public projects
#: with locale and programme joined and their total (1), logos with their images (1), their
#: renditions (1), partners (1): loaded once for the whole page of projects, however many
#: projects and partners (partners' logos would add one query for their renditions).
STRUCTURED_DATA_QUERIES = 6


def _add_projects(project_index, numbers, programme, image):
    for number in numbers:
        project = _project(
            project_index, title=f"Projekt {number}", slug=f"projekt-{number}", programme=programme
        )
        project.partners = [
            ProjectPartner(organisation=f"Knjižnica {n}", city="Riga", country="LV")
            for n in range(1 + number % 3)
        ]
        project.logos = [ProjectLogo(image=image)]
        publish(project)


def _measure(graphql, count_queries, size):
    graphql(PROJECTS_STRUCTURED_DATA, {"perPage": size})  # the first visit makes the renditions
    with count_queries() as counter:
        result = graphql(PROJECTS_STRUCTURED_DATA, {"perPage": size})
    assert "errors" not in result, result["errors"]
    items = result["data"]["projects"]["items"]
    assert len(items) == size
    assert all(item["structuredData"]["member"] for item in items)
    assert all(item["structuredData"]["logo"] for item in items)
    return counter


def test_structured_data_in_a_listing_costs_a_fixed_number_of_queries(
    graphql, count_queries, project_index
):
    programme = FundingProgrammeFactory(locale=project_index.locale)
    image = wagtail_factories.ImageFactory()
    _add_projects(project_index, range(5), programme, image)
    five = _measure(graphql, count_queries, 5)
    _add_projects(project_index, range(5, 40), programme, image)
    forty = _measure(graphql, count_queries, 40)

    assert five.count == forty.count == STRUCTURED_DATA_QUERIES, forty.statements
