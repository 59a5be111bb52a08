"""Input an attacker (or a broken client) sends on purpose: JSON nested hundreds of levels
deep, dates at the ends of the calendar, ids larger than the database's integers, search text
with lone surrogates, quotes or hundreds of words. Each gets a 4xx or a coded GraphQL error
that names what is allowed, and at most one line in the log, never a traceback."""

import json
import logging
from urllib.parse import urlencode

import pytest
from django.db import OperationalError, ProgrammingError

from tests.calendar_app.factories import EventIndexPageFactory, VenueFactory
from tests.factories import PlainPageFactory, publish
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiet_log(caplog):
    """What the server logs while the test runs, from every logger, warnings and up."""
    caplog.set_level(logging.WARNING)
    return caplog


def assert_no_traceback(caplog) -> None:
    assert not [record for record in caplog.records if record.exc_info], caplog.text
    assert "Traceback" not in caplog.text
    assert len(caplog.records) <= 1, caplog.text


def post(client, body: str | bytes, content_type: str = "application/json"):
    return client.post("/graphql/", data=body, content_type=content_type)


def only_error(response) -> dict:
    [error] = response.json()["errors"]
    return error


def nested(depth: int, leaf: str = "1") -> str:
    return "[" * (depth - 1) + leaf + "]" * (depth - 1)


PAGES = "query Pages { pages { title } }"


# JSON nesting.


@pytest.mark.parametrize("depth", [900, 5_000, 30_000])
def test_a_body_nested_deeper_than_the_limit_is_refused_before_parsing(
    client, site_tree, quiet_log, depth
):
    body = f'{{"query": "{PAGES}", "variables": {{"deep": {nested(depth)}}}}}'
    response = post(client, body)

    assert response.status_code == 400
    error = only_error(response)
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert error["message"] == (
        "The request body nests JSON arrays and objects deeper than 32 levels "
        "(GRAPHQL_MAX_JSON_DEPTH)."
    )
    assert_no_traceback(quiet_log)


def test_a_body_nested_up_to_the_limit_is_read(client, site_tree, settings):
    # The body object is the first level, "variables" the second.
    body = json.dumps({"query": PAGES, "variables": {"deep": json.loads(nested(30))}})
    response = post(client, body)

    assert response.status_code == 200, response.content
    assert response.json() == {"data": {"pages": [{"title": "Domov"}]}}


def test_the_nesting_limit_is_a_setting(client, site_tree, settings):
    settings.HEADLESS_MAX_JSON_DEPTH = 4
    body = json.dumps({"query": PAGES, "variables": {"deep": [[[1]]]}})
    response = post(client, body)

    assert response.status_code == 400
    assert "deeper than 4 levels" in only_error(response)["message"]


def test_brackets_inside_strings_do_not_count(client, site_tree):
    text = '[{\\"' * 500
    body = f'{{"query": "{PAGES}", "variables": {{"text": "{text}"}}}}'
    response = post(client, body)

    assert response.status_code == 200, response.content


@pytest.mark.parametrize("parameter", ["variables", "extensions"])
def test_a_url_parameter_nested_too_deeply_is_refused(client, site_tree, quiet_log, parameter):
    query = urlencode({"query": PAGES, parameter: f'{{"a": {nested(900)}}}'})
    response = client.get(f"/graphql/?{query}", HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    error = only_error(response)
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert error["message"] == (
        f"{parameter} nests JSON arrays and objects deeper than 32 levels (GRAPHQL_MAX_JSON_DEPTH)."
    )
    assert_no_traceback(quiet_log)


# Dates.


@pytest.fixture
def calendar(site_tree):
    return publish(EventIndexPageFactory(parent=site_tree["sl"]))


EVENTS = "query Events($from: Date!, $to: Date!) { events(from: $from, to: $to) { start } }"


@pytest.mark.parametrize(
    ("start", "end"),
    [("0001-01-01", "0001-01-31"), ("9999-12-01", "9999-12-31"), ("1899-12-31", "1900-01-05")],
)
def test_an_events_window_outside_the_supported_years(graphql, calendar, quiet_log, start, end):
    body = graphql(EVENTS, {"from": start, "to": end})

    [error] = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"] == (
        f"from and to must be dates from 1900-01-01 to 2100-12-31, got {start} to {end}."
    )
    assert_no_traceback(quiet_log)


