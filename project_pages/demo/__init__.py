"""Demo content: the seed's nine projects in Slovene and English, from ``projects.json``.

Idempotent: every object is looked up (by slug, key or title) before it is created, so loading
twice changes nothing. Pages are published; English pages are translations of the Slovene ones
(same translation key).
"""

import json
from io import BytesIO
from pathlib import Path

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from ..models import (
    FundingProgramme,
    Person,
    ProjectContact,
    ProjectIndexPage,
    ProjectLogo,
    ProjectMaterial,
    ProjectPage,
    ProjectPartner,
    TargetGroup,
)

FIXTURE = Path(__file__).with_name("projects.json")
SOURCE_LANGUAGE = "sl"


def load_fixture() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def load_demo_projects(homes: dict[str, Page], stdout=None) -> ProjectIndexPage:
    """The project index below each home page and every fixture project in each language that
    has a home page. ``homes`` maps language codes to home pages (the source language first)."""
    data = load_fixture()
    locales = {code: Locale.objects.get(language_code=code) for code in homes}
    with transaction.atomic():
        terms = _load_terms(data, locales)
        people = {
            person["key"]: Person.objects.get_or_create(
                name=person["name"], defaults={"honorific": person.get("honorific", "")}
            )[0]
            for person in data["people"]
        }
        logos = _load_logo_images(data)
    indexes = _load_indexes(data["index"], homes, locales)
    created = 0
    for project in data["projects"]:
        created += _load_project(project, indexes, locales, terms, people, logos)
    if stdout is not None and created:
        stdout.write(f"Created {created} project pages.")
    return indexes[SOURCE_LANGUAGE]


def _load_terms(data, locales) -> dict:
    """{(model, slug, language): term}, translations sharing the source term's key."""
    terms = {}
    for model, entries in (
        (TargetGroup, data["target_groups"]),
        (FundingProgramme, data["programmes"]),
    ):
        for entry in entries:
            extra = {"website": entry["website"]} if model is FundingProgramme else {}
            source, _ = model.objects.get_or_create(
                slug=entry["slug"],
                locale=locales[SOURCE_LANGUAGE],
                defaults={"name": entry[SOURCE_LANGUAGE], **extra},
            )
            terms[(model, entry["slug"], SOURCE_LANGUAGE)] = source
            for code, locale in locales.items():
                if code == SOURCE_LANGUAGE:
                    continue
                translation = source.get_translation_or_none(locale)
                if translation is None:
                    translation = source.copy_for_translation(locale)
                    translation.name = entry[code]
                    translation.save()
                terms[(model, entry["slug"], code)] = translation
    return terms


def _load_logo_images(data) -> dict[str, object]:
    image_model = get_image_model()
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name="Demo logos").first() or root.add_child(
        name="Demo logos"
    )
    images = {}
    for project in data["projects"]:
        for logo in project.get("logos", []):
            label = logo["label"]
            if label in images:
                continue
            image = image_model.objects.filter(title=label, collection=collection).first()
            if image is None:
                image = image_model(
                    title=label,
                    description=label,
                    collection=collection,
                    file=ImageFile(_placeholder_png(label, logo["colour"]), name=f"{label}.png"),
                )
                image.save()
            images[label] = image
    return images


def _placeholder_png(label: str, colour: str) -> BytesIO:
    canvas = PILImage.new("RGB", (480, 240), colour)
    draw = ImageDraw.Draw(canvas)
    box = draw.textbbox((0, 0), label, font_size=40)
    position = ((480 - (box[2] - box[0])) / 2, (240 - (box[3] - box[1])) / 2)
    draw.text(position, label, fill="white", font_size=40)
    buffer = BytesIO()
    canvas.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def _load_indexes(index_data, homes, locales) -> dict[str, ProjectIndexPage]:
    source_home = homes[SOURCE_LANGUAGE]
    content = index_data[SOURCE_LANGUAGE]
    source = ProjectIndexPage.objects.child_of(source_home).first()
    if source is None:
        source = source_home.add_child(
            instance=ProjectIndexPage(
                title=content["title"], slug=content["slug"], intro=content["intro"]
            )
        )
        source.save_revision().publish()
    indexes = {SOURCE_LANGUAGE: source}
    for code, locale in locales.items():
        if code != SOURCE_LANGUAGE:
            indexes[code] = translate_page(source, locale, index_data[code])
    return indexes


