"""Queries that would cost the server too much are refused before they run: each limit answers
with its own code and a message naming the limit (a request error: 200 in application/json, 400
in application/graphql-response+json), runs no SQL, and leaves the frontend contract's operations
well inside it."""

import json
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from graphql import get_operation_ast, parse

from cms.graphql.limits import Limits
from cms.graphql.measures import Measures, measure
from cms.graphql.registry import list_maxima, list_maximum
from cms.graphql.schema import schema

pytestmark = pytest.mark.django_db

MANIFEST = json.loads(Path(django_settings.HEADLESS_PERSISTED_QUERIES_MANIFEST).read_text())
CONTRACT = {operation["name"]: operation["body"] for operation in MANIFEST["operations"]}
#: The twenty aliased `pages(limit: 100)` of the hardening issue (about 1.4 KB).
ATTACK = (
    "query Attack {\n"
    + "".join(
        f"  p{n:02}: pages(limit: 100) {{ id title children(limit: 100) {{ id title }} }}\n"
        for n in range(20)
    )
    + "}"
)


def measures_of(document: str, variables: dict | None = None) -> Measures:
    parsed = parse(document)
    return measure(schema.graphql_schema, parsed, get_operation_ast(parsed), variables)


def refused(ask, query: str, variables: dict | None = None) -> list[tuple[str, str]]:
    """The (code, message) of each error of a query refused before it ran."""
    status, body, sql = ask(query, variables)
    assert status == 200, body  # ask sends application/json
    assert "data" not in body
    assert sql == 0
    return [(error["extensions"]["code"], error["message"]) for error in body["errors"]]


class TestContract:
    """Each operation the frontends send uses at most half of each limit."""

    @pytest.mark.parametrize("name", sorted(CONTRACT))
    def test_operation_is_well_inside_every_limit(self, name):
        limits = Limits.from_settings()
        document = CONTRACT[name]
        measures = measures_of(document)

        assert len(document.encode()) <= django_settings.HEADLESS_MAX_DOCUMENT_BYTES / 2
        assert measures.cost <= limits.cost / 2
        assert measures.depth <= limits.depth / 2
        assert measures.aliases <= limits.aliases / 2
        assert measures.root_fields <= limits.root_fields / 2
        assert measures.most_repeated[1] <= limits.field_repeats / 2

    @pytest.mark.parametrize("name", sorted(CONTRACT))
    def test_operation_with_the_largest_pages_allowed_is_within_the_cost_limit(self, name):
        largest = {"limit": 10**6, "perPage": 10**6}  # counted at each list's maximum
        assert measures_of(CONTRACT[name], largest).cost < Limits.from_settings().cost

    def test_event_list_costs_what_its_lists_allow(self):
        # 100 occurrences (the operation's default limit), each with its event, the event's
        # image with two renditions and its focal point, its venue and its categories
        # (unbounded: 20); then 20 event categories.
        assert measures_of(CONTRACT["EventList"]).cost == 100 * (1 + 1 + 4 + 1 + 20) + 20


class TestDepth:
    @staticmethod
    def nested_children(depth: int) -> str:
        selection = "title"
        for _ in range(depth):
            selection = f"children(limit: 1) {{ {selection} }}"
        return f"query DeepTree {{ pages(limit: 1) {{ title {selection} }} }}"

    def test_query_deeper_than_the_limit_is_refused(self, ask, site_tree, settings):
        assert refused(ask, self.nested_children(settings.HEADLESS_MAX_QUERY_DEPTH)) == [
            ("QUERY_TOO_DEEP", "'DeepTree' exceeds maximum operation depth of 10.")
        ]

    def test_query_at_the_depth_limit_runs(self, graphql, site_tree, settings):
        result = graphql(self.nested_children(settings.HEADLESS_MAX_QUERY_DEPTH - 1))
        assert "errors" not in result
        assert result["data"]["pages"][0]["title"] == "Domov"

    def test_fragments_count_at_the_depth_they_are_spread(self):
        document = """
            query Tree { pages(limit: 1) { ...Branch } }
            fragment Branch on PageInterface { children(limit: 1) { ...Leaf } }
            fragment Leaf on PageInterface { children(limit: 1) { title } }
        """
        assert measures_of(document).depth == 3

    def test_introspection_is_not_counted(self):
        document = "query Types { __schema { types { fields { type { ofType { name } } } } } }"
        assert measures_of(document).depth == 0