def test_an_events_window_at_the_ends_of_the_supported_years(graphql, calendar):
    for start, end in (("1900-01-01", "1900-01-31"), ("2100-12-01", "2100-12-31")):
        assert graphql(EVENTS, {"from": start, "to": end}) == {"data": {"events": []}}


@pytest.mark.parametrize("year", [1, 9999, -5])
def test_a_calendar_month_outside_the_supported_years(graphql, calendar, year):
    body = graphql(
        "query Month($year: Int!) { calendarMonth(year: $year, month: 1) { title } }",
        {"year": year},
    )
    [error] = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"] == f"year must be from 1900 to 2100, got {year}."


# Ids.

TOO_LARGE = str(2**31)
HUGE = "9" * 40

ID_DOCUMENTS = {
    "page": "query PageById($id: ID) { page(id: $id) { title } }",
    "pages": "query PagesById($id: ID) { pages(id: $id) { title } }",
    "children": 'query ChildrenById($id: ID) { page(urlPath: "/") { children(id: $id) { id } } }',
    "image": "query ImageById($id: ID) { image(id: $id) { id } }",
    "images-id": "query ImagesById($id: ID) { images(id: $id) { id } }",
    "images-collection": "query ImagesByCollection($id: ID) { images(collection: $id) { id } }",
    "events-project": (
        'query EventsOfProject($id: ID) { events(from: "2024-01-01", to: "2024-01-31", '
        "project: $id) { start } }"
    ),
    "events-venue": (
        'query EventsAtVenue($id: ID) { events(from: "2024-01-01", to: "2024-01-31", '
        "venue: $id) { start } }"
    ),
    "month-venue": (
        "query MonthAtVenue($id: ID) { calendarMonth(year: 2024, month: 1, venue: $id) { title } }"
    ),
    "upcoming-project": (
        "query UpcomingOfProject($id: ID) { upcomingEvents(project: $id) { start } }"
    ),
}


@pytest.mark.parametrize("document", ID_DOCUMENTS.values(), ids=ID_DOCUMENTS.keys())
def test_an_id_larger_than_the_database_holds(graphql, calendar, quiet_log, document):
    for value in (TOO_LARGE, int(TOO_LARGE), HUGE):
        body = graphql(document, {"id": value})

        [error] = body["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", body
        assert error["message"].endswith(
            f'must be a numeric id from 1 to 2147483647, got "{value}".'
        )
    assert_no_traceback(quiet_log)


@pytest.mark.parametrize("document", ID_DOCUMENTS.values(), ids=ID_DOCUMENTS.keys())
def test_an_id_that_is_not_ascii_digits(graphql, calendar, quiet_log, document):
    # str.isdigit() says yes to all but the last two; int() refuses "²" and reads "١٢" as 12.
    for value in ("²", "١٢", "1_000", " 7", "0x1", "0", "-1"):
        body = graphql(document, {"id": value})

        [error] = body["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", body
        assert "must be a numeric id from 1 to 2147483647" in error["message"]
    assert_no_traceback(quiet_log)


def test_the_largest_id_is_looked_up(graphql, calendar):
    body = graphql(ID_DOCUMENTS["page"], {"id": str(2**31 - 1)})
    assert body == {"data": {"page": None}}


# Search.


@pytest.fixture
def searchable_site(site_tree):
    publish(PlainPageFactory(parent=site_tree["sl"], title="Knjižnica odprtih vrat"))
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    publish(ProjectPageFactory(parent=index, title="Knjižnica za vse"))
    VenueFactory(locale=site_tree["sl"].locale)


SEARCHES = {
    "search": "query Search($text: String!) { search(query: $text) { title } }",
    "pages": "query SearchPages($text: String) { pages(searchQuery: $text) { title } }",
    "children": (
        'query SearchChildren($text: String) { page(urlPath: "/") '
        "{ children(searchQuery: $text) { title } } }"
    ),
    "images": "query SearchImages($text: String) { images(searchQuery: $text) { id } }",
    "projects": (
        "query SearchProjects($text: String) { projects(search: $text) { items { title } } }"
    ),
}


UNPARSABLE = [
    '"',
    'knjižnica "odprtih',
    "knjižnica'",
    "knjižnica AND OR NOT (",
    "knjižnica* ^ : - + NEAR(",
    "\\",
    '"" {title} : knjižnica live:false',
    "50 % %s %(x)s",
]


@pytest.mark.parametrize("document", SEARCHES.values(), ids=SEARCHES.keys())
def test_search_text_the_backend_cannot_parse_is_searched_as_words(
    graphql, searchable_site, quiet_log, document
):
    for text in UNPARSABLE:
        body = graphql(document, {"text": text})

        assert "errors" not in body, (text, body)
    assert_no_traceback(quiet_log)


def test_a_quote_finds_what_the_words_find(graphql, searchable_site):
    found = graphql(SEARCHES["search"], {"text": 'knjižnica "odprtih'})["data"]["search"]
    assert found == [{"title": "Knjižnica odprtih vrat"}]


@pytest.mark.parametrize("document", SEARCHES.values(), ids=SEARCHES.keys())
def test_a_lone_surrogate_in_search_text_is_refused(graphql, searchable_site, quiet_log, document):
    # JSON can spell half of a UTF-16 pair ("\ud800"); neither database can store it.
    body = graphql(document, {"text": "knji\ud800nica"})

    [error] = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].endswith(
        "must be valid Unicode text: it holds a lone UTF-16 surrogate (U+D800)."
    )
    assert_no_traceback(quiet_log)


def test_a_lone_surrogate_in_any_string_argument_is_refused(graphql, site_tree, quiet_log):
    body = graphql("query Page($slug: String) { page(slug: $slug) { title } }", {"slug": "\udfff"})

    [error] = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"] == (
        "slug must be valid Unicode text: it holds a lone UTF-16 surrogate (U+DFFF)."
    )
    assert_no_traceback(quiet_log)


