"""What translators have to do, per language: untranslated and out-of-date pages and snippets."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from wagtail.models import Locale

from cms.content.translation_status import (
    OUTDATED,
    UNTRANSLATED,
    ReportRow,
    default_language_code,
    untranslated_and_outdated,
)

COLUMNS = (
    ("STATUS", "status"),
    ("KIND", "kind"),
    ("TYPE", "type"),
    ("TITLE", "title"),
    ("EDIT (admin)", "edit_url"),
)
MAX_TITLE = 60


class Command(BaseCommand):
    help = (
        "List, per content language, the live pages and translatable snippets with no "
        "translation (UNTRANSLATED) and the translations that are behind their source "
        "(OUTDATED), with the admin path to edit each, and a summary count."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale",
            action="append",
            dest="locales",
            metavar="CODE",
            help="Only this language, e.g. --locale en (may be given more than once). "
            "Default: every language but the default one.",
        )

    def handle(self, *args, locales=None, **options):
        with translation.override(None):  # model names as declared, like the headings
            totals = [(locale, self._report(locale)) for locale in self._locales(locales)]
        self.stdout.write("Summary")
        for locale, rows in totals:
            untranslated = sum(row.status == UNTRANSLATED for row in rows)
            outdated = sum(row.status == OUTDATED for row in rows)
            self.stdout.write(
                f"  {locale.language_code}: {untranslated} untranslated, {outdated} out of date"
            )

    def _locales(self, codes: list[str] | None) -> list[Locale]:
        if not codes:
            return list(
                Locale.objects.exclude(language_code=default_language_code()).order_by("pk")
            )
        found = {locale.language_code: locale for locale in Locale.objects.all()}
        missing = [code for code in codes if code not in found]
        if missing:
            known = ", ".join(sorted(found)) or "none"
            raise CommandError(f"Unknown locale {', '.join(missing)} (locales: {known}).")
        return [found[code] for code in codes]

    def _report(self, locale: Locale) -> list[ReportRow]:
        rows = untranslated_and_outdated(locale)
        name = locale.get_display_name() or locale.language_code
        self.stdout.write(self.style.MIGRATE_HEADING(f"{name} ({locale.language_code})"))
        if rows:
            self._table(rows)
        else:
            self.stdout.write("  Nothing to translate.")
        self.stdout.write("")
        return rows

    def _table(self, rows: list[ReportRow]) -> None:
        cells = [[heading for heading, _ in COLUMNS]] + [
            [_shorten(str(getattr(row, field))) for _, field in COLUMNS] for row in rows
        ]
        widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
        for number, line in enumerate(cells):
            text = "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
            self.stdout.write("  " + text.rstrip())
            if number == 0:
                self.stdout.write("  " + "  ".join("-" * width for width in widths))


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "…"
