"""The editorial groups (migration ``home.0004_editorial_groups``, README "Editorial roles"):
each member can do what the job needs in the admin, and is refused the rest. wagtail-localize's
side of translating is in ``test_translators_group``."""

import importlib
from io import StringIO
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    PageLogEntry,
    Workflow,
)

from calendar_app.models import EventPage
from project_pages.models import ProjectPage
from tests.calendar_app.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    VenueFactory,
)
from tests.calendar_app.test_admin import event_form
from tests.cms.editorial import (
    add_url,
    assert_refused,
    edit_url,
    logged_in,
    member,
    opened_form,
    press_publish,
)
from tests.cms.test_translators_group import translator_permissions
from tests.factories import HomePageFactory, publish
from tests.project_pages.factories import (
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TargetGroupFactory,
)
from tests.project_pages.test_admin import project_form

pytestmark = pytest.mark.django_db

GROUPS = ("Editors", "Moderators", "Event managers", "Translators")
SNIPPETS = (
    "project_pages.targetgroup",
    "project_pages.fundingprogramme",
    "project_pages.person",
    "calendar_app.venue",
    "calendar_app.eventcategory",
    "home.sitefooter",
    "home.mainmenu",
)
migration = importlib.import_module("cms.home.migrations.0004_editorial_groups")


@pytest.fixture
def tree(site_tree):
    """Published Slovene projects and events below their index pages, and the English home."""
    projects = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    calendar = publish(EventIndexPageFactory(parent=site_tree["sl"]))
    return SimpleNamespace(
        home=site_tree["sl"],
        english_home=site_tree["en"],
        projects=projects,
        project=publish(
            ProjectPageFactory(parent=projects, title="Tehnološka knjižnica", slug="tech-library")
        ),
        calendar=calendar,
        event=publish(EventPageFactory(parent=calendar, title="Bralni klub", slug="bralni-klub")),
    )


def grants() -> dict[str, set]:
    """Each group's model, page and collection permissions."""
    return {
        group.name: {
            *(
                f"{p.content_type.app_label}.{p.codename}"
                for p in group.permissions.select_related("content_type")
            ),
            *(
                (grant.page.title, grant.permission.codename)
                for grant in GroupPagePermission.objects.filter(group=group).select_related(
                    "page", "permission"
                )
            ),
            *(
                (grant.collection.name, grant.permission.codename)
                for grant in GroupCollectionPermission.objects.filter(group=group).select_related(
                    "collection", "permission"
                )
            ),
        }
        for group in Group.objects.all()
    }


def online_event_form(**fields) -> dict:
    return event_form(online_url="https://meet.example/klub", **fields)


def run_migration(function) -> None:
    function(apps, SimpleNamespace(connection=connection))


# What each group holds.


def test_the_groups_hold_exactly_what_their_roles_need(tree):
    snippets = {
        f"{app}.{action}_{model}"
        for app, model in (name.split(".") for name in SNIPPETS)
        for action in ("add", "change", "delete")
    }
    calendar = {
        (tree.calendar.title, action) for action in ("add_page", "change_page", "publish_page")
    }

    assert grants() == {
        "Editors": {
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            *snippets,
            ("Root", "add_page"),
            ("Root", "change_page"),
            ("Root", "publish_page"),
            *(
                ("Root", f"{action}_{kind}")
                for kind in ("image", "document")
                for action in ("add", "change", "choose")
            ),
        },
        "Moderators": {
            "wagtailadmin.access_admin",
            ("Root", "change_page"),
            ("Root", "publish_page"),
            ("Root", "lock_page"),
            ("Root", "unlock_page"),
            ("Root", "choose_image"),
            ("Root", "choose_document"),
        },
        "Event managers": {
            "wagtailadmin.access_admin",
            "calendar_app.add_venue",
            "calendar_app.change_venue",
            "calendar_app.add_eventcategory",
            "calendar_app.change_eventcategory",
            *calendar,
            ("Root", "add_image"),
            ("Root", "choose_image"),
        },
        # Its page permissions come from setup_translators, once there is an English tree.
        "Translators": translator_permissions(),
    }


def test_translators_get_the_same_permissions_from_the_migration_and_the_command(site_tree):
    before = grants()

    call_command("setup_translators", stdout=StringIO())

    after = grants()
    assert after["Translators"] == before["Translators"] | {
        ("Home", "add_page"),
        ("Home", "change_page"),
    }
    assert {name: after[name] for name in GROUPS[:3]} == {name: before[name] for name in GROUPS[:3]}


