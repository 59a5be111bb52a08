"""Preview of what an editor previews most: pages that were never published.

Issue 16: an unsaved new page gave a server error, a saved draft or an unpublished translation
"There is no published project with id N". Each case goes through the admin as an editor does
(the page editor's Preview on the create and edit views, wagtail-localize's preview of a
translation), follows the headless preview to its token and runs the frontend contract's
``PagePreview`` operation as the frontend does: anonymously, by POST.
"""

import json
from datetime import date

import pytest
import time_machine
from django.urls import reverse

from tests.calendar_app.factories import (
    EventPageFactory,
    local,
)
from tests.calendar_app.test_admin import event_form
from tests.cms.graphql.preview_admin import (
    DRAFT_TITLE,
    PAGE_TYPES,
    PREVIEW_TREE,
    SCENARIOS,
    SEEN_FROM,
    build_site,
    event_form_for,
    index_form,
    log_in_editor,
    new_draft,
    preview_form,
    run_preview,
)
from tests.factories import PlainPageFactory, publish
from tests.project_pages.test_admin import project_form

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def seen_from():
    with time_machine.travel(SEEN_FROM, tick=True):
        yield


@pytest.fixture
def editor(site_tree):
    return log_in_editor()


@pytest.fixture
def tree(site_tree):
    """A small published site (``build_site``)."""
    return build_site(site_tree)


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda page_type: page_type.name)
def test_every_page_type_previews_in_every_unpublished_state(
    editor, tree, page_type, scenario, django_capture_on_commit_callbacks
):
    token, parent_title = SCENARIOS[scenario](
        editor, tree, page_type, django_capture_on_commit_callbacks
    )

    answer = run_preview(token)

    assert "errors" not in answer, answer["errors"]
    page = answer["data"]["page"]
    assert page["title"] == DRAFT_TITLE
    assert page["pageType"] == page["__typename"]
    expected_locale = "en" if scenario == "unpublished translation" else "sl"
    assert page["locale"] == expected_locale
    name, value = page_type.own_field
    if scenario != "unpublished translation":  # a translation keeps the source's fields
        assert page[name] == value
    # Other languages: only public versions, never the page itself.
    assert all(item["id"] != page["id"] for item in page["translations"])
    if scenario == "unpublished translation":
        assert [item["locale"] for item in page["translations"]] == ["sl"]
    if page_type.name == "event":
        # The published Slovene project; an English event's has no English version yet.
        related = page["relatedProject"] and page["relatedProject"]["title"]
        assert related == (None if scenario == "unpublished translation" else "Objavljen projekt")
    if page_type.name == "project":
        # Only the published project, moved, has an event that names it.
        titles = {item["event"]["title"] for item in page["events"]}
        assert titles == ({"Objavljen dogodek"} if scenario.startswith("draft with") else set())

    tree_answer = run_preview(token, PREVIEW_TREE)
    assert "errors" not in tree_answer, tree_answer["errors"]
    parent = tree_answer["data"]["page"]["parent"]
    assert (parent and parent["title"]) == parent_title
    ancestors = [item["title"] for item in tree_answer["data"]["page"]["ancestors"]]
    assert ancestors[-1:] == ([parent_title] if parent_title else [])
    assert DRAFT_TITLE not in json.dumps(tree_answer["data"]["page"]["ancestors"])


# What nested fields answer.


@pytest.mark.parametrize("saved", [False, True], ids=["unsaved", "saved draft"])
def test_an_event_preview_shows_its_own_schedule_exclusions_and_changes(editor, tree, saved):
    """The preview's unsaved inline rows, not the stored ones: an excluded date is left out,
    a cancelled occurrence left out, a moved one at its new time."""
    if saved:
        event = new_draft(tree, PAGE_TYPES[4], tree["calendar"])
        event.excluded_dates.create(date=date(2030, 1, 3))  # stored, gone from the form
        event.occurrence_changes.create(original_date=date(2030, 1, 31))
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[event.pk])
    else:
        url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=["calendar_app", "eventpage", tree["calendar"].pk],
        )
    form = event_form(
        title=DRAFT_TITLE,
        slug="bralni-klub",
        venue=str(tree["venue"].pk),
        start="2030-01-03 18:00",
        end="2030-01-03 19:30",
        repeat="WEEKLY",
        repeat_weekdays=["TH"],
        repeat_count="5",
        excluded_dates=["2030-01-10"],
        occurrence_changes=[
            {"original_date": "2030-01-17", "change": "CANCELLED"},
            {
                "original_date": "2030-01-24",
                "change": "MOVED",
                "new_start": "2030-01-25 10:00",
                "new_end": "2030-01-25 11:30",
            },
        ],
    )
    token = preview_form(editor, url, form)

    page = run_preview(token)["data"]["page"]

    assert [(item["start"], item["isChanged"]) for item in page["nextOccurrences"]] == [
        ("2030-01-03T18:00:00+01:00", False),
        ("2030-01-25T10:00:00+01:00", True),
        ("2030-01-31T18:00:00+01:00", False),
    ]
    assert page["icsUrl"] == ""  # the feed serves live events only
    assert page["venue"]["name"] == "Knjižnica Otona Župančiča"
    assert page["relatedProject"] is None
    assert page["structuredData"]["name"] == DRAFT_TITLE


def test_a_draft_project_lists_the_public_events_that_name_it(editor, tree):
    project = new_draft(tree, PAGE_TYPES[2], tree["projects"])
    publish(
        EventPageFactory(
            parent=tree["calendar"],
            title="Dogodek osnutka",
            start=local(2030, 5, 7, 18),
            end=local(2030, 5, 7, 20),
            related_project=project,
        )
    )
    EventPageFactory(
        parent=tree["calendar"],
        title="Neobjavljen dogodek",
        start=local(2030, 5, 8, 18),
        end=local(2030, 5, 8, 20),
        related_project=project,
        live=False,
    )
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[project.pk])
    token = preview_form(editor, url, project_form(title=DRAFT_TITLE, slug=project.slug))

    page = run_preview(token)["data"]["page"]

    assert [item["event"]["title"] for item in page["events"]] == ["Dogodek osnutka"]


def test_a_draft_event_of_a_never_published_project_shows_no_project(editor, tree):
    project = new_draft(tree, PAGE_TYPES[2], tree["projects"])
    event = new_draft(tree, PAGE_TYPES[4], tree["calendar"])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[event.pk])
    form = event_form_for(tree, title=DRAFT_TITLE, slug=event.slug)
    form["related_project"] = str(project.pk)

    answer = run_preview(preview_form(editor, url, form))

    assert "errors" not in answer, answer["errors"]
    assert answer["data"]["page"]["relatedProject"] is None
    assert answer["data"]["page"]["icsUrl"] == ""
    assert project.title not in json.dumps(answer)


def test_a_page_moved_below_a_draft_section_has_no_public_parent(editor, tree):
    draft_section = PlainPageFactory(parent=tree["home"], title="Osnutek razdelka", live=False)
    projects = tree["projects"]
    projects.move(draft_section, pos="last-child")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[projects.pk])
    token = preview_form(editor, url, index_form(title=DRAFT_TITLE, slug=projects.slug))

    answer = run_preview(token, PREVIEW_TREE)

    assert answer["data"]["page"]["parent"] is None
    assert answer["data"]["page"]["ancestors"] == [{"title": "Domov"}]
    assert draft_section.title not in json.dumps(answer)
