"""The /graphql/ endpoint answers POST and GET, and shows GraphiQL to a browser."""

import json

import pytest

SITE_LOCALES = """
query SiteLocales {
  pages(locale: "sl") { title locale }
}
"""


@pytest.mark.django_db
def test_post_answers_with_json(site_tree, graphql):
    result = graphql(SITE_LOCALES)
    assert result == {"data": {"pages": [{"title": "Domov", "locale": "sl"}]}}


@pytest.mark.django_db
def test_get_answers_with_json(site_tree, client):
    response = client.get("/graphql/", {"query": SITE_LOCALES}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["data"]["pages"] == [{"title": "Domov", "locale": "sl"}]


@pytest.mark.django_db
def test_browser_gets_graphiql(client, settings):
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert b"graphiql" in response.content.lower()


@pytest.mark.django_db
def test_api_answers_set_no_cookie(site_tree, client):
    response = client.get("/graphql/", {"query": SITE_LOCALES}, HTTP_ACCEPT="application/json")
    assert not response.cookies


@pytest.mark.django_db
def test_malformed_body_is_a_client_error(client):
    response = client.post("/graphql/", data="{not json", content_type="application/json")
    assert response.status_code == 400
    [error] = json.loads(response.content)["errors"]
    assert error == {
        "message": "The request body is not valid JSON.",
        "extensions": {"code": "BAD_REQUEST"},
    }


@pytest.mark.django_db
def test_cors_allows_the_configured_frontend(site_tree, client, settings):
    response = client.options(
        "/graphql/",
        HTTP_ORIGIN=settings.CORS_ALLOWED_ORIGINS[0],
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert response["Access-Control-Allow-Origin"] == settings.CORS_ALLOWED_ORIGINS[0]
    refused = client.options(
        "/graphql/",
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "Access-Control-Allow-Origin" not in refused


@pytest.mark.django_db
def test_introspection_with_arguments_works(graphql, site_tree):
    result = graphql(
        'query PageInterfaceFields { __type(name: "PageInterface") { fields { name } } }'
    )
    assert "errors" not in result
    assert "translations" in {field["name"] for field in result["data"]["__type"]["fields"]}
