"""Create the locales the settings list and keep their page trees in step with the default one.

Run after adding a language to CONTENT_LANGUAGES. It is safe to run any number of times.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex


class Command(BaseCommand):
    help = (
        "Create a Locale for every language in WAGTAIL_CONTENT_LANGUAGES and synchronise the "
        "new locales' page trees from the default language (wagtail-localize aliases, which "
        "translators then translate)."
    )

    @transaction.atomic
    def handle(self, **options):
        default = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.stdout.write(f"Created locale {code} ({name}).")
            if locale != default:
                LocaleSynchronization.objects.get_or_create(locale=locale, sync_from=default)
        page_index = PageIndex.from_database().sort_by_tree_position()
        for synchronization in LocaleSynchronization.objects.select_related("locale"):
            synchronization.sync_trees(page_index=page_index)
        codes = ", ".join(Locale.objects.order_by("pk").values_list("language_code", flat=True))
        self.stdout.write(self.style.SUCCESS(f"Locales: {codes}."))
