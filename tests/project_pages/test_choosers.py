"""The editors' choosers offer the terms of the page's own language (issue 16): target groups,
funding programmes, venues, event categories and audiences, and an event's related project,
each for a Slovene and an English page, new or existing. Where a language has no terms yet, the
editor says so and links to the list they are translated from."""

import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from calendar_app.models import EventCategory, EventPage, Venue
from project_pages.models import FundingProgramme, ProjectIndexPage, ProjectPage, TargetGroup
from project_pages.wagtail_hooks import ProjectSnippets, TargetGroupViewSet
from tests.calendar_app.factories import (
    EventCategoryFactory,
    EventIndexPageFactory,
    EventPageFactory,
    VenueFactory,
)
from tests.cms.editorial import add_url, edit_url
from tests.factories import publish, translate
from tests.project_pages.factories import (
    FundingProgrammeFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db

TERMS = {
    "sl": {"group": "slepi in slabovidni", "category": "delavnica", "venue": "Knjižnica Šiška"},
    "en": {"group": "blind readers", "category": "workshop", "venue": "Šiška Library"},
}


@pytest.fixture
def admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.com", "x"))
    return client


@pytest.fixture
def terms(site_tree):
    """Each term in Slovene and its English translation."""
    made = {}
    for code in ("sl", "en"):
        locale = Locale.objects.get(language_code=code)
        made[code] = {
            "group": TargetGroupFactory(locale=locale, name=TERMS[code]["group"], slug="blind"),
            "programme": FundingProgrammeFactory(locale=locale, name=f"Erasmus+ ({code})"),
            "category": EventCategoryFactory(
                locale=locale, name=TERMS[code]["category"], slug="workshop"
            ),
            "venue": VenueFactory(locale=locale, name=TERMS[code]["venue"]),
        }
    for kind in made["sl"]:
        made["en"][kind].translation_key = made["sl"][kind].translation_key
        made["en"][kind].save()
    return made


@pytest.fixture
def projects(site_tree):
    """A Slovene project and its English translation, each in its language's index."""
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    translate(index, "en", title="International projects", slug="projects")
    slovene = publish(ProjectPageFactory(parent=index, title="Projekt", slug="projekt"))
    return {"sl": slovene, "en": translate(slovene, "en", title="Project")}


@pytest.fixture
def events(site_tree, projects):
    """A Slovene event and its English translation."""
    calendar = publish(EventIndexPageFactory(parent=site_tree["sl"]))
    translate(calendar, "en", title="Calendar", slug="calendar")
    slovene = publish(EventPageFactory(parent=calendar, title="Dogodek", slug="dogodek"))
    return {"sl": slovene, "en": translate(slovene, "en", title="Event")}


def checkbox_labels(html: str, name: str) -> set[str]:
    """The terms offered by the field ``name``: its checkboxes' labels, or its options."""
    ids = re.findall(rf'<input type="checkbox" name="{name}" value="\d+"[^>]*id="([^"]+)"', html)
    labels = {
        re.search(
            rf'<label for="{id_}"[^>]*>\s*(?:<input[^>]*>)?\s*([^<]+?)\s*</label>', html
        ).group(1)
        for id_ in ids
    }
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.DOTALL)
    if select:
        labels |= set(re.findall(r"<option[^>]*>\s*([^<]+?)\s*</option>", select.group(1)))
    return labels


def chooser_options(html: str, constructor: str, field: str) -> dict:
    found = re.search(rf'new {constructor}\("id_{field}", (\{{.*?\}})\);', html)
    assert found, f"no {constructor} for {field}"
    return json.loads(found.group(1))


def chosen_names(admin, modal_url: str) -> set[str]:
    """The names the snippet chooser lists when opened at ``modal_url``."""
    response = admin.get(modal_url)
    assert response.status_code == 200
    listing = response.json()["html"]
    return set(re.findall(r"data-chooser-modal-choice[^>]*>\s*([^<]+?)\s*<", listing))


@pytest.mark.parametrize("code", ["sl", "en"])
def test_a_project_offers_the_target_groups_and_programmes_of_its_language(
    admin, terms, projects, code
):
    other = "en" if code == "sl" else "sl"

    html = admin.get(edit_url(projects[code])).text

    assert checkbox_labels(html, "target_groups") == {TERMS[code]["group"]}
    modal_url = chooser_options(html, "SnippetChooser", "programme")["modalUrl"]
    assert modal_url.endswith(f"?locale={code}")
    names = chosen_names(admin, modal_url)
    assert terms[code]["programme"].name in names
    assert terms[other]["programme"].name not in names


@pytest.mark.parametrize("code", ["sl", "en"])
def test_a_new_project_offers_the_terms_of_its_parents_language(admin, terms, projects, code):
    index = projects[code].get_parent()

    html = admin.get(add_url(index, ProjectPage)).text

    assert checkbox_labels(html, "target_groups") == {TERMS[code]["group"]}
    assert chooser_options(html, "SnippetChooser", "programme")["modalUrl"].endswith(
        f"?locale={code}"
    )