class TestCost:
    @pytest.mark.parametrize(
        ("document", "variables", "cost"),
        [
            ("query Q { pages(limit: 5) { title } }", None, 5),
            ("query Q($n: PositiveInt) { pages(limit: $n) { title } }", {"n": 7}, 7),
            ("query Q($n: PositiveInt = 3) { pages(limit: $n) { title } }", None, 3),
            # No limit: grapple's MAX_PAGE_SIZE; over it: the maximum, since it is refused.
            ("query Q { pages { title } }", None, 100),
            ("query Q { pages(limit: 1000) { title } }", None, 100),
            ("query Q { pages(limit: 10) { children(limit: 10) { title } } }", None, 110),
            # The schema's default (100), then the calendar's maximum (500).
            ('query Q { events(from: "2020-01-01", to: "2020-01-31") { start } }', None, 100),
            (
                'query Q($n: Int) { events(from: "2020-01-01", to: "2020-01-31", limit: $n)'
                " { event { title } } }",
                {"n": 10_000},
                1_000,
            ),
            # A paginated result passes its page size to its items.
            ("query Q { projects(perPage: 3) { items { title } pagination { total } } }", None, 5),
            ("query Q { sitemap { items { url } } }", None, 501),
            # Lists bounded by the site's languages (sl, en), and an unbounded list.
            ("query Q { pages(limit: 2) { translations { locale } } }", None, 6),
            ('query Q { navigation(locale: "sl") { label } }', None, 20),
            # Scalars and introspection cost nothing.
            ("query Q { __schema { types { name } } locales { code } }", None, 2),
        ],
    )
    def test_lists_count_their_page_size(self, document, variables, cost):
        assert measures_of(document, variables).cost == cost

    def test_fragments_cost_what_their_fields_cost(self):
        plain = "query Q { pages(limit: 10) { children(limit: 10) { title } } }"
        named = """
            query Q { pages(limit: 10) { ...Children } }
            fragment Children on PageInterface { children(limit: 10) { title } }
        """
        inline = "query Q { pages(limit: 10) { ... on HomePage { children(limit: 10) { id } } } }"
        assert measures_of(plain).cost == measures_of(named).cost == measures_of(inline).cost

    def test_the_attack_costs_two_hundred_thousand_objects(self):
        assert measures_of(ATTACK).cost == 202_000

    def test_query_over_the_cost_limit_is_refused_with_its_cost(self, ask, site_tree, settings):
        settings.HEADLESS_MAX_QUERY_COST = 10_000
        query = "query Tree { pages(limit: 100) { children(limit: 100) { title } } }"
        assert refused(ask, query) == [
            (
                "QUERY_TOO_COSTLY",
                "This query could return up to 10,100 objects; the maximum is 10,000. Ask for "
                "smaller pages (limit, perPage) or fewer nested lists.",
            )
        ]

    def test_page_size_in_variables_is_what_counts(self, ask, site_tree, settings):
        settings.HEADLESS_MAX_QUERY_COST = 50
        query = "query Some($limit: PositiveInt) { pages(limit: $limit) { title } }"
        assert refused(ask, query, {"limit": 51})[0][0] == "QUERY_TOO_COSTLY"
        assert ask(query, {"limit": 50})[0] == 200

    @pytest.mark.parametrize("key", sorted(list_maxima()))
    def test_every_list_maximum_names_a_served_field(self, key):
        type_name, field_name = key.split(".")
        graphql_type = schema.graphql_schema.get_type(type_name)
        assert field_name in graphql_type.fields

    @pytest.mark.parametrize(
        ("query", "message"),
        [
            ('query Q { search(query: "a", limit: 101) { id } }', "between 1 and 100"),
            ("query Q { projects(perPage: 101) { items { id } } }", "between 1 and 100"),
            ("query Q { sitemap(perPage: 1001) { items { url } } }", "between 1 and 1000"),
            ("query Q { redirects(perPage: 1001) { items { oldPath } } }", "between 1 and 1000"),
            ("query Q { upcomingEvents(limit: 101) { start } }", "between 1 and 100"),
            (
                'query Q { events(from: "2020-01-01", to: "2020-01-02", limit: 501) { start } }',
                "between 1 and 500",
            ),
        ],
    )
    def test_list_maxima_are_what_the_resolvers_allow(self, graphql, site_tree, query, message):
        assert message in graphql(query)["errors"][0]["message"]

    @pytest.mark.parametrize(
        ("key", "argument"),
        [
            ("ProjectPage.events", "limit"),
            ("EventPage.nextOccurrences", "limit"),
            ("ProjectIndexPage.projects", "perPage"),
        ],
    )
    def test_nested_list_maxima_are_what_the_schema_documents(self, key, argument):
        type_name, field_name = key.split(".")
        field = schema.graphql_schema.get_type(type_name).fields[field_name]
        assert f"1 to {list_maximum(key)}." in field.args[argument].description


