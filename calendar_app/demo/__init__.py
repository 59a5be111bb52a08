"""Demo events in Slovene and English, from ``events.json``: the calendar below each home page,
Sister Libraries Day (every 13 September, as the seed has it), a month of events in December
2020 around the seed's projects, a weekly reading club with an excluded date and a cancelled
occurrence, and a cancelled talk.

Run after ``project_pages.demo.load_demo_projects``: events name their project by its Slovene
slug and their audiences by the target groups' slugs in ``projects.json``.

Idempotent: every object is looked up (events by slug below the calendar, categories by slug,
venues by name) before it is created, so loading twice changes nothing. Every event page is
validated with ``full_clean`` before it is published, as the editor's form would validate it,
so the fixture cannot hold a rule, an exclusion or a change the admin would refuse. English
pages are translations of the Slovene ones (same translation key), with translated venues and
categories.
"""

import json
from datetime import date, datetime
from pathlib import Path

from django.db import transaction
from wagtail.models import Locale, Page

from project_pages.demo import (
    has_real_translation,
    publish_validated,
    stream_blocks,
    translate_page,
)
from project_pages.models import ProjectPage, TargetGroup

from ..conf import site_zone
from ..models import (
    EventCategory,
    EventExcludedDate,
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
    Venue,
)

FIXTURE = Path(__file__).with_name("events.json")
SOURCE_LANGUAGE = "sl"
VENUE_FIELDS = ("name", "branch", "address", "locality", "accessibility")


def load_fixture() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def load_demo_events(homes: dict[str, Page], stdout=None) -> EventIndexPage:
    """The calendar below each home page and every fixture event in each language that has a
    home page and fixture content. ``homes`` maps language codes to home pages (the source
    language first)."""
    data = load_fixture()
    locales = {
        code: Locale.objects.get(language_code=code) for code in homes if code in data["index"]
    }
    with transaction.atomic():
        lookups = {
            "venues": _load_venues(data, locales),
            "categories": _load_categories(data, locales),
            "audiences": _target_groups(data, locales),
        }
    indexes = _load_indexes(data["index"], homes, locales)
    created = 0
    for event in data["events"]:
        created += _load_event(event, indexes, locales, lookups)
    if stdout is not None and created:
        stdout.write(f"Created {created} event pages.")
    return indexes[SOURCE_LANGUAGE]


def _load_venues(data, locales) -> dict:
    """{(key, language): venue}, translations sharing the source venue's key."""
    venues = {}
    for entry in data["venues"]:
        content = entry[SOURCE_LANGUAGE]
        source = Venue.objects.filter(locale=locales[SOURCE_LANGUAGE], name=content["name"]).first()
        if source is None:
            source = Venue(locale=locales[SOURCE_LANGUAGE], **_venue_fields(entry, content))
            source.full_clean()
            source.save()
        venues[(entry["key"], SOURCE_LANGUAGE)] = source
        for code, locale in locales.items():
            if code == SOURCE_LANGUAGE:
                continue
            translation = source.get_translation_or_none(locale)
            if translation is None:
                translation = source.copy_for_translation(locale)
                for name, value in _venue_fields(entry, entry[code]).items():
                    setattr(translation, name, value)
                translation.full_clean()
                translation.save()
            venues[(entry["key"], code)] = translation
    return venues


def _venue_fields(entry: dict, content: dict) -> dict:
    fields = {name: content.get(name, "") for name in VENUE_FIELDS}
    synchronized = ("postal_code", "country", "latitude", "longitude")
    return {**fields, **{name: entry[name] for name in synchronized if name in entry}}


def _load_categories(data, locales) -> dict:
    """{(slug, language): category}, translations sharing the source category's key."""
    categories = {}
    for entry in data["categories"]:
        source, _ = EventCategory.objects.get_or_create(
            slug=entry["slug"],
            locale=locales[SOURCE_LANGUAGE],
            defaults={"name": entry[SOURCE_LANGUAGE]},
        )
        categories[(entry["slug"], SOURCE_LANGUAGE)] = source
        for code, locale in locales.items():
            if code == SOURCE_LANGUAGE:
                continue
            translation = source.get_translation_or_none(locale)
            if translation is None:
                translation = source.copy_for_translation(locale)
                translation.name = entry[code]
                translation.save()
            categories[(entry["slug"], code)] = translation
    return categories


def _target_groups(data, locales) -> dict:
    """{(slug, language): target group}, as the project demo loaded them."""
    slugs = {slug for event in data["events"] for slug in event.get("audiences", [])}
    groups = {
        (group.slug, group.locale.language_code): group
        for group in TargetGroup.objects.filter(
            slug__in=slugs, locale__in=locales.values()
        ).select_related("locale")
    }
    if missing := sorted({(s, c) for s in slugs for c in locales} - set(groups)):
        raise LookupError(
            f"Target groups {missing} are missing: load the project demo before the events."
        )
    return groups


