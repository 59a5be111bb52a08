"""What a preview must never do, whatever the draft: show another draft, a private page or
image, fail with a server error on a bad repeat rule, be kept by a cache, or skip the token's
check. The admin's Preview is driven as in ``test_preview_unpublished``."""

import json

import pytest
import time_machine
import wagtail_factories
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset

from calendar_app.models import EventPage
from tests.calendar_app.factories import (
    EventPageFactory,
    local,
)
from tests.cms.graphql.preview_admin import (
    DRAFT_TITLE,
    PAGE_PREVIEW,
    PAGE_TYPES,
    PREVIEW_TREE,
    SEEN_FROM,
    build_site,
    event_form_for,
    log_in_editor,
    new_draft,
    preview_form,
    run_preview,
)
from tests.factories import publish
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
    form = event_form_for(
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
    token = preview_form(editor, url, event_form_for(tree, title=DRAFT_TITLE))

    answer = run_preview(tamper(token))

    assert answer["data"] == {"page": None}
    assert answer["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_INVALID"
    assert DRAFT_TITLE not in json.dumps(answer)


def test_an_unsaved_project_shows_its_public_logos_only(editor, tree):
    """The logos and partner logos come from the form's unsaved rows; one of a private
    collection is left out as on a published project."""
    private_collection = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type="login"
    )
    public = wagtail_factories.ImageFactory(title="Erasmus+")
    private = wagtail_factories.ImageFactory(title="Seja uprave", collection=private_collection)
    partner = {"organisation": "Biblioteca", "city": "Rim", "country": "IT", "website": ""}
    form = project_form(
        title=DRAFT_TITLE,
        partners=inline_formset(
            [{**partner, "logo": str(private.pk)}, {**partner, "logo": str(public.pk)}]
        ),
        logos=inline_formset([{"image": str(private.pk)}, {"image": str(public.pk)}]),
    )
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["project_pages", "projectpage", tree["projects"].pk],
    )

    answer = run_preview(preview_form(editor, url, form))

    page = answer["data"]["page"]
    assert [logo["id"] for logo in page["logos"]] == [str(public.pk)]
    assert [partner["logo"] and partner["logo"]["id"] for partner in page["partners"]] == [
        None,
        str(public.pk),
    ]
    assert private.title not in json.dumps(answer)
