"""``manage.py import_ics FILE --parent <calendar id or URL path> [--draft] [--skip-invalid]``"""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from calendar_app.importing import IcsImportError, Outcome, find_parent, import_calendar, limits


class Command(BaseCommand):
    help = (
        "Create or update event pages from an iCalendar (.ics) file, e.g. a Google Calendar, "
        "Outlook or LibCal export, below a calendar page. Running it again updates the same "
        "events (matched by UID). One line per event says what was done (created, updated, "
        "unchanged, skipped and why, or imported with a warning, such as an event without "
        "LOCATION and URL, whose venue is to be announced), then a summary. All or nothing by "
        "default: if any event is wrong, nothing is saved and each wrong event is named. With "
        "--skip-invalid each event is saved on its own (never half) and the wrong ones are "
        "skipped. Files over ICS_IMPORT_MAX_BYTES or with more than ICS_IMPORT_MAX_EVENTS "
        "events (fewer on SQLite) are refused."
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
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Import the events that can be imported and skip the others (each reported "
            "with its reason), instead of importing nothing when one event is wrong.",
        )

    @no_translations  # the messages of the checks it shares with the admin stay English here
    def handle(self, *args, file, parent, draft, skip_invalid, **options):
        try:
            with Path(file).open("rb") as stream:
                size = os.fstat(stream.fileno()).st_size
                data = stream.read(limits.max_bytes() + 1)  # a larger file is refused unread
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror or error}.") from None
        try:
            limits.check_size(max(size, len(data)))
            calendar = find_parent(parent)
            report = import_calendar(data, calendar, draft=draft, skip_invalid=skip_invalid)
        except IcsImportError as error:
            raise CommandError(str(error)) from None
        for item in report.events:
            if item.outcome == Outcome.SKIPPED:
                reasons = " ".join(item.notes)
                self.stdout.write(self.style.ERROR(f"skipped: {item.label}: {reasons}"))
            elif item.notes:
                warnings = " ".join(item.notes)
                line = f"{item.outcome}, with a warning: {item.label}: {warnings}"
                self.stdout.write(self.style.WARNING(line))
            else:
                self.stdout.write(f"{item.outcome}: {item.label}")
        verb = "saved as drafts" if draft else "published"
        summary = (
            f"{calendar.title} ({calendar.locale.language_code}): "
            f"{len(report.created)} created, {len(report.updated)} updated ({verb}), "
            f"{len(report.unchanged)} unchanged."
        )
        if report.skipped:
            summary += f" {len(report.skipped)} skipped."
        if report.warned:
            summary += f" {len(report.warned)} with warnings."
        style = self.style.WARNING if report.skipped or report.warned else self.style.SUCCESS
        self.stdout.write(style(summary))
