"""Editors use the Wagtail admin in Slovene or English.

The expected strings are Wagtail's own translations
(wagtail/admin/locale/sl/LC_MESSAGES/django.po): "Sign in to Wagtail" is "Prijava v Wagtail",
"Dashboard" is "Nadzorna plošča".
"""

import re

import pytest

pytestmark = pytest.mark.django_db

LOGIN_HEADING = {"sl": "<h1>Prijava v Wagtail</h1>", "en": "<h1>Sign in to Wagtail</h1>"}
DASHBOARD_TITLE = {"sl": "<title>Nadzorna plošča - Wagtail</title>", "en": "<title>Dashboard - "}


def test_login_page_is_in_slovene_for_a_slovene_browser(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="sl")

    assert response.status_code == 200
    content = response.content.decode()
    assert LOGIN_HEADING["sl"] in content
    assert LOGIN_HEADING["en"] not in content
    assert '<html lang="sl"' in content


def test_login_page_is_in_english_for_an_english_browser(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    content = response.content.decode()
    assert LOGIN_HEADING["en"] in content
    assert '<html lang="en"' in content


@pytest.mark.parametrize("language_code", ["sl", "en"])
def test_dashboard_speaks_the_editors_preferred_language(editor_in, language_code):
    response = editor_in(language_code).get("/admin/")

    assert response.status_code == 200
    content = response.content.decode()
    assert DASHBOARD_TITLE[language_code] in content
    other = "en" if language_code == "sl" else "sl"
    assert DASHBOARD_TITLE[other] not in content
    assert f'<html lang="{language_code}"' in content


def test_editor_may_choose_only_slovene_or_english(editor_in):
    response = editor_in("en").get("/admin/account/")

    assert response.status_code == 200
    select = re.search(
        r'<select name="locale-preferred_language".*?</select>', response.content.decode(), re.S
    )
    assert select is not None
    # "" is "use the server's language" (Slovene).
    assert set(re.findall(r'<option value="([^"]*)"', select.group())) == {"", "sl", "en"}
