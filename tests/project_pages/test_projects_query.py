"""``projects``: filters, their combinations, order, pagination, facets and errors, on the
demo content (the seed's nine projects) in both languages. Dates are relative to today, so
the tests pin today to 2026-11-25 where status matters."""

from datetime import date
from unittest import mock

import pytest

PROJECTS = """
query ProjectList(
  $locale: String, $status: ProjectStatus, $programme: String, $targetGroup: String,
  $country: String, $activeInYear: Int, $search: String, $order: ProjectOrder,
  $page: Int, $perPage: Int
) {
  projects(
    locale: $locale, status: $status, programme: $programme, targetGroup: $targetGroup,
    country: $country, activeInYear: $activeInYear, search: $search, order: $order,
    page: $page, perPage: $perPage
  ) {
    items { title slug locale status durationLabel }
    pagination { total count perPage currentPage prevPage nextPage totalPages }
  }
}
"""

FACETS = """
query ProjectFacets($locale: String, $status: ProjectStatus, $country: String) {
  projects(locale: $locale, status: $status, country: $country) {
    pagination { total }
    facets {
      statuses { status count }
      programmes { slug name count }
      targetGroups { slug name count }
      countries { country { code name } count }
      years { year count }
    }
  }
}
"""

ALL_SL = [
    "TECH.LIBRARY",
    "Vloga splošnih knjižnic na področju socialnega vključevanja",
    "LinkINjob: job-hunting with the help of librarians",
    "Mobilnost zaposlenih v izobraževanju odraslih (Erasmus+ KA1)",
    "Lady Cafe – motivating activities for women aged 45+",
    "EASY",
    "ENTITLE",
]


@pytest.fixture(autouse=True)
def today_is_fixed():
    with mock.patch("django.utils.timezone.localdate", return_value=date(2026, 11, 25)):
        yield


def projects(graphql, **variables):
    result = graphql(PROJECTS, variables)
    assert "errors" not in result, result["errors"]
    return result["data"]["projects"]


def titles(graphql, **variables):
    return [item["title"] for item in projects(graphql, **variables)["items"]]


pytestmark = pytest.mark.django_db


def test_default_listing_is_slovene_newest_first(demo_content, graphql):
    listing = projects(graphql)
    assert {item["locale"] for item in listing["items"]} == {"sl"}
    assert listing["pagination"]["total"] == 9
    dated = [item["title"] for item in listing["items"] if item["durationLabel"]]
    assert dated == [title for title in ALL_SL if title in dated]
    assert dated[0] == "TECH.LIBRARY"
    # Undated projects (ICORN, NAPLE) come last.
    assert [item["durationLabel"] for item in listing["items"][-2:]] == ["", ""]


def test_english_listing_holds_the_translations(demo_content, graphql):
    listing = projects(graphql, locale="en")
    assert listing["pagination"]["total"] == 9
    assert {item["locale"] for item in listing["items"]} == {"en"}
    assert "Staff mobility in adult education (Erasmus+ KA1)" in [
        item["title"] for item in listing["items"]
    ]


def test_status_is_derived_from_today(demo_content, graphql):
    assert titles(graphql, status="ONGOING") == []
    assert len(titles(graphql, status="COMPLETED")) == 7
    assert titles(graphql, status="PLANNED") == []


def test_filter_by_programme(demo_content, graphql):
    assert titles(graphql, programme="erasmus-plus-ka2") == [
        "TECH.LIBRARY",
        "LinkINjob: job-hunting with the help of librarians",
    ]
    assert titles(graphql, programme="erasmus-plus-ka2", locale="en") == [
        "TECH.LIBRARY",
        "LinkINjob: job-hunting with the help of librarians",
    ]


def test_filter_by_target_group(demo_content, graphql):
    assert titles(graphql, targetGroup="blind-and-partially-sighted-users") == ["TECH.LIBRARY"]
    assert len(titles(graphql, targetGroup="unemployed-people")) == 3


