"""Publish webhooks: one attempt at a delivery, and which deliveries are due.

A change becomes one ``WebhookDelivery`` row per endpoint (``cms.webhooks.tasks``), and a task
makes an attempt at it. ``deliver`` makes one attempt: it claims the row (so two workers, or a
worker and ``manage.py deliver_webhooks``, never send the same attempt twice), POSTs
(``cms.webhooks.sending``), and records the outcome. A failure is retried after
``WEBHOOK_RETRY_DELAYS`` until ``WEBHOOK_MAX_ATTEMPTS``: ``deliver`` sets when, and
``cms.webhooks.tasks`` enqueues the retry (in the transaction that records the outcome) where
the task backend can defer it.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .conf import webhook_settings
from .models import WebhookDelivery
from .sending import send

logger = logging.getLogger(__name__)

#: A claimed attempt is taken over by another worker only if it has not finished this many
#: seconds after its deadline (the process died mid-attempt).
CLAIM_GRACE = 60

Status = WebhookDelivery.Status
DUE = (Status.PENDING, Status.RETRYING)


def retry_delay(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt; the last delay repeats."""
    return webhook_settings().retry_delay(attempts)


def _claim(delivery_id, now) -> bool:
    """Take a due delivery for one attempt: push its ``next_attempt_at`` past the attempt, so
    nobody else finds it due meanwhile. Atomic, so only one caller wins."""
    lease = now + timedelta(seconds=webhook_settings().deadline + CLAIM_GRACE)
    return bool(
        WebhookDelivery.objects.filter(
            pk=delivery_id, status__in=DUE, next_attempt_at__lte=now
        ).update(next_attempt_at=lease)
    )


def deliver(
    delivery_id, then: Callable[[WebhookDelivery], None] | None = None
) -> WebhookDelivery | None:
    """One attempt at a due delivery; the delivery after it, or None if it was not due (sent
    already, given up, taken by another worker, or deleted). ``then`` runs in the transaction
    that records the outcome (to enqueue the retry with it)."""
    conf = webhook_settings()
    now = timezone.now()
    if not _claim(delivery_id, now):
        return None
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    delivery.attempts += 1
    delivery.last_attempt_at = now
    if delivery.endpoint.is_active:
        delivery.last_status_code, delivery.last_error = send(delivery, now)
    else:
        delivery.last_status_code, delivery.last_error = None, "endpoint is inactive"
    if not delivery.last_error:
        delivery.status = Status.SUCCEEDED
        delivery.delivered_at = timezone.now()
        delivery.next_attempt_at = None
    elif delivery.attempts >= conf.max_attempts or not delivery.endpoint.is_active:
        delivery.status = Status.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.status = Status.RETRYING
        delivery.next_attempt_at = timezone.now() + conf.retry_delay(delivery.attempts)
    with transaction.atomic():
        delivery.save(
            update_fields=[
                "attempts",
                "last_attempt_at",
                "last_status_code",
                "last_error",
                "status",
                "delivered_at",
                "next_attempt_at",
            ]
        )
        if then is not None:
            then(delivery)
    if delivery.status == Status.FAILED:
        logger.warning(
            "Webhook delivery %s to %r failed for good after %d attempts: %s",
            delivery.pk,
            delivery.endpoint.name,
            delivery.attempts,
            delivery.last_error,
        )
    return delivery


def due_deliveries(now=None):
    now = now or timezone.now()
    return WebhookDelivery.objects.filter(status__in=DUE, next_attempt_at__lte=now).order_by(
        "next_attempt_at"
    )