def test_a_project_keeps_a_term_chosen_in_another_language(admin, terms, projects):
    """wagtail-localize leaves an untranslated term pointing at the Slovene one."""
    projects["en"].target_groups.set([terms["sl"]["group"]])
    projects["en"].save_revision()

    html = admin.get(edit_url(projects["en"])).text

    assert checkbox_labels(html, "target_groups") == {TERMS["sl"]["group"], TERMS["en"]["group"]}


def test_a_term_of_another_language_is_not_accepted(admin, terms, projects):
    form = ProjectPage.get_edit_handler().get_form_class()(
        instance=projects["en"], parent_page=projects["en"].get_parent(), for_user=None
    )

    assert set(form.fields["target_groups"].queryset) == {terms["en"]["group"]}
    assert set(form.fields["programme"].queryset) == {terms["en"]["programme"]}


def test_an_english_project_without_english_terms_links_to_translating_them(editor_in, projects):
    TargetGroupFactory(locale=projects["sl"].locale, name="brezposelni")

    html = editor_in("en").get(edit_url(projects["en"])).text

    assert checkbox_labels(html, "target_groups") == set()
    listing = reverse("wagtailsnippets_project_pages_targetgroup:list")
    assert "There are no target groups in English yet." in html
    assert f'<a href="{listing}?locale=sl">Translate them from the list in' in html


@pytest.mark.parametrize("code", ["sl", "en"])
def test_an_event_offers_the_audiences_categories_and_venues_of_its_language(
    admin, terms, events, code
):
    other = "en" if code == "sl" else "sl"

    html = admin.get(edit_url(events[code])).text

    assert checkbox_labels(html, "audiences") == {TERMS[code]["group"]}
    assert checkbox_labels(html, "categories") == {TERMS[code]["category"]}
    modal_url = chooser_options(html, "SnippetChooser", "venue")["modalUrl"]
    assert modal_url.endswith(f"?locale={code}")
    names = chosen_names(admin, modal_url)
    assert TERMS[code]["venue"] in names
    assert TERMS[other]["venue"] not in names


def test_an_event_accepts_no_term_of_another_language(admin, terms, events):
    form = EventPage.get_edit_handler().get_form_class()(
        instance=events["en"], parent_page=events["en"].get_parent(), for_user=None
    )

    assert set(form.fields["audiences"].queryset) == {terms["en"]["group"]}
    assert set(form.fields["categories"].queryset) == {terms["en"]["category"]}
    assert set(form.fields["venue"].queryset) == {terms["en"]["venue"]}


@pytest.mark.parametrize("code", ["sl", "en"])
def test_an_events_related_project_chooser_opens_in_its_language(admin, events, projects, code):
    html = admin.get(edit_url(events[code])).text

    options = chooser_options(html, "PageInLocaleChooser", "related_project")
    index = projects[code].get_parent()
    assert options["startParentId"] == index.pk
    listing = admin.get(
        reverse("wagtailadmin_choose_page_child", args=[index.pk]),
        {"page_type": "project_pages.projectpage"},
    )
    assert projects[code].title in listing.json()["html"]
    assert projects["en" if code == "sl" else "sl"].title not in listing.json()["html"]


@pytest.mark.parametrize("code", ["sl", "en"])
def test_a_new_event_offers_its_calendars_language(admin, terms, events, code):
    calendar = events[code].get_parent()

    html = admin.get(add_url(calendar, EventPage)).text

    assert checkbox_labels(html, "audiences") == {TERMS[code]["group"]}
    assert checkbox_labels(html, "categories") == {TERMS[code]["category"]}
    assert chooser_options(html, "PageInLocaleChooser", "related_project")["startParentId"] == (
        projects_index_of(events[code])
    )


def projects_index_of(event) -> int:
    return ProjectIndexPage.objects.get(locale=event.locale).pk


def _terms_in_both_languages(count: int) -> None:
    for code in ("sl", "en"):
        locale = Locale.objects.get(language_code=code)
        for _ in range(count):
            TargetGroupFactory(locale=locale)
            EventCategoryFactory(locale=locale)


def test_the_event_editor_costs_the_same_queries_for_2_and_8_terms_a_language(
    admin, events, count_queries
):
    admin.get(edit_url(events["en"]))  # Caches the admin fills at its first request.
    counts = []
    for added in (2, 6):
        _terms_in_both_languages(added)
        with count_queries() as queries:
            assert admin.get(edit_url(events["en"])).status_code == 200
        counts.append(queries.count)
    assert counts[0] == counts[1]
    assert TargetGroup.objects.count() == 16
    assert EventCategory.objects.count() == 16
    assert FundingProgramme.objects.count() == 0
    assert Venue.objects.count() == 0


def test_the_target_groups_help_names_the_menu_they_are_under():
    """The admin menu has no "Snippets" (or "Delci"): the list is under Projects › Target
    groups, in each admin language."""
    field = ProjectPage._meta.get_field("target_groups")
    for code in ("sl", "en"):
        with translation.override(code):
            path = f"{ProjectSnippets.menu_label} › {TargetGroupViewSet.menu_label}"
            assert path in str(field.help_text)
            assert "Snippets" not in str(field.help_text)
            assert "Delci" not in str(field.help_text)