def test_filter_by_partner_country(demo_content, graphql):
    assert titles(graphql, country="LV") == [
        "TECH.LIBRARY",
        "Lady Cafe – motivating activities for women aged 45+",
    ]
    assert titles(graphql, country="lt") == [  # codes are case-insensitive
        "LinkINjob: job-hunting with the help of librarians",
        "Program Sestrskih knjižnic (NAPLE Sister Libraries)",  # no duration: last
    ]


def test_filter_by_year(demo_content, graphql):
    assert titles(graphql, activeInYear=2015) == [
        "Vloga splošnih knjižnic na področju socialnega vključevanja",
        "LinkINjob: job-hunting with the help of librarians",
        "Mobilnost zaposlenih v izobraževanju odraslih (Erasmus+ KA1)",
    ]
    assert titles(graphql, activeInYear=2009) == ["EASY", "ENTITLE"]


def test_full_text_search(demo_content, graphql):
    assert titles(graphql, search="slabovidne") == ["TECH.LIBRARY"]
    assert titles(graphql, search="partially sighted", locale="en") == ["TECH.LIBRARY"]
    assert titles(graphql, search="slabovidne", locale="en") == []


def test_filters_combine(demo_content, graphql):
    assert titles(graphql, country="RO", activeInYear=2013) == [
        "Lady Cafe – motivating activities for women aged 45+"
    ]
    assert titles(graphql, country="RO", programme="erasmus-plus-ka2", status="COMPLETED") == [
        "TECH.LIBRARY",
        "LinkINjob: job-hunting with the help of librarians",
    ]
    assert titles(graphql, country="LV", targetGroup="unemployed-people") == []


def test_orders(demo_content, graphql):
    oldest = titles(graphql, order="START_ASC")
    assert oldest[:2] == ["ENTITLE", "EASY"]
    by_title = titles(graphql, order="TITLE")
    assert by_title == sorted(by_title)


def test_pagination(demo_content, graphql):
    first = projects(graphql, perPage=4)
    assert first["pagination"] == {
        "total": 9,
        "count": 4,
        "perPage": 4,
        "currentPage": 1,
        "prevPage": None,
        "nextPage": 2,
        "totalPages": 3,
    }
    last = projects(graphql, perPage=4, page=3)
    assert last["pagination"]["count"] == 1
    assert last["pagination"]["nextPage"] is None
    every = [t for page in (1, 2, 3) for t in titles(graphql, perPage=4, page=page)]
    assert sorted(every) == sorted(titles(graphql, perPage=9))


@pytest.mark.parametrize(
    ("variables", "code", "message"),
    [
        # Variables that do not fit their type (cms/graphql/variables.py).
        ({"status": "FINISHED"}, "BAD_USER_INPUT", '"PLANNED", "ONGOING", "COMPLETED"'),
        ({"order": "owner__password"}, "BAD_USER_INPUT", '"START_DESC", "START_ASC", "TITLE"'),
        ({"country": "XX"}, "BAD_USER_INPUT", "ISO 3166-1 alpha-2"),
        ({"programme": "nope"}, "BAD_USER_INPUT", '"erasmus-plus-ka2"'),
        ({"targetGroup": "nope"}, "BAD_USER_INPUT", '"unemployed-people"'),
        ({"activeInYear": 20}, "BAD_USER_INPUT", "from 1900 to 2100"),
        ({"perPage": 101}, "PAGE_SIZE_EXCEEDED", "between 1 and 100"),
        ({"perPage": 0}, "PAGE_SIZE_EXCEEDED", "between 1 and 100"),
        ({"page": 4, "perPage": 4}, "PAGE_OUT_OF_RANGE", "there are 3 pages"),
        ({"locale": "de"}, "UNKNOWN_LOCALE", '"en", "sl"'),
    ],
)
def test_invalid_arguments_are_named_errors(demo_content, graphql, variables, code, message):
    result = graphql(PROJECTS, variables)
    assert result.get("data") is None or result["data"].get("projects") is None
    error = result["errors"][0]
    assert error["extensions"]["code"] == code
    assert message in error["message"]


