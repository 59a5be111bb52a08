"""The "Translators" group: translate into the other languages, publish nothing, and leave the
default language's (Slovene) pages and snippets alone.

The migration ``home.0004_editorial_groups`` creates the group on every database, with its
model permissions. The other languages' page trees come later (``load_demo``, ``sync_locales``),
so granting them is this command's part; it also sets the model permissions again, to exactly
the migration's (a test compares them), undoing any added by hand.

The group's "change" on translatable snippets counts in the other languages only
(``cms.translator_limits.LocalePermissionPolicy``), and every translator may work in every one
of them: the project has no per-translator language.

Their translations go live through the "Translation review" workflow on those trees
(``cms.translation_review``), set up here too."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale, Page

from cms.content.translation_status import default_language_code, translatable_snippet_models
from cms.translation_review import WORKFLOW_NAME, reviewer_groups, set_up_translation_review
from cms.translator_limits import TRANSLATORS

GROUP_NAME = TRANSLATORS

#: On the other languages' trees: translate (wagtail-localize's editor needs "change" on the
#: translated page) and add pages (a translation of a page whose parent is not translated yet
#: copies the parent too). Not "publish": an editor publishes what translators prepare.
PAGE_PERMISSIONS = ("add_page", "change_page")


class Command(BaseCommand):
    help = (
        f"Create or update the {GROUP_NAME!r} group: admin access, wagtail-localize's "
        "'submit translation', add and change (not publish) on the pages of every language but "
        "the default one, and change on translatable snippets in those languages; and the "
        "translation review workflow on those languages' pages, reviewed by the groups that may "
        "publish them. Run it again after adding a language. The group's permissions are set "
        "to exactly these."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        group, created = Group.objects.get_or_create(name=GROUP_NAME)
        self._model_permissions(group)
        trees = self._page_permissions(group)
        set_up_translation_review(trees)
        verb = "Created" if created else "Updated"
        where = ", ".join(f"{page.locale.language_code} ({page.title})" for page in trees)
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} the {GROUP_NAME!r} group; it translates into: {where or '-'}."
            )
        )
        for page in trees:
            reviewers = ", ".join(group.name for group in reviewer_groups(page)) or "-"
            self.stdout.write(
                f"Translations into {page.locale.language_code} go through {str(WORKFLOW_NAME)!r}, "
                f"reviewed by: {reviewers}."
            )

    def _model_permissions(self, group: Group) -> None:
        wanted = [
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
            Permission.objects.get(
                content_type__app_label="wagtail_localize", codename="submit_translation"
            ),
        ]
        for model in translatable_snippet_models():
            wanted.append(
                Permission.objects.get(
                    content_type=ContentType.objects.get_for_model(model, for_concrete_model=True),
                    codename=f"change_{model._meta.model_name}",
                )
            )
        for permission in group.permissions.exclude(pk__in=[p.pk for p in wanted]):
            self.stdout.write(f"Removed the extra permission {permission.codename!r}.")
        group.permissions.set(wanted)

    def _page_permissions(self, group: Group) -> list[Page]:
        """Add and change on the top page of each other language's tree (the permissions
        apply to the pages below it too), and nothing anywhere else."""
        default = Locale.objects.get(language_code=default_language_code())
        trees = list(Page.objects.filter(depth=2).exclude(locale=default).select_related("locale"))
        permissions = list(
            Permission.objects.filter(
                content_type=ContentType.objects.get_for_model(Page), codename__in=PAGE_PERMISSIONS
            )
        )
        wanted = {(page.pk, permission.pk) for page in trees for permission in permissions}
        for grant in GroupPagePermission.objects.filter(group=group).select_related(
            "page", "permission"
        ):
            if (grant.page_id, grant.permission_id) not in wanted:
                self.stdout.write(f"Removed {grant.permission.codename!r} on {grant.page.title!r}.")
                grant.delete()
        for page_id, permission_id in sorted(wanted):
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page_id, permission_id=permission_id
            )
        return trees
