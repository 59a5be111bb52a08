"""Members of the editorial groups at work in the admin, through its own forms."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html


def member(group_name: str, username: str | None = None):
    """A user in ``group_name`` (and no other), not a superuser."""
    username = username or group_name.lower().replace(" ", "-")
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def edit_url(page: Page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(parent: Page, model: type[Page]) -> str:
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def opened_form(client: Client, page: Page) -> dict:
    """The fields of ``page``'s editor as it opens (lists for fields with several values).
    StreamFields are drawn by JavaScript and missing here: write those pages' forms out, as
    ``project_form`` and ``event_form`` do."""
    response = client.get(edit_url(page))
    assert response.status_code == 200, response.status_code
    fields = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    return {name: fields.getlist(name) for name in fields}


def press_publish(client: Client, page: Page, form: dict):
    """Press "Publish" in ``page``'s editor with ``form`` filled in."""
    return client.post(edit_url(page), {**form, "action-publish": "Publish"})


def assert_refused(response) -> None:
    """Wagtail's admin refuses with 403, or by sending the user to the dashboard with a
    "permission denied" message."""
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
