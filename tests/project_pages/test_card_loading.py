"""The cheaper ways a page of project cards is loaded serve only what the public may see: the
page of results is ordered and counted by key (``paginate(keys_first=True)``), and a card's
partner countries come from a two-column query, not from the partners themselves."""

import pytest
from django.db.models import Count, Window
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from cms.content.pagination import paginate
from project_pages.models import ProjectPartner
from project_pages.selectors import ORDERINGS, ProjectFilters, ProjectOrder, filtered_projects
from tests.factories import publish
from tests.project_pages.factories import ProjectPageFactory

pytestmark = pytest.mark.django_db

CARDS = """
query Cards($page: Int, $perPage: Int) {
  projects(page: $page, perPage: $perPage) {
    items { title partnerCountries { code } }
    pagination { total totalPages }
  }
}
"""


def _project(index, number, *, countries=("LV",), year=None):
    project = ProjectPageFactory.build(
        title=f"Projekt {number:02}", slug=f"projekt-{number:02}", start_year=year or 2000 + number
    )
    project.partners = [ProjectPartner(organisation="Knjižnica", country=c) for c in countries]
    index.add_child(instance=project)
    return publish(project)


def test_pages_of_cards_hold_only_public_projects_in_order(graphql, project_index):
    public = [_project(project_index, number) for number in range(7)]
    hidden = [_project(project_index, number) for number in range(7, 10)]
    PageViewRestriction.objects.create(page=hidden[0], restriction_type="login")
    hidden[1].unpublish()
    hidden[2].expire_at = timezone.now()
    hidden[2].save()

    titles, totals = [], set()
    for page in (1, 2, 3):
        listing = graphql(CARDS, {"page": page, "perPage": 3})["data"]["projects"]
        titles += [item["title"] for item in listing["items"]]
        totals.add((listing["pagination"]["total"], listing["pagination"]["totalPages"]))

    newest_first = sorted(public, key=lambda project: project.start_year, reverse=True)
    assert titles == [project.title for project in newest_first]
    assert totals == {(7, 3)}


def test_keys_first_gives_the_same_page_as_one_windowed_query(project_index):
    for number in range(12):
        _project(project_index, number, year=2000 + number % 4)  # ties: by title, then key
    projects = filtered_projects(
        ProjectFilters(locale=Locale.objects.get(language_code="sl")),
        today=timezone.localdate(),
    ).order_by(*ORDERINGS[ProjectOrder.START_DESC])
    for page in (1, 2, 3):
        result = paginate(projects, page=page, per_page=5, keys_first=True)
        window = projects.annotate(n=Window(Count("*")))[(page - 1) * 5 : page * 5]
        assert [item.pk for item in result.items] == [item.pk for item in window]
        assert result.pagination.total == 12


def test_partner_countries_on_cards_are_the_published_partners(graphql, project_index):
    published = _project(project_index, 1, countries=("LV", "AT", "LV"))
    other = _project(project_index, 2, countries=())
    draft = published.get_latest_revision_as_object()
    draft.partners.add(ProjectPartner(organisation="Osnutek", country="EE"))
    draft.save_revision()  # a draft's rows stay in its revision until it is published

    items = graphql(CARDS, {"perPage": 10})["data"]["projects"]["items"]

    countries = {item["title"]: [c["code"] for c in item["partnerCountries"]] for item in items}
    assert countries == {published.title: ["AT", "LV"], other.title: []}