def test_every_new_calendar_is_the_event_managers_in_every_language(tree):
    english = tree.calendar.copy_for_translation(tree.english_home.locale)
    another_site = HomePageFactory(parent=tree.home.get_parent(), slug="podruznica")
    elsewhere = EventIndexPageFactory(parent=another_site)

    managed = set(
        GroupPagePermission.objects.filter(group__name="Event managers").values_list(
            "page_id", flat=True
        )
    )
    assert managed == {tree.calendar.pk, english.pk, elsewhere.pk}


def test_the_migration_runs_again_without_changes_and_reverses_to_wagtails_groups(tree):
    before = grants()

    run_migration(migration.create_editorial_groups)
    assert grants() == before

    run_migration(migration.restore_wagtail_groups)
    wagtails = grants()
    assert "Event managers" not in wagtails
    assert ("Root", "publish_page") not in wagtails["Editors"]
    assert ("Root", "add_page") in wagtails["Moderators"]
    assert wagtails["Translators"] == before["Translators"]

    run_migration(migration.create_editorial_groups)
    assert grants() == before


@pytest.mark.parametrize("group", GROUPS)
def test_no_group_manages_users_groups_or_the_sites_settings(tree, group):
    client = logged_in(member(group))
    victim = get_user_model().objects.create_user("reader", "reader@example.com", "x")

    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    for name in (
        "wagtailusers_users:index",
        "wagtailusers_groups:index",
        "wagtailsites:index",
        "wagtaillocales:index",
        "wagtailadmin_workflows:index",
        "wagtailadmin_collections:index",
        "wagtailredirects:index",
    ):
        assert_refused(client.get(reverse(name)))
    assert_refused(client.post(reverse("wagtailusers_users:delete", args=[victim.pk])))
    assert get_user_model().objects.filter(pk=victim.pk).exists()
    assert not Group.objects.get(name=group).user_set.filter(is_superuser=True).exists()


# Editors.


def test_an_editor_creates_and_publishes_projects_and_events(tree):
    client = logged_in(member("Editors"))

    project = client.post(
        add_url(tree.projects, ProjectPage),
        {**project_form(slug="nov-projekt"), "action-publish": "Publish"},
    )
    event = client.post(
        add_url(tree.calendar, EventPage),
        {**online_event_form(slug="nov-dogodek"), "action-publish": "Publish"},
    )

    assert project.status_code == event.status_code == 302
    assert ProjectPage.objects.get(slug="nov-projekt").live
    assert EventPage.objects.get(slug="nov-dogodek").live


def test_an_editor_publishes_changes_in_every_language(tree):
    client = logged_in(member("Editors"))

    for page, form in (
        (tree.home, {**opened_form(client, tree.home), "title": "Domača stran"}),
        (tree.english_home, {**opened_form(client, tree.english_home), "title": "Welcome"}),
        (tree.project, project_form(title="Knjižnica tehnologij")),
        (tree.event, online_event_form(title="Bralni klub za odrasle")),
    ):
        response = press_publish(client, page, form)
        assert response.status_code == 302, page
        title = form["title"]
        page.refresh_from_db()
        assert (page.title, page.has_unpublished_changes) == (title, False)


def test_an_editor_manages_snippets_images_and_documents(tree):
    client = logged_in(member("Editors"))

    for snippet in SNIPPETS:
        url = reverse(f"wagtailsnippets_{snippet.replace('.', '_')}:add")
        assert client.get(url).status_code == 200, snippet
    for name in ("wagtailimages:add_multiple", "wagtaildocs:add_multiple"):
        assert client.get(reverse(name)).status_code == 200, name


# Event managers.


def test_an_event_manager_creates_publishes_and_changes_events(tree):
    client = logged_in(member("Event managers"))
    venue = VenueFactory(locale=tree.home.locale)

    created = client.post(
        add_url(tree.calendar, EventPage),
        {**event_form(slug="nov-dogodek", venue=str(venue.pk)), "action-publish": "Publish"},
    )
    changed = press_publish(client, tree.event, online_event_form(title="Bralni klub za odrasle"))

    assert created.status_code == changed.status_code == 302
    assert EventPage.objects.get(slug="nov-dogodek").live
    tree.event.refresh_from_db()
    assert tree.event.title == "Bralni klub za odrasle"
    assert client.get(reverse("wagtailsnippets_calendar_app_venue:add")).status_code == 200
    assert client.get(reverse("wagtailimages:add_multiple")).status_code == 200