class TestCounts:
    def test_too_many_aliases(self, ask, site_tree, settings):
        settings.HEADLESS_MAX_ALIASES = 3
        query = """
            query Aliased { pages(limit: 1) { a: title b: title ...Names } }
            fragment Names on PageInterface { c: slug d: url }
        """
        assert refused(ask, query) == [
            ("TOO_MANY_ALIASES", "This query uses 4 aliases; the maximum is 3.")
        ]

    def test_too_many_root_fields(self, ask, site_tree, settings):
        settings.HEADLESS_MAX_ROOT_FIELDS = 2
        query = "query Everything { locales { code } navigation { label } ...More }"
        query += " fragment More on Query { eventCategories { slug } }"
        assert refused(ask, query) == [
            (
                "TOO_MANY_ROOT_FIELDS",
                "This query selects 3 root fields; the maximum is 2. Send several requests "
                "instead.",
            )
        ]

    def test_a_field_repeated_too_often(self, ask, site_tree):
        # graphql-core compares each repetition with every other: 700 take a second to validate.
        query = "query Titles { pages(limit: 1) { " + "title " * 11 + "} }"
        assert refused(ask, query) == [
            (
                "FIELD_REPEATED_TOO_OFTEN",
                'This query selects "title" 11 times in one selection set; the maximum is 10. '
                "Select a field once.",
            )
        ]

    def test_repetitions_through_fragments_count(self):
        document = """
            query Titles { pages(limit: 1) { title ...A ... on HomePage { title ...A } } }
            fragment A on PageInterface { title }
        """
        assert measures_of(document).most_repeated == ("title", 4)

    def test_every_limit_hit_is_reported(self, ask, site_tree):
        assert [code for code, _ in refused(ask, ATTACK)] == [
            "TOO_MANY_ROOT_FIELDS",
            "QUERY_TOO_COSTLY",
        ]


class TestDocumentSize:
    def test_document_over_the_limit_is_refused_before_parsing(
        self, client, count_queries, settings, monkeypatch
    ):
        settings.HEADLESS_MAX_DOCUMENT_BYTES = 100
        monkeypatch.setattr("graphene_django.views.parse", pytest.fail)
        query = "query Long { locales { code } } # č, two bytes in UTF-8"
        query = query.replace("#", " " * (101 - len(query.encode())) + "#")
        with count_queries() as sql:
            response = client.post("/graphql/", query, content_type="application/graphql")

        assert response.status_code == 413
        assert response.json() == {
            "errors": [
                {
                    "message": "The GraphQL document is 101 bytes; the maximum is 100 bytes. "
                    "Send a smaller document, or a persisted operation by its hash.",
                    "extensions": {"code": "DOCUMENT_TOO_LARGE"},
                }
            ]
        }
        assert sql.count == 0

    def test_document_at_the_limit_runs(self, client, site_tree, settings):
        query = 'query Short { pages(locale: "sl") { title } }'
        settings.HEADLESS_MAX_DOCUMENT_BYTES = len(query)
        response = client.get("/graphql/", {"query": query}, HTTP_ACCEPT="application/json")
        assert response.json() == {"data": {"pages": [{"title": "Domov"}]}}


def test_nested_list_limit_is_checked(graphql, site_tree):
    result = graphql(
        'query BigChildren { page(slug: "domov") { children(limit: 1000) { title } } }'
    )
    assert result["errors"][0]["extensions"]["code"] == "PAGE_SIZE_EXCEEDED"


def test_unknown_fields_and_arguments_are_still_validated(graphql, site_tree):
    # graphene-django's validation_rules replace graphql-core's standard rules; they must stay.
    assert graphql("query Nope { pages { nope } }")["errors"]
    assert graphql("query Nope { pages(nope: 1) { title } }")["errors"]
