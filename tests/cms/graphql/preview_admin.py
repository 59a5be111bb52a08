"""An editor's Preview, driven through the admin as in a browser, for the preview tests.

The page editor's Preview on the create and edit views (``preview_on_add``,
``preview_on_edit``: the form is posted, then the preview opened) and wagtail-localize's preview
of a translation; wagtail-headless-preview answers with an iframe on the frontend whose URL
carries the token, and the frontend runs the contract's ``PagePreview`` with it.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text

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
#: "Now" for the preview tests: a month before the events they make, so those are upcoming.
SEEN_FROM = local(2029, 12, 1, 9)


def log_in_editor() -> Client:
    user = get_user_model().objects.create_superuser("urednica", "urednica@mklj.si", "x")
    client = Client()
    client.force_login(user)
    return client


def build_site(site_tree) -> dict:
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


def event_form_for(tree, **fields) -> dict:
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
        event_form_for,
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
