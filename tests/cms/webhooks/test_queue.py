"""The database task queue (django-tasks-db): webhooks and Wagtail's own tasks wait in it until
a worker runs them, and nothing is lost or sent twice on the way."""

import threading
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.utils import timezone
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.documents.models import Document

from cms.content.changes import ContentChange, content_changed
from cms.webhooks.delivery import _claim
from cms.webhooks.models import WebhookDelivery
from cms.webhooks.tasks import retry_now
from tests.cms.webhooks.conftest import change, run_worker
from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory

Status = WebhookDelivery.Status
READY, RUNNING, SUCCESSFUL = "READY", "RUNNING", "SUCCESSFUL"
DELIVER = "cms.webhooks.tasks.deliver_webhook"

pytestmark = pytest.mark.usefixtures("database_queue")


def webhook_tasks(**filters):
    return DBTaskResult.objects.filter(task_path=DELIVER, **filters)


@pytest.mark.django_db
def test_a_change_writes_its_delivery_and_task_in_its_own_transaction(
    receiver, endpoint, django_capture_on_commit_callbacks
):
    endpoint()

    with django_capture_on_commit_callbacks() as callbacks:
        content_changed.send(sender=ContentChange, change=change())

    delivery = WebhookDelivery.objects.get()
    [task] = webhook_tasks()
    assert callbacks == [], "the task was put off until the commit"
    assert (task.status, task.backend_name, task.args_kwargs["args"]) == (
        READY, "webhooks", [str(delivery.pk)]
    )  # fmt: skip
    assert receiver.requests == [], "sent before any worker ran"

    run_worker()

    [request] = receiver.requests
    delivery.refresh_from_db()
    task.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.SUCCEEDED, 1)
    assert (task.status, task.return_value) == (SUCCESSFUL, "succeeded")


@pytest.mark.django_db
def test_a_change_rolled_back_leaves_neither_delivery_nor_task(receiver, endpoint):
    endpoint()
    written = []

    def failing_publish():
        with transaction.atomic():
            content_changed.send(sender=ContentChange, change=change())
            written.append((webhook_tasks().count(), WebhookDelivery.objects.count()))
            raise RuntimeError("the publish failed")

    with pytest.raises(RuntimeError):
        failing_publish()

    assert written == [(1, 1)]
    assert webhook_tasks().count() == WebhookDelivery.objects.count() == 0
    run_worker()
    assert receiver.requests == []


@pytest.mark.django_db
def test_a_task_that_cannot_be_queued_leaves_its_delivery_to_deliver_webhooks(
    receiver, endpoint, monkeypatch, caplog
):
    def broken_queue(*args, **kwargs):
        with connection.cursor() as cursor:  # fails, and on PostgreSQL aborts the transaction
            cursor.execute("SELECT * FROM no_such_table")

    endpoint()
    monkeypatch.setattr(DatabaseBackend, "_task_to_db_task", broken_queue)
    with transaction.atomic():
        content_changed.send(sender=ContentChange, change=change())
        assert WebhookDelivery.objects.count() == 1  # the transaction is still usable
    monkeypatch.undo()

    assert not webhook_tasks().exists()
    assert "Could not enqueue webhook delivery" in caplog.text
    assert call_command_output("deliver_webhooks").startswith("1 sent: 1 succeeded")
    assert len(receiver.requests) == 1


@pytest.mark.django_db
def test_a_failed_attempt_is_queued_again_for_its_retry_time(receiver, endpoint):
    receiver.answers = [500, 200]
    endpoint()
    content_changed.send(sender=ContentChange, change=change())

    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Status.RETRYING, 1)
    [retry] = webhook_tasks(status=READY)
    assert retry.run_after == delivery.next_attempt_at
    assert delivery.next_attempt_at - timezone.now() > timedelta(seconds=25)

    run_worker()  # not due yet
    assert len(receiver.requests) == 1

    with time_machine.travel(delivery.next_attempt_at + timedelta(seconds=1), tick=True):
        run_worker()

    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.SUCCEEDED, 2)
    assert len(receiver.requests) == 2
    assert not webhook_tasks(status=READY).exists()


