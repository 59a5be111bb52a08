"""Real publishes, through Wagtail and ``cms.content.changes``, reach the webhook receivers."""

import json
import time

import pytest

from cms.webhooks.models import WebhookDelivery
from tests.cms.webhooks.conftest import run_worker
from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

Status = WebhookDelivery.Status


@pytest.mark.django_db
def test_publishing_a_page_posts_it_to_the_receiver(
    site_tree, receiver, endpoint, django_capture_on_commit_callbacks
):
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    project = ProjectPageFactory(parent=index, title="Bralni klub", slug="bralni-klub")
    endpoint(event="page.published", locale="sl")

    with django_capture_on_commit_callbacks(execute=True):
        publish(project)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.event, delivery.status) == ("page.published", Status.SUCCEEDED)
    [request] = receiver.requests
    body = json.loads(request.body)
    assert body["object"] == {"type": "project_pages.projectpage", "id": project.pk,
                              "title": "Bralni klub"}  # fmt: skip
    assert body["locale"] == "sl"
    assert any(url.endswith("/bralni-klub/") for url in body["urls"])
    assert f"page:{project.pk}" in body["cacheTags"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_hanging_receiver_does_not_slow_a_real_publish(
    site_tree, receiver, endpoint, settings, database_queue
):
    settings.WEBHOOK_TIMEOUT = 1
    receiver.answers = ["hang"]  # sleeps 10 s before answering
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    project = ProjectPageFactory(parent=index)
    endpoint(event="page.published")
    revision = project.save_revision()

    started = time.perf_counter()
    revision.publish()
    elapsed = time.perf_counter() - started

    assert elapsed < 0.75, f"the publish waited {elapsed:.2f} s for the receiver"
    assert receiver.requests == [], "the publish sent it itself"
    run_worker()
    assert receiver.arrived.is_set(), "the worker never sent the delivery"
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.last_error) == (Status.RETRYING, "timed out after 1 s")
