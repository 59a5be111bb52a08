"""One typed context per request: the locale asked for and the per-request caches live in
``request.headless``, not in the active language or loose request attributes."""

import json

import pytest
from django.test import RequestFactory
from django.utils import translation

from cms.content.context import RequestContext, context_of, current_context, serving
from cms.content.locales import all_locale_codes, is_fallback, resolve_locale

pytestmark = pytest.mark.django_db


def test_the_context_is_made_once_and_holds_the_requested_locale(site_tree):
    request = RequestFactory().get("/feed.ics")
    context = context_of(request)

    with translation.override("sl"):
        locale = resolve_locale("en", request=request)
        assert translation.get_language() == "sl"  # the active language is left alone
    assert context_of(request) is context is request.headless
    assert context.requested_locale == locale
    assert context.served_locale() == locale
    assert sorted(context.locales_by_code) == sorted(all_locale_codes(request=request))


def test_is_fallback_compares_with_the_requested_locale(site_tree):
    request = RequestFactory().get("/")
    resolve_locale("en", request=request)

    assert is_fallback(site_tree["sl"], request=request)
    assert not is_fallback(site_tree["en"], request=request)
    assert not is_fallback(site_tree["sl"], request=RequestFactory().get("/"))


def test_without_a_request_each_call_gets_its_own_context():
    assert context_of(None) is not context_of(None)
    assert current_context() is not current_context()
    context = RequestContext()
    with serving(context):
        assert current_context() is context


@pytest.mark.parametrize("code", ["sl", "en"])
def test_the_answer_names_the_language_the_query_asked_for(client, site_tree, code):
    response = client.post(
        "/graphql/",
        data=json.dumps(
            {"query": f'query Root {{ page(urlPath: "/", locale: "{code}") {{ id }} }}'}
        ),
        content_type="application/json",
    )

    assert response.status_code == 200
    assert response["Content-Language"] == code