@pytest.mark.django_db
def test_a_task_queued_by_a_process_that_stopped_is_sent_by_a_new_worker(
    receiver, endpoint, settings
):
    endpoint()
    content_changed.send(sender=ContentChange, change=change())
    # A new process: its backends are built afresh from the settings.
    settings.TASKS = {**settings.TASKS}

    run_worker(worker_id="after-restart")

    assert len(receiver.requests) == 1
    assert WebhookDelivery.objects.get().status == Status.SUCCEEDED
    assert webhook_tasks().get().worker_ids == ["after-restart"]


@pytest.mark.django_db
def test_an_attempt_whose_worker_died_is_sent_by_deliver_webhooks_after_the_lease(
    receiver, endpoint
):
    endpoint()
    content_changed.send(sender=ContentChange, change=change())
    delivery = WebhookDelivery.objects.get()
    # The worker took the task and claimed the delivery, then died before it sent anything.
    webhook_tasks().get().claim("died")
    assert _claim(delivery.pk, timezone.now())

    run_worker()
    assert call_command_output("deliver_webhooks").startswith("0 sent")
    assert receiver.requests == []

    delivery.refresh_from_db()
    with time_machine.travel(delivery.next_attempt_at + timedelta(seconds=1), tick=True):
        assert call_command_output("deliver_webhooks").startswith("1 sent: 1 succeeded")

    assert len(receiver.requests) == 1
    assert webhook_tasks().get().status == RUNNING  # left as it died; nothing runs it again


@pytest.mark.django_db
def test_two_workers_given_the_same_delivery_send_it_once(receiver, endpoint):
    endpoint()
    content_changed.send(sender=ContentChange, change=change())
    retry_now(WebhookDelivery.objects.get())  # a second task for the same attempt
    assert webhook_tasks(status=READY).count() == 2

    run_worker(worker_id="first")
    run_worker(worker_id="second")

    assert len(receiver.requests) == 1
    assert sorted(task.return_value or "" for task in webhook_tasks()) == ["", "succeeded"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent workers need PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_competing_workers_send_each_delivery_once(receiver, endpoint):
    for number in range(6):
        endpoint(name=f"Site {number}", url=f"{receiver.url}&n={number}")
    for number in range(3):
        content_changed.send(sender=ContentChange, change=change(object_id=number))
    for delivery in WebhookDelivery.objects.all():
        retry_now(delivery)  # every delivery twice in the queue
    assert webhook_tasks(status=READY).count() == 36

    def work(worker_id):
        try:
            run_worker(worker_id=worker_id)
        finally:
            connections.close_all()

    workers = [threading.Thread(target=work, args=(f"worker-{n}",)) for n in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)

    assert len(receiver.requests) == 18
    sent = {(request.path, request.body) for request in receiver.requests}
    assert len(sent) == 18, "a delivery was sent twice"
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {Status.SUCCEEDED}
    assert not webhook_tasks(status=READY).exists()


# -- Wagtail's own tasks -----------------------------------------------------------------------


@pytest.mark.django_db
def test_wagtails_reference_index_tasks_run_on_the_database_queue(site_tree):
    publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    tasks = DBTaskResult.objects.filter(task_path="wagtail.tasks.update_reference_index_task")
    assert tasks.filter(status=READY, backend_name="default").exists()

    run_worker("default")

    assert set(tasks.values_list("status", flat=True)) == {SUCCESSFUL}


@pytest.mark.django_db
def test_wagtails_file_deletion_runs_on_the_database_queue(
    settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(title="Letak", file=ContentFile(b"x", name="letak.txt"))
    stored = Path(document.file.path)
    assert stored.exists()

    with django_capture_on_commit_callbacks(execute=True):
        document.delete()

    task = DBTaskResult.objects.get(task_path="wagtail.tasks.delete_file_from_storage_task")
    assert task.args_kwargs["args"][0][0] == "django.core.files.storage.FileSystemStorage"
    assert stored.exists(), "deleted before any worker ran"

    run_worker("default")

    task.refresh_from_db()
    assert task.status == SUCCESSFUL, task.traceback
    assert not stored.exists()


def call_command_output(name: str) -> str:
    output = StringIO()
    call_command(name, stdout=output)
    return output.getvalue()