def test_an_event_manager_cannot_touch_projects_or_their_snippets(tree):
    event_manager = member("Event managers")
    client = logged_in(event_manager)
    target_group = TargetGroupFactory(locale=tree.home.locale)

    assert_refused(client.get(edit_url(tree.project)))
    assert_refused(
        client.post(edit_url(tree.project), {"title": "Spremenjeno", "action-publish": "Publish"})
    )
    assert_refused(client.get(add_url(tree.projects, ProjectPage)))
    assert_refused(
        client.get(
            reverse("wagtailsnippets_project_pages_targetgroup:edit", args=[target_group.pk])
        )
    )
    assert_refused(client.get(reverse("wagtaildocs:add_multiple")))
    tree.project.refresh_from_db()
    assert tree.project.title == "Tehnološka knjižnica"
    assert not tree.home.permissions_for_user(event_manager).can_edit()


# Moderators.


def test_a_moderator_unpublishes_and_publishes(tree):
    client = logged_in(member("Moderators"))

    unpublished = client.post(reverse("wagtailadmin_pages:unpublish", args=[tree.project.pk]))
    tree.project.refresh_from_db()
    assert unpublished.status_code == 302
    assert not tree.project.live

    # Opening the editor again: the page now has a draft.
    assert client.get(edit_url(tree.project)).status_code == 200
    published = press_publish(client, tree.project, project_form(title="Tehnološka knjižnica 2"))
    tree.project.refresh_from_db()
    assert published.status_code == 302
    assert (tree.project.live, tree.project.title) == (True, "Tehnološka knjižnica 2")


def test_a_moderator_locks_and_unlocks_anyones_page(tree):
    editor = member("Editors")
    client = logged_in(member("Moderators"))
    tree.event.locked, tree.event.locked_by = True, editor
    tree.event.save()

    client.post(reverse("wagtailadmin_pages:unlock", args=[tree.event.pk]))
    client.post(reverse("wagtailadmin_pages:lock", args=[tree.project.pk]))

    tree.event.refresh_from_db()
    tree.project.refresh_from_db()
    assert not tree.event.locked
    assert tree.project.locked


def test_a_moderator_approves_a_page_submitted_for_moderation(tree):
    author = get_user_model().objects.create_user("author", "author@example.com", "x")
    tree.project.title = "Tehnološka knjižnica, popravljena"
    revision = tree.project.save_revision(user=author)
    state = Workflow.objects.get(name="Moderators approval").start(tree.project, author)
    moderator = member("Moderators")
    client = logged_in(moderator)

    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[tree.project.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": "V redu."},
    )

    assert response.status_code in (200, 302)
    tree.project.refresh_from_db()
    assert tree.project.live_revision_id == revision.pk
    assert tree.project.title == "Tehnološka knjižnica, popravljena"
    assert PageLogEntry.objects.filter(
        page=tree.project, action="wagtail.publish", user=moderator, revision=revision
    ).exists()


def test_a_moderator_creates_no_pages(tree):
    client = logged_in(member("Moderators"))

    assert_refused(client.get(add_url(tree.projects, ProjectPage)))
    assert_refused(client.get(add_url(tree.calendar, EventPage)))


# Translators.


def test_a_translator_neither_publishes_nor_edits_a_slovene_page(tree):
    call_command("setup_translators", stdout=StringIO())
    client = logged_in(member("Translators"))
    english_live = tree.english_home.live_revision_id

    assert_refused(client.get(edit_url(tree.project)))
    assert_refused(client.post(edit_url(tree.project), {"title": "X", "action-publish": "Publish"}))
    # The English home page is theirs to edit, not to publish: "Publish" only saves a draft.
    form = opened_form(client, tree.english_home)
    press_publish(client, tree.english_home, {**form, "title": "Welcome"})

    tree.project.refresh_from_db()
    tree.english_home.refresh_from_db()
    assert tree.project.title == "Tehnološka knjižnica"
    assert (tree.english_home.title, tree.english_home.live_revision_id) == ("Home", english_live)
