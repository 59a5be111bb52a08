"""``manage.py import_ics FILE --parent <calendar id or URL path> [--draft]``"""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from calendar_app.importing import IcsImportError, find_parent, import_calendar, limits


class Command(BaseCommand):
    help = (
        "Create or update event pages from an iCalendar (.ics) file, e.g. a Google Calendar or "
        "LibCal export, below a calendar page. Running it again updates the same events "
        "(matched by UID). All or nothing: if any event is wrong, nothing is saved. Files "
        "over ICS_IMPORT_MAX_BYTES or with more than ICS_IMPORT_MAX_EVENTS events (fewer on "
        "SQLite) are refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .ics file.")
        parser.add_argument(
            "--parent",
            required=True,
            help="The calendar (event index page) to import into: its id or URL path, e.g. "
            "/koledar/ or /en/calendar/. The events take its language.",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Save the events as drafts instead of publishing them.",
        )

    @no_translations  # the messages of the checks it shares with the admin stay English here
    def handle(self, *args, file, parent, draft, **options):
        try:
            with Path(file).open("rb") as stream:
                size = os.fstat(stream.fileno()).st_size
                data = stream.read(limits.max_bytes() + 1)  # a larger file is refused unread
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror or error}.") from None
        try:
            limits.check_size(max(size, len(data)))
            calendar = find_parent(parent)
            report = import_calendar(data, calendar, draft=draft)
        except IcsImportError as error:
            raise CommandError(str(error)) from None
        for warning in report.warnings:
            self.stderr.write(self.style.WARNING(warning))
        verb = "saved as drafts" if draft else "published"
        self.stdout.write(
            self.style.SUCCESS(
                f"{calendar.title} ({calendar.locale.language_code}): "
                f"{len(report.created)} created, {len(report.updated)} updated ({verb}), "
                f"{len(report.unchanged)} unchanged."
            )
        )