def test_facets_count_each_dimension_without_its_own_filter(demo_content, graphql):
    result = graphql(FACETS, {"status": "COMPLETED", "country": "RO"})
    listing = result["data"]["projects"]
    facets = listing["facets"]
    assert listing["pagination"]["total"] == 3  # TECH.LIBRARY, LinkINjob, Lady Cafe
    statuses = {facet["status"]: facet["count"] for facet in facets["statuses"]}
    assert statuses == {"PLANNED": 0, "ONGOING": 0, "COMPLETED": 3}
    countries = {facet["country"]["code"]: facet["count"] for facet in facets["countries"]}
    assert countries["RO"] == 3
    assert countries["LV"] == 2  # what choosing Latvia instead of Romania would give
    programmes = {facet["slug"]: facet["count"] for facet in facets["programmes"]}
    assert programmes == {"erasmus-plus-ka2": 2, "llp-grundtvig": 1}
    years = {facet["year"]: facet["count"] for facet in facets["years"]}
    assert years[2013] == 1
    assert years[2021] == 1


def test_facet_names_are_in_the_requested_language(demo_content, graphql):
    sl = graphql(FACETS, {"locale": "sl"})["data"]["projects"]["facets"]
    en = graphql(FACETS, {"locale": "en"})["data"]["projects"]["facets"]
    sl_groups = {f["slug"]: f["name"] for f in sl["targetGroups"]}
    en_groups = {f["slug"]: f["name"] for f in en["targetGroups"]}
    assert sl_groups["unemployed-people"] == "brezposelne osebe"
    assert en_groups["unemployed-people"] == "unemployed people"
    sl_countries = {f["country"]["code"]: f["country"]["name"] for f in sl["countries"]}
    en_countries = {f["country"]["code"]: f["country"]["name"] for f in en["countries"]}
    assert (sl_countries["HR"], en_countries["HR"]) == ("Hrvaška", "Croatia")


@pytest.mark.parametrize("language", ["sl", "en"])
@pytest.mark.parametrize("search", [None, "knjižnica", "library"])
def test_facets_counted_in_one_pass_match_the_per_dimension_counts(demo_content, language, search):
    """Without a facet filter, the facets are counted in one pass over the filtered projects
    (raw SQL with a common table expression); the per-dimension queries must agree."""
    from wagtail.models import Locale

    from project_pages.selectors import (
        ProjectFilters,
        _facet_counts_in_one_pass,
        _facet_counts_per_dimension,
        filtered_projects,
    )

    today = date(2021, 6, 1)  # some of the seed's projects running, some over, some ahead
    filters = ProjectFilters(locale=Locale.objects.get(language_code=language), search=search)
    every_filter = filtered_projects(filters, today=today).order_by()

    def non_empty(counts: dict) -> dict:
        return {dimension: keys for dimension, keys in counts.items() if keys}

    one_pass = _facet_counts_in_one_pass(every_filter, today)

    assert non_empty(one_pass) == non_empty(
        _facet_counts_per_dimension(filters, every_filter, today)
    )
    if search is None:  # every dimension has something to count
        assert every_filter.count() == 9
        for dimension in ("status", "years", "programme", "target_group", "country"):
            assert one_pass[dimension], dimension


SEARCH_FACETS = """
query SearchFacets($search: String) {
  projects(search: $search) {
    pagination { total }
    facets { statuses { status count } countries { count } years { count } }
  }
}
"""


def test_facets_of_a_search_that_matches_nothing_are_zero(demo_content, graphql):
    listing = graphql(SEARCH_FACETS, {"search": "xyzzyneobstaja"})["data"]["projects"]
    assert listing["pagination"]["total"] == 0
    assert {facet["count"] for facet in listing["facets"]["statuses"]} == {0}
    assert listing["facets"]["countries"] == listing["facets"]["years"] == []
