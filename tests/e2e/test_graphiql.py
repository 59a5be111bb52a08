"""GraphiQL at /graphql/ works on a machine without internet: the browser may reach only the CMS,
and GraphiQL still renders, runs a query and shows its Explorer plugin.

Only the CMS is started here (as ``make run`` serves it: dev settings, runserver), not the
reference frontend that the ``stack`` fixture builds on, so this module runs without Node:
``pytest tests/e2e/test_graphiql.py --e2e``.
"""

import json
import urllib.parse

import pytest
from playwright.sync_api import Page, Route, expect

from tests.e2e.conftest import ARTIFACTS
from tests.servers import demo_environment, load_demo, running_cms

SMOKE_QUERY = "query GraphiqlSmoke { locales { code } }"


@pytest.fixture(scope="module")
def cms_url(tmp_path_factory):
    """The CMS alone on loopback with GraphiQL on and ad-hoc queries allowed, demo content
    loaded."""
    workdir = tmp_path_factory.mktemp("e2e-graphiql")
    env = demo_environment(
        workdir,
        DEBUG="true",
        GRAPHIQL="true",
        GRAPHQL_INTROSPECTION="true",
        PERSISTED_QUERIES_ONLY="false",
    )
    load_demo(env)
    with running_cms(env, workdir / "cms-graphiql.log", keep_log_in=ARTIFACTS) as url:
        yield url


@pytest.fixture
def offline_page(browser, cms_url, request):
    """A page that can reach only the CMS: any other request is aborted and noted in
    ``page.blocked``; errors the page's scripts throw are noted in ``page.script_errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    blocked: list[str] = []

    def only_the_cms(route: Route) -> None:
        if route.request.url.startswith(f"{cms_url}/"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/*", only_the_cms)
    page = context.new_page()
    page.blocked = blocked
    page.script_errors = []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    yield page
    if getattr(request.node, "failed", False):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"FAILED-{request.node.name}.png", full_page=True)
    context.close()


def open_graphiql(page: Page, cms_url: str, query: str = "") -> None:
    # graphene-django's graphiql.js takes the query from the URL's fragment, as GraphiQL's
    # shared links carry it.
    fragment = f"#query={urllib.parse.quote(query)}" if query else ""
    static_answers = []

    def note_static(response) -> None:
        if "/static/" in response.url:
            static_answers.append((response.url, response.status))

    page.on("response", note_static)
    page.goto(f"{cms_url}/graphql/{fragment}")
    expect(page.locator(".graphiql-container")).to_be_visible()
    assert static_answers, "GraphiQL loaded no static files"
    assert all(status == 200 for _url, status in static_answers), static_answers


def test_graphiql_runs_a_query_with_only_the_cms_reachable(offline_page, cms_url):
    open_graphiql(offline_page, cms_url, SMOKE_QUERY)
    offline_page.locator(".graphiql-execute-button").click()
    result = offline_page.locator(".graphiql-response")
    expect(result).to_contain_text('"code": "sl"')
    # The result pane is a code editor; its text is the JSON GraphQL answered.
    text = result.locator(".CodeMirror").evaluate("node => node.CodeMirror.getValue()")
    answer = json.loads(text)
    assert {"code": "sl"} in answer["data"]["locales"]
    assert "errors" not in answer
    assert offline_page.blocked == []
    assert offline_page.script_errors == []


def test_graphiql_shows_the_explorer_plugin(offline_page, cms_url):
    open_graphiql(offline_page, cms_url)
    offline_page.get_by_role("button", name="Show GraphiQL Explorer").click()
    explorer = offline_page.locator(".graphiql-explorer-root")
    expect(explorer).to_be_visible()
    # It lists the schema's root fields, read by introspection from the CMS.
    expect(explorer).to_contain_text("locales")
    assert offline_page.blocked == []
    assert offline_page.script_errors == []
