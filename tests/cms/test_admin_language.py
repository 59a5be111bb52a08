"""A Slovene editor meets no English that this project wrote: every label, help text, choice,
panel heading, block label and menu item has a Slovene translation, and the admin's screens
show it.

Strings equal in both languages on purpose (codes, brand and format names) are listed in
``SAME_IN_BOTH``; anything else that renders the same under "sl" and "en" was not translated.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory, VenueFactory
from tests.cms.admin_strings import all_strings
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db

#: Words that are the same in Slovene: names of formats, standards and services.
SAME_IN_BOTH = {
    "URL",
    "E-mail",
    "ID",
    "RSS",
    "iCalendar",
    "ISO 3166",
    "Logo",
    "Erasmus+",
    "Partner",
}


def _rendered(text, language: str) -> str:
    with translation.override(language):
        return str(text)


def test_every_admin_string_of_the_project_is_translated_into_slovene():
    untranslated = sorted(
        f"{item.where}: {_rendered(item.text, 'en')!r}"
        for item in all_strings()
        if _rendered(item.text, "en").strip()
        and _rendered(item.text, "en") == _rendered(item.text, "sl")
        and _rendered(item.text, "en") not in SAME_IN_BOTH
    )
    assert untranslated == [], "\n".join(untranslated)


def test_the_walk_finds_the_event_editor_and_the_menus():
    """The check above proves nothing if the walk misses what editors see."""
    places = {item.where for item in all_strings()}

    assert "calendar_app.EventPage.start label" in places
    assert "calendar_app.EventPage.status choice 'CANCELLED'" in places
    assert any(place.startswith("calendar_app.EventPage panel heading") for place in places)
    assert any("menu label" in place and "calendar_app" in place for place in places)
    assert any("webhooks" in place for place in places)
    assert any(".body." in place and place.endswith("label") for place in places)


@pytest.fixture
def admin_screens(site_tree):
    home = site_tree["sl"]
    calendar = EventIndexPageFactory(parent=home, title="Koledar", slug="koledar")
    venue = VenueFactory()
    event = EventPageFactory(parent=calendar, venue=venue)
    projects = ProjectIndexPageFactory(parent=home, title="Projekti", slug="projekti")
    project = ProjectPageFactory(parent=projects)
    return {
        "dashboard": "/admin/",
        "home edit": f"/admin/pages/{home.pk}/edit/",
        "calendar listing": f"/admin/pages/{calendar.pk}/",
        "calendar edit": f"/admin/pages/{calendar.pk}/edit/",
        "event edit": f"/admin/pages/{event.pk}/edit/",
        "event add": f"/admin/pages/add/calendar_app/eventpage/{calendar.pk}/",
        "projects edit": f"/admin/pages/{projects.pk}/edit/",
        "project edit": f"/admin/pages/{project.pk}/edit/",
        "project add": f"/admin/pages/add/project_pages/projectpage/{projects.pk}/",
        "venues": "/admin/snippets/calendar_app/venue/",
        "venue edit": f"/admin/snippets/calendar_app/venue/edit/{venue.pk}/",
        "venue add": "/admin/snippets/calendar_app/venue/add/",
        "categories": "/admin/snippets/calendar_app/eventcategory/",
        "category add": "/admin/snippets/calendar_app/eventcategory/add/",
        "target groups": "/admin/snippets/project_pages/targetgroup/",
        "target group add": "/admin/snippets/project_pages/targetgroup/add/",
        "programmes": "/admin/snippets/project_pages/fundingprogramme/",
        "people": "/admin/snippets/project_pages/person/",
        "person add": "/admin/snippets/project_pages/person/add/",
        "footer": "/admin/snippets/home/sitefooter/",
        "menu": "/admin/snippets/home/mainmenu/",
        "webhooks": "/admin/webhooks/endpoints/",
        "webhook add": "/admin/webhooks/endpoints/new/",
        "deliveries": "/admin/webhooks/deliveries/",
    }


def _visible_texts(html: bytes) -> set[str]:
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    texts = {" ".join(text.split()) for text in soup.stripped_strings}
    for attribute in ("placeholder", "title", "aria-label"):
        texts |= {element[attribute] for element in soup.find_all(attrs={attribute: True})}
    return texts


def test_the_admin_screens_show_the_slovene_translations(editor_in, admin_screens):
    english = {
        _rendered(item.text, "en")
        for item in all_strings()
        if _rendered(item.text, "en") != _rendered(item.text, "sl")
    }
    # Short words ("Date") also occur inside content: compare whole texts of two words or more.
    english = {text for text in english if re.search(r"\w\W+\w", text)}
    client = editor_in("sl")
    found = {}
    for url in admin_screens.values():
        response = client.get(url)
        assert response.status_code == 200, url
        if shown := english & _visible_texts(response.content):
            found[url] = sorted(shown)
    assert found == {}


def test_the_dashboard_counts_are_in_slovene(editor_in, admin_screens):
    """Wagtail 8's Slovene catalogue lacks them; the project's catalogue fills the gap."""
    texts = " ".join(_visible_texts(editor_in("sl").get("/admin/").content))

    assert re.search(r"\d+ (stran|strani)\b", texts), texts
    assert " Pages" not in texts


def test_add_buttons_of_inline_rows_read_as_slovene_sentences(editor_in, admin_screens):
    """Wagtail's "Add %(label)s" gave "Dodaj Kontaktna oseba"; the label names a row."""
    texts = _visible_texts(editor_in("sl").get(admin_screens["project add"]).content)

    assert {"Dodaj kontaktno osebo", "Dodaj partnerja", "Dodaj gradivo", "Dodaj logotip"} <= texts
    assert not [text for text in texts if text.startswith("Dodaj ") and text[6].isupper()]


def test_choosers_and_add_buttons_of_the_event_editor_read_as_slovene_sentences(
    editor_in, admin_screens
):
    """Wagtail's "Choose %(object)s" gave "Izberite oseba" and "Izberite drug prizorišče"."""
    client = editor_in("sl")
    texts = _visible_texts(client.get(admin_screens["event edit"]).content)
    texts |= _visible_texts(client.get(admin_screens["project add"]).content)

    assert {"Dodaj izključeni datum", "Dodaj spremembo", "Izberite drugo prizorišče"} <= texts
    assert {"Izberite program financiranja"} <= texts
    assert not [text for text in texts if text.startswith("Dodaj ") and text[6].isupper()]
    assert not [
        text for text in texts if re.match(r"Izberite (drug oseba|oseba|drug prizorišče)$", text)
    ]


@pytest.mark.parametrize("language_code", ["sl", "en"])
def test_every_date_picker_starts_the_week_on_monday(editor_in, admin_screens, language_code):
    """Wagtail's own pickers too (scheduled publishing, in the page's settings)."""
    content = editor_in(language_code).get(admin_screens["project add"]).content.decode()

    assert "dayOfWeekStart&quot;: 1" in content or '"dayOfWeekStart": 1' in content
    assert "dayOfWeekStart&quot;: 0" not in content
    assert '"dayOfWeekStart": 0' not in content
