"""Preview of what an editor previews most: pages that were never published.

Issue 16: an unsaved new page gave a server error, a saved draft or an unpublished translation
"There is no published project with id N". Each case goes through the admin as an editor does
(the page editor's Preview on the create and edit views, wagtail-localize's preview of a
translation), follows the headless preview to its token and runs the frontend contract's
``PagePreview`` operation as the frontend does: anonymously, by POST.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, urlparse

import pytest
import time_machine
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text

from calendar_app.models import EventPage
from cms.graphql import contract
from tests.calendar_app.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    VenueFactory,
    local,
)
from tests.calendar_app.test_admin import event_form
from tests.cms.localize_editor import TranslationEditor, submit_for_translation
from tests.factories import HomePageFactory, PlainPageFactory, publish, translate
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory
from tests.project_pages.test_admin import project_form

PAGE_PREVIEW = contract.load_operations()["PagePreview"]
#: What the contract's operation does not ask for but a breadcrumb or a menu would.
PREVIEW_TREE = """
query PreviewTree($token: String!) {
  page(token: $token) {
    id title slug contentType pageType live url urlPath depth seoTitle searchDescription
    showInMenus firstPublishedAt lastPublishedAt searchScore locale isFallback
    translationKey translationStatus
    parent { title }
    ancestors { title }
    siblings { title }
    nextSiblings { title }
    previousSiblings { title }
    children { title }
    descendants { title }
    ... on ProjectIndexPage { projects { items { title } pagination { total } } }
  }
}
"""
DRAFT_TITLE = "Osnutek za predogled"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def december_2029():
    """Seen from a month before the events below, so that they are upcoming."""
    with time_machine.travel(local(2029, 12, 1, 9), tick=True):
        yield


@pytest.fixture
def editor(site_tree):
    user = get_user_model().objects.create_superuser("urednica", "urednica@mklj.si", "x")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def tree(site_tree):
    """A small published site: projects and a calendar under the Slovene home page, a
    project with a weekly event, and the two sections translated into English."""
    home = site_tree["sl"]
    projects = publish(ProjectIndexPageFactory(parent=home))
    project = publish(ProjectPageFactory(parent=projects, title="Objavljen projekt"))
    calendar = publish(EventIndexPageFactory(parent=home))
    venue = VenueFactory(name="Knjižnica Otona Župančiča")
    event = publish(
        EventPageFactory(
            parent=calendar,
            title="Objavljen dogodek",
            start=local(2030, 1, 3, 18),
            end=local(2030, 1, 3, 20),
            recurrence_rule="FREQ=WEEKLY;COUNT=5",
            venue=venue,
            related_project=project,
        )
    )
    translate(projects, "en", slug="projects", title="Projects")
    translate(calendar, "en", slug="calendar", title="Calendar")
    return {
        "home": home,
        "home_en": site_tree["en"],
        "projects": projects,
        "project": project,
        "calendar": calendar,
        "event": event,
        "venue": venue,
    }


def run_preview(token: str, document: str = PAGE_PREVIEW.document) -> dict:
    """The frontend's request: anonymous, the token as a variable."""
    response = Client().post(
        "/graphql/",
        json.dumps({"query": document, "variables": {"token": token}}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert "no-store" in response["Cache-Control"]
    return response.json()


def token_from(response) -> str:
    """wagtail-headless-preview's page: an iframe on the frontend, the token in its URL."""
    assert response.status_code == 200, response.content[:2000]
    return parse_qs(urlparse(response.context["preview_url"]).query)["token"][0]


def preview_form(editor, url: str, data: dict) -> str:
    """The editor's Preview button: the form is posted, then the preview opened."""
    answer = editor.post(url, data).json()
    assert answer["is_valid"], answer
    return token_from(editor.get(url))


# The form each page type's editor posts.


def home_form(**fields) -> dict:
    data = {
        "title": "Domača stran",
        "slug": "nova-domaca",
        "strapline": "Knjižnica za vse",
        "intro": rich_text("<p>Dobrodošli.</p>"),
    }
    return nested_form_data({**data, **fields})


def index_form(**fields) -> dict:
    data = {"title": "Kazalo", "slug": "kazalo", "intro": rich_text("<p>Uvod.</p>")}
    return nested_form_data({**data, **fields})


@dataclass(frozen=True)
class PageType:
    name: str
    model: str  # app_label.modelname, as in the admin's add URL
    form: Callable[..., dict]
    #: The published page of this type in ``tree`` (None: a new one is made where needed).
    existing: str | None
    #: Where a new page of the type goes: a key of ``tree``.
    parent: str
    #: A field of the contract's answer that only this type has, with the draft's value.
    own_field: tuple[str, object]


def _event_form(tree, **fields) -> dict:
    data = {
        "venue": str(tree["venue"].pk),
        "start": "2030-02-07 18:00",
        "end": "2030-02-07 19:30",
        "repeat": "WEEKLY",
        "repeat_weekdays": ["TH"],
        "repeat_until": "2030-03-28",
        "related_project": str(tree["project"].pk),
    }
    return event_form(**{**data, **fields})


PAGE_TYPES = [
    PageType(
        "home",
        "home.homepage",
        lambda tree, **fields: home_form(**fields),
        None,
        "root",
        ("strapline", "Knjižnica za vse"),
    ),
    PageType(
        "project index",
        "project_pages.projectindexpage",
        lambda tree, **fields: index_form(**fields),
        "projects",
        "home",
        ("__typename", "ProjectIndexPage"),
    ),
    PageType(
        "project",
        "project_pages.projectpage",
        lambda tree, **fields: project_form(**fields),
        "project",
        "projects",
        ("summary", "Boljše storitve splošnih knjižnic za slepe in slabovidne."),
    ),
    PageType(
        "event index",
        "calendar_app.eventindexpage",
        lambda tree, **fields: index_form(**fields),
        "calendar",
        "home",
        ("__typename", "EventIndexPage"),
    ),
    PageType(
        "event",
        "calendar_app.eventpage",
        _event_form,
        "event",
        "calendar",
        ("summary", "Pogovor o prebrani knjigi."),
    ),
]


def parent_of(tree, page_type: PageType) -> Page:
    return Page.get_first_root_node() if page_type.parent == "root" else tree[page_type.parent]


def new_draft(tree, page_type: PageType, parent: Page, **fields) -> Page:
    """A saved page of ``page_type`` below ``parent`` that was never published."""
    factories = {
        "home": lambda: HomePageFactory(parent=parent, slug="nova-domaca", locale=parent.locale),
        "project index": lambda: ProjectIndexPageFactory(parent=parent, slug="kazalo"),
        "project": lambda: ProjectPageFactory(parent=parent, slug="tech-library"),
        "event index": lambda: EventIndexPageFactory(parent=parent, slug="kazalo"),
        "event": lambda: EventPageFactory(parent=parent, slug="bralni-klub", venue=tree["venue"]),
    }
    page = factories[page_type.name]()
    page.live = False
    page.has_unpublished_changes = True
    page.save()
    page.save_revision()
    return page


def free_slot(tree, page_type: PageType) -> Page:
    """A parent that takes one more page of the type (indexes are one per parent)."""
    if page_type.name in ("project index", "event index"):
        return publish(PlainPageFactory(parent=tree["home"], title="Razdelek", slug="razdelek"))
    return parent_of(tree, page_type)


# The four ways to preview a page no reader has seen.


#: Each returns the preview's token and the title of the parent the preview should show
#: (None: the parent is the tree's root, which no reader sees).


def public_title(page: Page) -> str | None:
    return None if page.is_root() else page.title


def unsaved_new_page(editor, tree, page_type: PageType, on_commit) -> tuple[str, str | None]:
    parent = free_slot(tree, page_type)
    app_label, model = page_type.model.split(".")
    url = reverse("wagtailadmin_pages:preview_on_add", args=[app_label, model, parent.pk])
    return preview_form(editor, url, page_type.form(tree, title=DRAFT_TITLE)), public_title(parent)


def saved_draft(editor, tree, page_type: PageType, on_commit) -> tuple[str, str | None]:
    parent = free_slot(tree, page_type)
    page = new_draft(tree, page_type, parent)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form = page_type.form(tree, title=DRAFT_TITLE, slug=page.slug)
    return preview_form(editor, url, form), public_title(parent)


def unpublished_translation(editor, tree, page_type: PageType, on_commit) -> tuple[str, str | None]:
    """wagtail-localize's "Translate this page" made the English page (a draft: the site does
    not publish translations on creation); the translator typed its title and pressed
    Preview in the translation editor."""
    source = tree["home"] if page_type.name == "home" else tree[page_type.existing]
    if page_type.name in ("home", "project index", "event index"):
        # The tree has their English versions: this time the translator starts afresh.
        source.get_translation(tree["home_en"].locale).delete()
    translation = submit_for_translation(source, "en", on_commit)
    assert not translation.get_target_instance().live
    TranslationEditor(editor, translation, on_commit).translate({"title": DRAFT_TITLE})
    url = reverse("wagtail_localize:preview_translation", args=[translation.pk])
    parent = translation.get_target_instance().get_parent()
    return token_from(editor.get(url)), public_title(parent)


def moved_draft(editor, tree, page_type: PageType, on_commit) -> tuple[str, str | None]:
    """A published page moved to another parent, with changes saved as a draft since."""
    if page_type.name == "home":
        page = publish(
            HomePageFactory(parent=Page.get_first_root_node(), slug="druga", title="Druga")
        )
        new_parent = publish(
            PlainPageFactory(parent=Page.get_first_root_node(), title="Arhiv", slug="arhiv")
        )
    else:
        page = tree[page_type.existing]
        new_parent = publish(PlainPageFactory(parent=tree["home"], title="Arhiv", slug="arhiv"))
        if page_type.name == "project":
            new_parent = publish(ProjectIndexPageFactory(parent=new_parent, title="Arhiv 2"))
        elif page_type.name == "event":
            new_parent = publish(EventIndexPageFactory(parent=new_parent, title="Arhiv 2"))
    page.specific.save_revision()  # a draft of it, then moved
    page.move(new_parent, pos="last-child")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form = page_type.form(tree, title=DRAFT_TITLE, slug=page.slug)
    return preview_form(editor, url, form), new_parent.title


SCENARIOS = {
    "unsaved new page": unsaved_new_page,
    "saved draft": saved_draft,
    "unpublished translation": unpublished_translation,
    "draft with a changed parent": moved_draft,
}


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
    assert (page["icsUrl"] == "") is not saved
    assert page["venue"]["name"] == "Knjižnica Otona Župančiča"
    assert page["relatedProject"] is None
    assert json.loads(page["jsonLd"])["name"] == DRAFT_TITLE


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
    form = _event_form(tree, title=DRAFT_TITLE, slug=event.slug)
    form["related_project"] = str(project.pk)

    answer = run_preview(preview_form(editor, url, form))

    assert "errors" not in answer, answer["errors"]
    assert answer["data"]["page"]["relatedProject"] is None
    assert answer["data"]["page"]["icsUrl"].endswith(f"/events/{event.pk}.ics")
    assert project.title not in json.dumps(answer)


def test_a_preview_shows_no_other_draft_nor_a_private_image(editor, tree):
    """A draft sibling, a private sibling, a draft project and an image of a private
    collection stay out of the preview of a new event next to them."""
    draft_sibling = EventPageFactory(parent=tree["calendar"], title="Osnutek soseda", live=False)
    private_sibling = publish(EventPageFactory(parent=tree["calendar"], title="Zasebni dogodek"))
    PageViewRestriction.objects.create(
        page=private_sibling, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    draft_project = new_draft(tree, PAGE_TYPES[2], tree["projects"])
    private_collection = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type="login"
    )
    image = wagtail_factories.ImageFactory(title="Seja uprave", collection=private_collection)
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["calendar_app", "eventpage", tree["calendar"].pk],
    )
    form = _event_form(
        tree, title=DRAFT_TITLE, image=str(image.pk), related_project=str(draft_project.pk)
    )

    answers = [run_preview(preview_form(editor, url, form), document) for document in (
        PAGE_PREVIEW.document, PREVIEW_TREE)]  # fmt: skip

    assert not [answer["errors"] for answer in answers if "errors" in answer]
    assert answers[0]["data"]["page"]["image"] is None
    assert answers[0]["data"]["page"]["relatedProject"] is None
    assert answers[1]["data"]["page"]["siblings"] == [{"title": "Objavljen dogodek"}]
    for hidden in (draft_sibling, private_sibling, draft_project, image):
        assert hidden.title not in json.dumps(answers)


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


def test_a_bad_custom_rule_is_a_clear_error_without_a_traceback(tree, caplog):
    """The event form refuses such a rule; a preview made before another check, or by another
    client, may still carry one."""
    event = EventPage.objects.get(pk=tree["event"].pk)
    event.title = DRAFT_TITLE
    event.recurrence_rule = "FREQ=WEEKLY;BYDAY=XX"
    token = event.create_page_preview().token

    answer = run_preview(token)

    assert answer["data"] == {"page": None}
    codes = {error["extensions"]["code"] for error in answer["errors"]}
    assert codes == {"BAD_USER_INPUT"}
    message = answer["errors"][0]["message"]
    assert "FREQ=WEEKLY;BYDAY=XX" in message
    assert "Traceback" not in message
    assert not [record for record in caplog.records if record.levelname in ("ERROR", "CRITICAL")]


def test_an_unsaved_page_with_a_bad_rule_is_a_clear_error(tree):
    event = EventPage(
        title=DRAFT_TITLE,
        slug="nov",
        summary="Nov dogodek.",
        start=local(2030, 1, 3, 18),
        end=local(2030, 1, 3, 20),
        recurrence_rule="FREQ=SOMETIMES",
        online_url="https://meet.example/x",
        locale=tree["home"].locale,
    )
    # As the admin's Preview on the create view does: a place in the tree, no row.
    event.depth = tree["calendar"].depth + 1
    event.path = event._get_path(tree["calendar"].path, event.depth, 9)
    token = event.create_page_preview().token

    answer = run_preview(token)

    assert {error["extensions"]["code"] for error in answer["errors"]} == {"BAD_USER_INPUT"}


# What stays as it was.


def test_a_preview_is_never_kept_by_the_response_cache(editor, tree, settings):
    """Neither POSTed nor sent by its persisted hash over GET, as a production frontend does;
    and a new Preview shows the editor's latest change at once."""
    settings.RESPONSE_CACHE = True
    cache.clear()
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["project_pages", "projectpage", tree["projects"].pk],
    )
    reader = Client()

    def ask_both_ways(token: str) -> list:
        posted = reader.post(
            "/graphql/",
            json.dumps({"query": PAGE_PREVIEW.document, "variables": {"token": token}}),
            content_type="application/json",
        )
        persisted = {"version": 1, "sha256Hash": PAGE_PREVIEW.sha256}
        fetched = reader.get(
            "/graphql/",
            {
                "operationName": "PagePreview",
                "variables": json.dumps({"token": token}),
                "extensions": json.dumps({"persistedQuery": persisted}),
            },
        )
        for response in (posted, fetched):
            assert response.status_code == 200, response.content
            assert response["X-Cache"] == "MISS"
            assert "no-store" in response["Cache-Control"]
            assert not response.has_header("ETag")
        return [response.json()["data"]["page"]["title"] for response in (posted, fetched)]

    token = preview_form(editor, url, project_form(title=DRAFT_TITLE))
    assert ask_both_ways(token) == [DRAFT_TITLE, DRAFT_TITLE]
    assert ask_both_ways(token) == [DRAFT_TITLE, DRAFT_TITLE]

    token = preview_form(editor, url, project_form(title="Drugi osnutek"))
    assert ask_both_ways(token) == ["Drugi osnutek", "Drugi osnutek"]


@pytest.mark.parametrize(
    "tamper",
    [lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"), lambda token: "x"],
    ids=["forged signature", "garbage"],
)
def test_a_bad_token_still_gets_the_token_error(editor, tree, tamper):
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["calendar_app", "eventpage", tree["calendar"].pk],
    )
    token = preview_form(editor, url, _event_form(tree, title=DRAFT_TITLE))

    answer = run_preview(tamper(token))

    assert answer["data"] == {"page": None}
    assert answer["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_INVALID"
    assert DRAFT_TITLE not in json.dumps(answer)