def _project(slug: str | None, code: str, locale: Locale) -> ProjectPage | None:
    """The project with the Slovene ``slug``, in ``locale`` if it has been translated."""
    if not slug:
        return None
    source = ProjectPage.objects.filter(locale__language_code=SOURCE_LANGUAGE, slug=slug).first()
    if source is None:
        raise LookupError(f"No project {slug!r}: load the project demo before the events.")
    if code == SOURCE_LANGUAGE:
        return source
    translation = source.get_translation_or_none(locale)
    return translation.specific if translation is not None else source


def _load_indexes(index_data, homes, locales) -> dict[str, EventIndexPage]:
    source_home = homes[SOURCE_LANGUAGE]
    content = index_data[SOURCE_LANGUAGE]
    source = EventIndexPage.objects.child_of(source_home).first()
    if source is None:
        source = source_home.add_child(instance=EventIndexPage(**content))
        source.save_revision().publish()
    indexes = {SOURCE_LANGUAGE: source}
    for code, locale in locales.items():
        if code != SOURCE_LANGUAGE:
            indexes[code] = translate_page(source, locale, index_data[code])
    return indexes


def _when(value: str) -> datetime:
    """``"2020-12-03T10:00"`` (or a bare date, for all-day events) in the library's time zone."""
    return datetime.fromisoformat(value).replace(tzinfo=site_zone())


def _page_fields(content: dict) -> dict:
    return {
        "title": content["title"],
        "slug": content["slug"],
        "summary": content["summary"],
        "body": stream_blocks(content.get("body", []), FIXTURE.name),
    }


def _localised(event: dict, code: str, locale: Locale, lookups: dict) -> dict:
    """The fields that point at snippets and pages in ``code``'s language."""
    venue = event.get("venue")
    return {
        "venue": lookups["venues"][(venue, code)] if venue else None,
        "related_project": _project(event.get("project"), code, locale),
    }


def _change(entry: dict) -> EventOccurrenceChange:
    return EventOccurrenceChange(
        original_date=date.fromisoformat(entry["original_date"]),
        change=entry["change"],
        new_start=_when(entry["new_start"]) if entry.get("new_start") else None,
        new_end=_when(entry["new_end"]) if entry.get("new_end") else None,
    )


def _publish(page: EventPage) -> EventPage:
    """Validate the page as the editor's form would (dates, rule, excluded dates, changed
    occurrences, registration address), then publish it."""
    return publish_validated(page)


@transaction.atomic
def _load_event(event, indexes, locales, lookups) -> int:
    source_index = indexes[SOURCE_LANGUAGE]
    source_locale = locales[SOURCE_LANGUAGE]
    content = event[SOURCE_LANGUAGE]
    source = EventPage.objects.child_of(source_index).filter(slug=content["slug"]).first()
    created = 0
    if source is None:
        source = EventPage(
            **_page_fields(content),
            **_localised(event, SOURCE_LANGUAGE, source_locale, lookups),
            live=False,  # published by _publish, once validated
            start=_when(event["start"]),
            end=_when(event["end"]),
            all_day=event.get("all_day", False),
            recurrence_rule=event.get("recurrence_rule", ""),
            status=event.get("status", "SCHEDULED"),
            online_url=event.get("online_url", ""),
            registration=event.get("registration", "NONE"),
            registration_url=event.get("registration_url", ""),
            capacity=event.get("capacity"),
            price=event.get("price", ""),
        )
        source.excluded_dates = [
            EventExcludedDate(date=date.fromisoformat(day))
            for day in event.get("excluded_dates", [])
        ]
        source.occurrence_changes = [
            _change(entry) for entry in event.get("occurrence_changes", [])
        ]
        source.audiences = [
            lookups["audiences"][(slug, SOURCE_LANGUAGE)] for slug in event.get("audiences", [])
        ]
        source.categories = [
            lookups["categories"][(slug, SOURCE_LANGUAGE)] for slug in event.get("categories", [])
        ]
        source_index.add_child(instance=source)
        source = _publish(source)
        created += 1

    for code, locale in locales.items():
        if code == SOURCE_LANGUAGE or has_real_translation(source, locale):
            continue

        def localise(translation, code=code):
            translation.audiences = [
                lookups["audiences"][(slug, code)] for slug in event.get("audiences", [])
            ]
            translation.categories = [
                lookups["categories"][(slug, code)] for slug in event.get("categories", [])
            ]

        # Dates, rule, excluded dates and changed occurrences are copied from the source.
        fields = {**_page_fields(event[code]), **_localised(event, code, locale, lookups)}
        translate_page(source, locale, fields, prepare=localise)
        created += 1
    return created
