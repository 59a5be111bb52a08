"""Publish webhooks on the task queue: a row per endpoint for every change, then a task per attempt.

``on_change`` (connected to ``content_changed``, which is sent after the publish commits) only
writes ``WebhookDelivery`` rows and enqueues ``deliver_webhook``; it never waits for a receiver.
On the database queue (django-tasks-db) the task is written in the same transaction as its row,
so neither commits without the other; a backend that runs or hands off work at once is given it
after the commit instead. The task makes one attempt (``cms.webhooks.delivery.deliver``); a
failed one is enqueued again for its retry time if the task backend can defer (``run_after``),
otherwise ``manage.py deliver_webhooks`` (``deliver_due``) sends it when it is due.
"""

import logging
from functools import partial

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from .conf import webhook_settings
from .delivery import deliver, due_deliveries
from .models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

Status = WebhookDelivery.Status


def attempt(delivery_id) -> WebhookDelivery | None:
    """``deliver``, with its retry enqueued (where the backend can defer it) in the transaction
    that records the failure."""
    return deliver(delivery_id, then=_enqueue_retry)


def _enqueue_retry(delivery: WebhookDelivery) -> None:
    if delivery.status == Status.RETRYING:
        schedule(delivery.pk, run_after=delivery.next_attempt_at)


@task()
def deliver_webhook(delivery_id: str) -> str | None:
    """Send one delivery if it is due (``cms.webhooks.delivery.deliver``); its new status."""
    delivery = attempt(delivery_id)
    return delivery.status if delivery is not None else None


def queues_in_transaction() -> bool:
    """Whether the webhooks' backend writes its tasks to this database (django-tasks-db), so a
    task enqueued inside a transaction commits or rolls back with it. The plugin does not require
    django-tasks-db: a host without it has no such backend."""
    try:
        from django_tasks_db import DatabaseBackend
    except ImportError:
        return False
    try:
        queued = deliver_webhook.using(backend=webhook_settings().task_backend)
        return isinstance(queued.get_backend(), DatabaseBackend)
    except Exception:
        return False  # a misconfigured backend: ``enqueue`` logs it, after the commit


def schedule(delivery_id, run_after=None) -> None:
    """Enqueue a delivery's task as part of the current transaction: written in it on the
    database queue, else enqueued once it commits (the immediate backend would otherwise POST
    before the row is committed, and a transaction that rolls back would still have sent)."""
    if queues_in_transaction():
        enqueue(delivery_id, run_after=run_after)
    else:
        transaction.on_commit(partial(enqueue, delivery_id, run_after=run_after))


def enqueue(delivery_id, run_after=None) -> bool:
    """Hand a delivery to the task backend; False if it was left for ``deliver_webhooks``
    (a retry on a backend without ``run_after``, or a backend that refused it)."""
    try:
        queued = deliver_webhook.using(backend=webhook_settings().task_backend)
        if run_after is not None:
            if not queued.get_backend().supports_defer:
                return False
            queued = queued.using(run_after=run_after)
        # A savepoint: a task row that cannot be written must not take the delivery with it.
        with transaction.atomic():
            queued.enqueue(str(delivery_id))
    except Exception:
        # The row stays due: deliver_webhooks sends it. A publish must never fail here.
        logger.exception("Could not enqueue webhook delivery %s", delivery_id)
        return False
    return True


def on_change(sender, change, **kwargs):
    """A ``content_changed`` receiver: one pending delivery per matching active endpoint.

    Never raises: webhooks must not break the publish, nor the receivers after this one."""
    try:
        create_deliveries(change)
    except Exception:
        logger.exception("Could not create webhook deliveries for %s", change)


def create_deliveries(change) -> list[WebhookDelivery]:
    endpoints = WebhookEndpoint.objects.filter(is_active=True).filter(
        Q(event="") | Q(event=change.event)
    )
    endpoints = endpoints.filter(Q(locale="") | Q(locale=change.locale or ""))
    now = timezone.now()
    payload = change.as_payload()
    deliveries = [
        WebhookDelivery(endpoint=endpoint, event=change.event, payload=payload, next_attempt_at=now)
        for endpoint in endpoints
    ]
    if deliveries:
        with transaction.atomic():
            WebhookDelivery.objects.bulk_create(deliveries)
            for delivery in deliveries:
                schedule(delivery.pk)
    return deliveries


def retry_now(delivery: WebhookDelivery) -> None:
    """The admin's "Retry now": due at once, even one that was given up (one more attempt)."""
    with transaction.atomic():
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            status=Status.PENDING if delivery.status == Status.PENDING else Status.RETRYING,
            next_attempt_at=timezone.now(),
        )
        schedule(delivery.pk)


def deliver_due(limit: int = 100) -> list[WebhookDelivery]:
    """Send up to ``limit`` due deliveries, oldest first (``manage.py deliver_webhooks``)."""
    ids = list(due_deliveries().values_list("pk", flat=True)[:limit])
    return [delivery for delivery in map(attempt, ids) if delivery is not None]
