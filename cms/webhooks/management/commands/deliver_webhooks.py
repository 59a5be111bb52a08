"""Send the publish webhooks that are due: the safety net under the task queue's worker, for
deliveries whose task was lost (a worker that died mid-attempt) or never queued."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from cms.webhooks.models import WebhookDelivery
from cms.webhooks.tasks import deliver_due


class Command(BaseCommand):
    help = (
        "Send due webhook deliveries (pending ones and retries whose time has come), oldest "
        "first: the safety net under `db_worker`. Run it from cron every 10 minutes; it is safe "
        "to run while workers run (an attempt is claimed, so it is never made twice)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=500, help="Most deliveries to send in this run."
        )
        parser.add_argument(
            "--purge-days",
            type=int,
            default=None,
            help="Also delete succeeded and failed deliveries older than this many days.",
        )

    def handle(self, *args, limit, purge_days, verbosity, **options):
        deliveries = deliver_due(limit=limit)
        counts = dict.fromkeys(WebhookDelivery.Status.values, 0)
        for delivery in deliveries:
            counts[delivery.status] += 1
        if verbosity:
            self.stdout.write(
                f"{len(deliveries)} sent: {counts['succeeded']} succeeded, "
                f"{counts['retrying']} to retry, {counts['failed']} failed."
            )
        if purge_days is not None:
            deleted, _ = WebhookDelivery.objects.filter(
                status__in=[WebhookDelivery.Status.SUCCEEDED, WebhookDelivery.Status.FAILED],
                created_at__lt=timezone.now() - timedelta(days=purge_days),
            ).delete()
            if verbosity:
                self.stdout.write(f"{deleted} old deliveries deleted.")
