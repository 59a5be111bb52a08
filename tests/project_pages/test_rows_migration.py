"""``project_pages.0004``: existing partners and materials get their page's language and one
translation key across the page's versions, and saved revisions get the keys of their rows."""

import importlib
import uuid

import pytest
from django.apps import apps

from project_pages.models import ProjectMaterial, ProjectPage, ProjectPartner
from tests.factories import publish, translate
from tests.project_pages.factories import ProjectPageFactory, ProjectPartnerFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "project_pages.migrations.0004_translatable_partners_and_materials"
)


@pytest.fixture
def pages(project_index):
    """A Slovene project with two partners and a material, and its English translation, their
    rows keyed apart as before the migration."""
    translate(project_index, "en", title="International projects", slug="projects")
    source = ProjectPageFactory(parent=project_index)
    source.partners = [
        ProjectPartnerFactory.build(city="Trst", country="IT"),
        ProjectPartnerFactory.build(city="Riga", country="LV"),
    ]
    source.materials = [ProjectMaterial(title="Priročnik", external_url="https://example.org/")]
    source = publish(source)
    english = translate(source, "en")
    for model in (ProjectPartner, ProjectMaterial):
        for row in model.objects.all():
            model.objects.filter(pk=row.pk).update(translation_key=uuid.uuid4())
    return source, english


def test_rows_of_a_pages_versions_share_keys_by_position(pages):
    source, english = pages

    migration.fill_keys(apps, None)

    slovene_rows = list(ProjectPartner.objects.filter(page=source).order_by("sort_order"))
    english_rows = list(ProjectPartner.objects.filter(page=english).order_by("sort_order"))
    assert [row.city for row in english_rows] == ["Trst", "Riga"]
    assert [row.translation_key for row in english_rows] == [
        row.translation_key for row in slovene_rows
    ]
    assert len({row.translation_key for row in slovene_rows}) == 2
    assert {row.locale_id for row in slovene_rows} == {source.locale_id}
    assert {row.locale_id for row in english_rows} == {english.locale_id}
    material_keys = {row.translation_key for row in ProjectMaterial.objects.all()}
    assert len(material_keys) == 1


def test_revisions_get_their_rows_keys(pages):
    source, _ = pages
    migration.fill_keys(apps, None)
    revision = ProjectPage.objects.get(pk=source.pk).save_revision()  # A draft naming its rows.
    for row in revision.content["partners"]:
        del row["translation_key"], row["locale"]
    revision.save(update_fields=["content"])

    migration.key_revisions(apps, None)

    revision.refresh_from_db()
    assert all(row["pk"] for row in revision.content["partners"])
    by_pk = {row.pk: row for row in ProjectPartner.objects.filter(page=source)}
    assert [(row["translation_key"], row["locale"]) for row in revision.content["partners"]] == [
        (str(by_pk[row["pk"]].translation_key), by_pk[row["pk"]].locale_id)
        for row in revision.content["partners"]
    ]