@pytest.mark.parametrize("document", SEARCHES.values(), ids=SEARCHES.keys())
def test_a_search_of_hundreds_of_words_is_refused(graphql, searchable_site, quiet_log, document):
    for text, message in (
        (" ".join(["knjiga"] * 600), "is 4199 characters long; at most 200 are allowed."),
        ("knjižnica" * 23, "is 207 characters long; at most 200 are allowed."),
        ("a " * 32 + "b", "has 33 words; at most 32 are searched for."),
        ('"a"' * 40, "has 40 words; at most 32 are searched for."),
    ):
        body = graphql(document, {"text": text})

        [error] = body["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert error["message"].endswith(message), error
    assert_no_traceback(quiet_log)


def test_search_limits_at_their_boundary(graphql, searchable_site):
    twenty = " ".join(["knjižnica"] * 20)  # 199 characters
    found = graphql(SEARCHES["search"], {"text": twenty})["data"]["search"]
    assert sorted(page["title"] for page in found) == ["Knjižnica odprtih vrat", "Knjižnica za vse"]
    assert "errors" not in graphql(SEARCHES["search"], {"text": "a " * 31 + "b"})


@pytest.mark.parametrize(
    "error",
    [
        OperationalError('fts5: syntax error near """'),
        OperationalError("unterminated string"),
        ProgrammingError("syntax error in tsquery: \"'a' & \""),
    ],
    ids=["sqlite", "sqlite-quote", "postgresql"],
)
def test_a_search_syntax_error_from_the_database_is_the_clients(
    graphql, searchable_site, quiet_log, monkeypatch, error
):
    """Should a term still reach the backend in a form it cannot parse, the client hears
    that its search text was refused, not that the database is down (503)."""

    def refuse(**kwargs):
        raise error

    monkeypatch.setattr("cms.graphql.queries.search_public_pages", refuse)
    body = graphql(SEARCHES["search"], {"text": "knjižnica"})

    [refusal] = body["errors"]
    assert refusal["extensions"]["code"] == "BAD_USER_INPUT"
    assert refusal["message"] == (
        "The search text could not be read: search for words, without quotes or operators."
    )
    assert len(quiet_log.records) == 1
    assert_no_traceback(quiet_log)


def test_a_body_over_the_size_limit_is_refused_before_it_is_decoded(
    client, site_tree, quiet_log, settings, monkeypatch
):
    settings.HEADLESS_MAX_BODY_BYTES = 1_000
    monkeypatch.setattr("cms.graphql.bounds.json_deeper_than", pytest.fail)
    body = (
        '{"query": "query Pages { pages { title } }", "variables": {"v": [' + "[]," * 400 + "1]}}"
    )
    response = post(client, body)

    assert response.status_code == 413
    assert only_error(response) == {
        "message": f"The request body is {len(body):,} bytes; the maximum is 1,000 bytes "
        "(GRAPHQL_MAX_BODY_BYTES). Send a smaller document, or a persisted operation by its hash.",
        "extensions": {"code": "DOCUMENT_TOO_LARGE"},
    }
    assert_no_traceback(quiet_log)
