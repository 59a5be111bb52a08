"""Partners and materials become translatable (``TranslatableMixin``), so wagtail-localize
offers their organisation, city and title for translation.

Existing rows take their page's language. A row and its counterparts on the page's other
language versions (the pages sharing its ``translation_key``) get one translation key: they are
matched by position, which is how wagtail-localize and ``load_demo`` copied them. Saved
revisions get the keys of the rows they name, so a draft published later keeps them.
"""

import uuid
from collections import defaultdict

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models

CHILDREN = (("projectpartner", "partners"), ("projectmaterial", "materials"))


def _source_first(pages, default_locale_id):
    """The pages of one ``translation_key``, the default language's version first."""
    return sorted(pages, key=lambda page: (page.locale_id != default_locale_id, page.pk))


def fill_keys(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    ProjectPage = apps.get_model("project_pages", "ProjectPage")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    default_locale_id = default.pk if default else None
    versions = defaultdict(list)
    for page in ProjectPage.objects.only("pk", "locale_id", "translation_key"):
        versions[page.translation_key].append(page)
    for model_name, _ in CHILDREN:
        model = apps.get_model("project_pages", model_name)
        rows = defaultdict(list)
        for row in model.objects.order_by("sort_order", "pk"):
            rows[row.page_id].append(row)
        changed = []
        for pages in versions.values():
            keys = []
            for page in _source_first(pages, default_locale_id):
                for position, row in enumerate(rows.get(page.pk, [])):
                    if position == len(keys):
                        keys.append(uuid.uuid4())
                    row.translation_key = keys[position]
                    row.locale_id = page.locale_id
                    changed.append(row)
        model.objects.bulk_update(changed, ["translation_key", "locale"], batch_size=500)


def key_revisions(apps, schema_editor):
    """Revisions keep a copy of each row: give them the row's key and language."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="project_pages", model="projectpage")
    keys = {}
    for model_name, relation in CHILDREN:
        model = apps.get_model("project_pages", model_name)
        keys[relation] = {
            pk: (str(key), locale_id)
            for pk, key, locale_id in model.objects.values_list("pk", "translation_key", "locale")
        }
    changed = []
    for revision in Revision.objects.filter(content_type__in=content_type).iterator():
        touched = False
        for relation, by_pk in keys.items():
            for row in revision.content.get(relation) or []:
                if row.get("pk") in by_pk and "translation_key" not in row:
                    row["translation_key"], row["locale"] = by_pk[row["pk"]]
                    touched = True
        if touched:
            changed.append(revision)
        if len(changed) >= 500:
            Revision.objects.bulk_update(changed, ["content"])
            changed = []
    Revision.objects.bulk_update(changed, ["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("project_pages", "0003_block_and_term_labels"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="projectmaterial",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="projectmaterial",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="projectpartner",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="projectpartner",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.RunPython(key_revisions, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="projectmaterial",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="projectmaterial",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="projectpartner",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="projectpartner",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="projectmaterial",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="projectpartner",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterField(
            model_name="projectpage",
            name="target_groups",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text=(
                    "Who the project is for, in this page's language. Manage the list under "
                    "Projects › Target groups."
                ),
                related_name="projects",
                to="project_pages.targetgroup",
                verbose_name="target groups",
            ),
        ),
    ]
