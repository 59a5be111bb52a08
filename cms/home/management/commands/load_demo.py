from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from calendar_app.demo import load_demo_events
from cms.home.demo import (
    DEMO_SUPERUSER,
    create_demo_superuser,
    load_redirects,
    load_site_settings,
    load_site_trees,
)
from project_pages.demo import load_demo_projects


class Command(BaseCommand):
    help = (
        "Load the demo content: the sl and en site trees, the seed's nine projects and the demo "
        "events in both languages. Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--create-demo-superuser",
            action="store_true",
            help="Also create a superuser with a published password, for a local demo only "
            "(refused when DEBUG is off).",
        )

    def handle(self, *args, **options):
        if options["create_demo_superuser"] and not settings.DEBUG:
            raise CommandError(
                "--create-demo-superuser is for the local demo only and is refused when DEBUG is "
                "off: its password is printed and documented. Use `manage.py createsuperuser`."
            )
        call_command("sync_locales", stdout=self.stdout)
        home = load_site_trees(stdout=self.stdout)
        homes = {home.locale.language_code: home}
        for translation in home.get_translations().select_related("locale"):
            homes[translation.locale.language_code] = translation
        load_demo_projects(homes, stdout=self.stdout)
        load_demo_events(homes, stdout=self.stdout)
        load_site_settings(homes, stdout=self.stdout)
        load_redirects(homes, stdout=self.stdout)
        call_command("setup_translators", stdout=self.stdout)
        if options["create_demo_superuser"]:
            create_demo_superuser(stdout=self.stdout)
            self.stdout.write(
                self.style.WARNING(
                    f"Demo admin: {settings.CMS_BASE_URL}/admin/  username "
                    f"{DEMO_SUPERUSER['username']!r}  password {DEMO_SUPERUSER['password']!r}"
                )
            )
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
