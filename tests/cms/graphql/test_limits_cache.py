"""The limits' verdict is kept per document and values of its size variables: a document sent
again is not measured again, and is refused again when it is over a limit, with the same
errors."""

import pytest
from graphql import parse

from cms.graphql import limits
from cms.graphql.limits import VerdictCache
from cms.graphql.measures import size_variables
from cms.graphql.schema import schema

pytestmark = pytest.mark.django_db

SOME = (
    "query Some($limit: PositiveInt, $locale: String) "
    "{ pages(limit: $limit, locale: $locale) { title } }"
)


@pytest.fixture
def measured(monkeypatch):
    """How many operations ``limits`` measured."""
    calls = []
    measure = limits.measure

    def counted(*args, **kwargs):
        calls.append(args)
        return measure(*args, **kwargs)

    monkeypatch.setattr(limits, "measure", counted)
    limits.verdicts.clear()
    return calls


def errors_of(ask, query: str, variables: dict | None = None) -> list[dict]:
    status, body, _sql = ask(query, variables)
    assert status == 200
    return body.get("errors", [])


def test_a_refused_document_is_refused_again_with_the_same_errors(
    ask, site_tree, settings, measured
):
    settings.HEADLESS_MAX_QUERY_COST = 50
    first = errors_of(ask, SOME, {"limit": 51})
    second = errors_of(ask, SOME, {"limit": 51})
    assert first == second
    assert [error["extensions"]["code"] for error in second] == ["QUERY_TOO_COSTLY"]
    assert len(measured) == 1


def test_only_the_size_variables_change_the_verdict(ask, site_tree, settings, measured):
    settings.HEADLESS_MAX_QUERY_COST = 50
    assert errors_of(ask, SOME, {"limit": 50}) == []
    assert errors_of(ask, SOME, {"limit": 50, "locale": "en"}) == []
    assert len(measured) == 1  # the locale changes nothing the limits measure
    over = errors_of(ask, SOME, {"limit": 51})
    assert over[0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert errors_of(ask, SOME, {"limit": 50}) == []
    assert errors_of(ask, SOME, {"limit": 51}) == over
    assert len(measured) == 2


def test_a_left_out_size_variable_counts_its_default(ask, site_tree, settings, measured):
    settings.HEADLESS_MAX_QUERY_COST = 50
    query = "query Some($limit: PositiveInt = 60) { pages(limit: $limit) { title } }"
    assert errors_of(ask, query)[0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert errors_of(ask, query, {"limit": 40}) == []
    assert errors_of(ask, query, {"limit": None})[0]["extensions"]["code"] == "QUERY_TOO_COSTLY"
    assert errors_of(ask, query)[0]["extensions"]["code"] == "QUERY_TOO_COSTLY"


def test_a_changed_limit_is_applied_at_once(ask, site_tree, settings, measured):
    settings.HEADLESS_MAX_QUERY_COST = 100
    assert errors_of(ask, SOME, {"limit": 51}) == []
    settings.HEADLESS_MAX_QUERY_COST = 50
    assert errors_of(ask, SOME, {"limit": 51})[0]["extensions"]["code"] == "QUERY_TOO_COSTLY"


def test_introspection_switched_off_is_refused_though_allowed_before(ask, site_tree, settings):
    query = "query Types { __schema { queryType { name } } }"
    assert errors_of(ask, query) == []
    settings.HEADLESS_INTROSPECTION = False
    assert errors_of(ask, query)[0]["extensions"]["code"] == "INTROSPECTION_DISABLED"


def test_size_variables_are_those_passed_straight_to_a_size_argument():
    document = parse(
        """
        query Q($a: Int, $b: Int, $c: String, $d: Int) {
          pages(limit: $a, locale: $c) { ...F }
          projects(perPage: $b, page: $d) { items { title } }
        }
        fragment F on PageInterface { children(limit: $e) { title } }
        """
    )
    assert size_variables(document) == {"a", "b", "e"}


def test_the_cache_is_bounded():
    cache = VerdictCache(documents=2, per_document=3)
    graphql_schema = schema.graphql_schema
    for number in range(4):
        query = f"query Q{number}($limit: PositiveInt) {{ pages(limit: $limit) {{ title }} }}"
        document = parse(query)
        for limit in range(5):
            cache.errors(graphql_schema, query, document, {"limit": limit}, rules=(), max_errors=10)
    assert len(cache._entries) == 2
    assert len(cache) <= 2 * 3
