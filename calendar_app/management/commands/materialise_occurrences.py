"""Fill and extend the occurrence table (``calendar_app.occurrence_table``)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from calendar_app.models import EventPage
from calendar_app.occurrence_table import due_for_extension, materialise


class Command(BaseCommand):
    help = (
        "Write the occurrence table's rows of live events: those whose rows end before the "
        "horizon (CALENDAR_OCCURRENCE_HORIZON_DAYS) or that have none; run it daily. With "
        "--all, every live event's (after importing data that bypassed publication)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Rewrite the rows of every live event."
        )

    def handle(self, *args, all=False, **options):
        now = timezone.now()
        events = EventPage.objects.live() if all else due_for_extension(now=now)
        written = events_done = 0
        for event in events.order_by("pk").iterator(chunk_size=200):
            written += materialise(event, now=now)
            events_done += 1
        self.stdout.write(f"{events_done} events, {written} occurrences written.")