def has_real_translation(source: Page, locale: Locale) -> bool:
    """True when ``source`` has a ``locale`` version that is not an untranslated alias."""
    existing = source.get_translation_or_none(locale)
    return existing is not None and existing.alias_of_id is None


def translate_page(source: Page, locale: Locale, fields: dict, prepare=None) -> Page:
    """The published ``locale`` version of ``source``, created with ``fields`` if missing
    (replacing an untranslated wagtail-localize alias). ``prepare(translation)`` may set
    relations before it is validated (``full_clean``) and published. Demo loaders of other
    apps use it too."""
    existing = source.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is None:
        return existing.specific
    if existing is not None:
        existing.delete()
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    if prepare is not None:
        prepare(translation)
    return publish_validated(translation)


def publish_validated(page: Page) -> Page:
    """Validate ``page`` as the editor's form would, save it and publish it."""
    page.full_clean()
    page.save()
    # A fresh instance, so that the published revision holds what is now in the database.
    page = type(page).objects.get(pk=page.pk)
    page.save_revision().publish()
    return page


def stream_blocks(items: list[dict], fixture_name: str = FIXTURE.name) -> list[dict]:
    """A fixture's ``{"type": ..., "value": "text"}`` items as StreamField data for the
    project and event blocks (goal, paragraph, heading)."""
    converted = []
    for item in items:
        kind, value = item["type"], item["value"]
        if kind == "goal":
            converted.append({"type": "goal", "value": {"text": value}})
        elif kind == "paragraph":
            converted.append({"type": "paragraph", "value": {"text": value}})
        elif kind == "heading":
            converted.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        else:
            raise ValueError(f"Unknown block type {kind!r} in {fixture_name}")
    return converted


def _page_fields(content: dict) -> dict:
    return {
        "title": content["title"],
        "slug": content["slug"],
        "summary": content["summary"],
        "goals": stream_blocks(content.get("goals", [])),
        "body": stream_blocks(content.get("body", [])),
    }


@transaction.atomic
def _load_project(project, indexes, locales, terms, people, logos) -> int:
    source_index = indexes[SOURCE_LANGUAGE]
    content = project[SOURCE_LANGUAGE]
    source = ProjectPage.objects.child_of(source_index).filter(slug=content["slug"]).first()
    created = 0
    if source is None:
        source = ProjectPage(
            **_page_fields(content),
            start_year=project.get("start_year"),
            end_year=project.get("end_year"),
            library_role=project["library_role"],
            website=project.get("website", ""),
            programme=terms[(FundingProgramme, project["programme"], SOURCE_LANGUAGE)]
            if project.get("programme")
            else None,
        )
        # sort_order as the admin's inline panels set it: without it the order of a page's
        # partners is the database's whim (PostgreSQL returns ties in any order).
        source.partners = [
            ProjectPartner(**partner, sort_order=position)
            for position, partner in enumerate(project.get("partners", []))
        ]
        source.contacts = [
            ProjectContact(person=people[key], sort_order=position)
            for position, key in enumerate(project.get("contacts", []))
        ]
        source.materials = [
            ProjectMaterial(
                title=material["title"][SOURCE_LANGUAGE],
                external_url=material["url"],
                sort_order=position,
            )
            for position, material in enumerate(project.get("materials", []))
        ]
        source.logos = [
            ProjectLogo(image=logos[logo["label"]], sort_order=position)
            for position, logo in enumerate(project.get("logos", []))
        ]
        source.target_groups = [
            terms[(TargetGroup, slug, SOURCE_LANGUAGE)] for slug in project.get("target_groups", [])
        ]
        source_index.add_child(instance=source)
        source.save_revision().publish()
        created += 1

    for code, locale in locales.items():
        existing = source.get_translation_or_none(locale)
        if code == SOURCE_LANGUAGE or (existing is not None and existing.alias_of_id is None):
            continue

        def localise(translation, code=code):
            translation.target_groups.set(
                [terms[(TargetGroup, slug, code)] for slug in project.get("target_groups", [])]
            )
            if project.get("programme"):
                translation.programme = terms[(FundingProgramme, project["programme"], code)]
            translation.save()
            materials = ProjectMaterial.objects.filter(page=translation).order_by("sort_order")
            for material, data in zip(materials, project.get("materials", []), strict=True):
                material.title = data["title"][code]
                material.save()

        translate_page(source, locale, _page_fields(project[code]), prepare=localise)
        created += 1
    return created
