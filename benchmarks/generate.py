"""A large, realistic site for the benchmark: 1,000 projects and 2,000 events, each in sl and en.

Why not the factories or ``add_child``? Creating 6,000 pages one by one through Wagtail takes
far longer than a benchmark may (treebeard locks and rewrites the parent per child, every save
runs validation, signals and a revision). So the demo content is loaded the ordinary way
(``load_demo``: site trees, indexes, menus, footer, the contract's demo pages), and the rest is
written in bulk, exactly as Wagtail would have stored it:

* ``wagtailcore_page`` rows by ``bulk_create`` with the treebeard ``path``/``depth`` the next
  children would get, ``numchild`` of the parent updated once, ``url_path`` below the parent,
  ``live`` and publication times set, the same ``translation_key`` for the sl and en versions
  (the en page under the en index, in the en locale: a real translation, not an alias);
* the ``project_pages_projectpage`` / ``calendar_app_eventpage`` rows (multi-table
  inheritance, which ``bulk_create`` refuses) by Django's batched insert of the child model's
  local fields, so every field's ``get_db_prep_save`` (StreamField JSON, dates) still applies;
* partners, contacts, logos, materials, target groups, categories, excluded dates and changed
  occurrences by ``bulk_create``; derived fields (``starts_on``/``ends_on``, ``series_end``)
  computed by the models' own code (``Period``, ``recurrence.series_end``);
* the search index by the search backend's ``add_bulk``.

No revisions are written: the API serves live pages' fields and never reads revisions for the
screens measured (translation status is not asked for by any contract operation).

A marker table records the generator version and what the runner needs (the busiest month, a
sample project). ``ensure()`` reuses a database whose marker matches, so only the first run
pays for generation; bump ``VERSION`` when the generated content changes.
"""

import json
import random
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from io import BytesIO

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page
from wagtail.search.backends import get_search_backend

VERSION = "bench-gen-3"
PROJECTS = 1000
EVENTS = 2000
RECURRING = 300
#: The month the generator makes busiest (a festival month), and a quiet one (the demo's
#: December 2020) to check that query counts do not grow with the number of events.
BUSY_MONTH = (2025, 10)
QUIET_MONTH = (2020, 12)
#: A word in every generated summary: the "common word" of the search scenario.
COMMON_WORD = {"sl": "knjižnica", "en": "library"}
MARKER_TABLE = "bench_generator_marker"
SEED = 20250101

TOPICS = [
    ("bralna pismenost", "reading literacy"),
    ("digitalne veščine", "digital skills"),
    ("slepi in slabovidni", "blind and partially sighted readers"),
    ("medkulturni dialog", "intercultural dialogue"),
    ("zaposlovanje", "employment"),
    ("starejši bralci", "older readers"),
    ("knjižnični prostor", "library space"),
    ("odprta znanost", "open science"),
    ("trajnostni razvoj", "sustainable development"),
    ("mladi ustvarjalci", "young makers"),
    ("begunci in migranti", "refugees and migrants"),
    ("domoznanstvo", "local history"),
]
COUNTRIES = ["AT", "BE", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "HR", "HU", "IT", "LT", "LV"]
COUNTRIES += ["NL", "NO", "PL", "PT", "RO", "SE", "SK", "RS", "BA", "MK", "GB", "IE"]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA"]


@dataclass
class Marker:
    version: str
    generated_seconds: float
    busy_month: tuple[int, int] = BUSY_MONTH
    quiet_month: tuple[int, int] = QUIET_MONTH
    sample_project: dict = field(default_factory=dict)  # {"sl": urlPath, "en": urlPath, "id"}
    sample_event: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)


def read_marker() -> Marker | None:
    with connection.cursor() as cursor:
        if MARKER_TABLE not in connection.introspection.table_names(cursor):
            return None
        cursor.execute(f"SELECT info FROM {MARKER_TABLE}")  # noqa: S608
        row = cursor.fetchone()
    if row is None:
        return None
    data = json.loads(row[0])
    data["busy_month"], data["quiet_month"] = tuple(data["busy_month"]), tuple(data["quiet_month"])
    return Marker(**data)


def write_marker(marker: Marker) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {MARKER_TABLE} (info TEXT NOT NULL)")
        cursor.execute(f"DELETE FROM {MARKER_TABLE}")  # noqa: S608
        cursor.execute(
            f"INSERT INTO {MARKER_TABLE} (info) VALUES (%s)",  # noqa: S608
            [json.dumps(asdict(marker))],
        )


def ensure(say=print) -> Marker:
    """The generated site in the configured database: reused when its marker says this
    generator version made it, else (re)built from an empty schema."""
    try:
        marker = read_marker()
    except Exception:  # noqa: BLE001 - an unreadable database is rebuilt
        marker = None
    if marker is not None and marker.version == VERSION:
        say(f"Reusing the generated database ({VERSION}, built in {marker.generated_seconds}s).")
        analyze()
        return marker
    say("Generating the benchmark site (once per generator version)…")
    started = time.monotonic()
    _empty_database()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=_Quiet())
    marker = generate()
    marker.generated_seconds = round(time.monotonic() - started, 1)
    write_marker(marker)
    analyze()
    say(f"Generated in {marker.generated_seconds}s: {marker.counts}")
    return marker


def analyze() -> None:
    """Table statistics, as a live site's autovacuum keeps them. Rows written in bulk are not
    counted yet, and with the planner believing the page table nearly empty PostgreSQL chose
    plans that read it once per listed page (2.2 s instead of 0.03 s for the project count)."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


class _Quiet:
    def write(self, *args, **kwargs):
        pass

    def flush(self):
        pass


def _empty_database() -> None:
    """Drop everything in the benchmark database (it belongs to the benchmark alone)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        return
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        cursor.execute("PRAGMA foreign_keys = OFF")
        for table in tables:
            cursor.execute(f'DROP TABLE IF EXISTS "{table}"')
        cursor.execute("PRAGMA foreign_keys = ON")


def generate() -> Marker:
    """Projects and events in bulk on top of the demo content (see the module docstring)."""
    from calendar_app.models import EventIndexPage, EventPage
    from project_pages.models import ProjectIndexPage, ProjectPage

    rng = random.Random(SEED)
    locales = {code: Locale.objects.get(language_code=code) for code in ("sl", "en")}
    with transaction.atomic():
        terms = _terms(locales)
        people = _people(rng)
        images = _images(rng)
        project_indexes = {
            code: ProjectIndexPage.objects.get(locale=locale) for code, locale in locales.items()
        }
        event_indexes = {
            code: EventIndexPage.objects.get(locale=locale) for code, locale in locales.items()
        }
        existing = ProjectPage.objects.filter(locale=locales["sl"]).count()
        projects = _projects(rng, PROJECTS - existing, project_indexes, terms, people, images)
        existing = EventPage.objects.filter(locale=locales["sl"]).count()
        events = _events(rng, EVENTS - existing, event_indexes, terms, images, projects)
    backend = get_search_backend()
    for model, pages in ((ProjectPage, projects), (EventPage, events)):
        ids = [page.pk for pairs in pages for page in pairs]
        backend.add_bulk(model, list(model.objects.filter(pk__in=ids)))
    sample_sl, sample_en = projects[0]
    event_sl, event_en = events[0]
    counts = {
        "projects_per_locale": ProjectPage.objects.filter(locale=locales["sl"]).count(),
        "events_per_locale": EventPage.objects.filter(locale=locales["sl"]).count(),
        "recurring_events_per_locale": EventPage.objects.filter(locale=locales["sl"])
        .exclude(recurrence_rule="")
        .count(),
        "pages": Page.objects.count(),
    }
    return Marker(
        version=VERSION,
        generated_seconds=0,
        sample_project={
            "id": sample_sl.pk,
            "en_id": sample_en.pk,
            "sl": _below_home(sample_sl),
            "en": _below_home(sample_en),
        },
        sample_event={"sl": _below_home(event_sl), "en": _below_home(event_en)},
        counts=counts,
    )


def _below_home(page: Page) -> str:
    """The path the API's ``page(urlPath:)`` takes: below the language's home page."""
    return "/" + page.url_path.strip("/").split("/", 1)[1] + "/"


# Snippets and images.


def _terms(locales) -> dict:
    """{kind: [(sl, en), …]} for target groups, programmes, categories and venues, each en term
    a translation of the sl one (same translation key)."""
    from calendar_app.models import EventCategory, Venue
    from project_pages.models import FundingProgramme, TargetGroup

    result = {}
    specs = {
        TargetGroup: [(f"tg-{i}", f"{sl} {i}", f"{en} {i}") for i, (sl, en) in enumerate(TOPICS)],
        FundingProgramme: [
            (f"prog-{i}", f"Program {name} {i}", f"Programme {name} {i}")
            for i, name in enumerate(["Erasmus+ KA1", "Erasmus+ KA2", "Ustvarjalna Evropa", "ESS"])
            for _ in range(2)
        ],
        EventCategory: [
            (f"cat-{i}", sl, en)
            for i, (sl, en) in enumerate(
                [
                    ("Delavnica", "Workshop"),
                    ("Predavanje", "Talk"),
                    ("Razstava", "Exhibition"),
                    ("Bralni klub", "Reading club"),
                    ("Pravljična ura", "Story time"),
                    ("Tečaj", "Course"),
                    ("Koncert", "Concert"),
                    ("Srečanje", "Meet-up"),
                ]
            )
        ],
    }
    for model, entries in specs.items():
        seen = set()
        pairs = []
        for slug, sl_name, en_name in entries:
            if slug in seen:
                continue
            seen.add(slug)
            key = uuid.uuid4()
            source = model.objects.create(
                slug=slug, name=sl_name, locale=locales["sl"], translation_key=key
            )
            translation = model.objects.create(
                slug=slug, name=en_name, locale=locales["en"], translation_key=key
            )
            pairs.append((source, translation))
        result[model.__name__] = pairs
    venues = []
    for i in range(12):
        key = uuid.uuid4()
        common = {"latitude": 46.05 + i / 100, "longitude": 14.5 + i / 100, "translation_key": key}
        venues.append(
            (
                Venue.objects.create(
                    name=f"Knjižnica enota {i}",
                    branch="Mestna knjižnica Ljubljana",
                    address=f"Ulica {i}, 1000 Ljubljana",
                    accessibility="Dostop brez stopnic, dvigalo.",
                    locale=locales["sl"],
                    **common,
                ),
                Venue.objects.create(
                    name=f"Library branch {i}",
                    branch="Ljubljana City Library",
                    address=f"Ulica {i}, 1000 Ljubljana",
                    accessibility="Step-free access, lift.",
                    locale=locales["en"],
                    **common,
                ),
            )
        )
    result["Venue"] = venues
    return result


def _people(rng):
    from project_pages.models import Person

    return Person.objects.bulk_create(
        Person(
            honorific=rng.choice(["", "dr.", "mag."]),
            name=f"Oseba Priimek {i}",
            email=f"oseba{i}@mklj.example",
            phone="+386 1 308 52 00",
        )
        for i in range(150)
    )


def _images(rng, count=12):
    """Small real PNGs (renditions are made from them on the first request)."""
    image_model = get_image_model()
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Benchmark images")
    images = []
    for i in range(count):
        buffer = BytesIO()
        colour = tuple(rng.randrange(256) for _ in range(3))
        PILImage.new("RGB", (1600, 900), colour).save(buffer, format="PNG")
        buffer.seek(0)
        image = image_model(
            title=f"Slika {i}",
            description=f"Fotografija dogodka {i}",
            collection=collection,
            file=ImageFile(buffer, name=f"bench-{i}.png"),
        )
        image.save()
        images.append(image)
    return images


# Pages in bulk.


def _bulk_pages(parent: Page, pages: list[Page]) -> list[Page]:
    """Insert ``pages`` (unsaved instances of one specific model) as the next children of
    ``parent``, as treebeard and Wagtail would have stored them."""
    model = type(pages[0])
    parent.refresh_from_db()
    last = parent.get_last_child()
    step = Page.numconv_obj().str2int(last.path[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for offset, page in enumerate(pages, start=1):
        page.path = Page._get_path(parent.path, parent.depth + 1, step + offset)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
    base_fields = Page._meta.concrete_fields
    bases = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
    )
    for page, base in zip(pages, bases, strict=True):
        page.id = page.page_ptr_id = base.id
    model.objects.all()._batched_insert(pages, model._meta.local_concrete_fields, None)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def _paragraphs(rng, language: str, topic: str, count: int) -> list[dict]:
    word = COMMON_WORD[language]
    text = {
        "sl": "<p>V projektu {t} {w} sodeluje s partnerji iz Evrope. Razvijamo nove storitve, "
        "usposabljamo zaposlene in delimo dobre prakse z drugimi ustanovami.</p>",
        "en": "<p>In the {t} project the {w} works with partners across Europe. We develop new "
        "services, train staff and share good practice with other institutions.</p>",
    }[language]
    blocks = [{"type": "heading", "value": {"text": topic.capitalize(), "level": "h2"}}]
    blocks += [
        {"type": "paragraph", "value": {"text": text.format(t=topic, w=word)}}
        for _ in range(rng.randint(count, count + 2))
    ]
    return blocks


def _projects(rng, count, indexes, terms, people, images):
    """``count`` projects in sl and their en translations, with their relations."""
    from project_pages.models import (
        LibraryRole,
        ProjectContact,
        ProjectLogo,
        ProjectMaterial,
        ProjectPage,
        ProjectPartner,
    )
    from project_pages.periods import Period

    specs = []
    for i in range(count):
        sl_topic, en_topic = rng.choice(TOPICS)
        start = rng.randint(2008, 2027)
        end = start + rng.randint(0, 4) if rng.random() < 0.85 else None
        specs.append(
            {
                "key": uuid.uuid4(),
                "start_year": start,
                "end_year": end,
                "topic": (sl_topic, en_topic),
                "programme": rng.choice(terms["FundingProgramme"]) if rng.random() < 0.8 else None,
                "groups": rng.sample(terms["TargetGroup"], rng.randint(1, 3)),
                "role": rng.choice(list(LibraryRole)),
                "i": i,
            }
        )
    pairs: dict[str, list] = {}
    for code, column in (("sl", 0), ("en", 1)):
        word = COMMON_WORD[code]
        pages = []
        for spec in specs:
            topic = spec["topic"][column]
            period = Period(spec["start_year"], None, spec["end_year"], None)
            programme = spec["programme"][column] if spec["programme"] else None
            pages.append(
                ProjectPage(
                    title=f"{topic.capitalize()} {spec['i']}",
                    slug=f"{'projekt' if code == 'sl' else 'project'}-{spec['i']}",
                    translation_key=spec["key"],
                    summary=f"{topic.capitalize()}: {word} in partnerji razvijajo nove storitve."
                    if code == "sl"
                    else f"{topic.capitalize()}: the {word} and its partners develop new services.",
                    start_year=spec["start_year"],
                    end_year=spec["end_year"],
                    starts_on=period.starts_on,
                    ends_on=period.ends_on,
                    goals=[{"type": "goal", "value": {"text": f"{topic} {n}"}} for n in range(3)],
                    body=_paragraphs(rng, code, topic, 2),
                    programme=programme,
                    library_role=spec["role"],
                    website=f"https://project-{spec['i']}.example.eu/",
                    seo_title="",
                    search_description=f"{topic} ({word})",
                )
            )
        pairs[code] = _bulk_pages(indexes[code], pages)
    through = ProjectPage.target_groups.through
    partners, contacts, logos, materials, groups = [], [], [], [], []
    for spec, sl_page, en_page in zip(specs, pairs["sl"], pairs["en"], strict=True):
        partner_rows = [
            (rng.choice(COUNTRIES), rng.randrange(100), rng.random() < 0.3)
            for _ in range(rng.randint(2, 6))
        ]
        person_ids = [person.pk for person in rng.sample(people, rng.randint(1, 2))]
        logo = rng.choice(images) if rng.random() < 0.4 else None
        # Partners and materials are translatable: a row and its translation share a key.
        partner_keys = [uuid.uuid4() for _ in partner_rows]
        material_key = uuid.uuid4()
        for page, column in ((sl_page, 0), (en_page, 1)):
            groups += [
                through(projectpage_id=page.pk, targetgroup_id=pair[column].pk)
                for pair in spec["groups"]
            ]
            partners += [
                ProjectPartner(
                    page_id=page.pk,
                    locale_id=page.locale_id,
                    translation_key=partner_keys[n],
                    sort_order=n,
                    organisation=f"Knjižnica partner {number}",
                    city="Mesto",
                    country=country,
                    website=f"https://partner-{number}.example/",
                    logo=rng.choice(images) if with_logo else None,
                )
                for n, (country, number, with_logo) in enumerate(partner_rows)
            ]
            contacts += [
                ProjectContact(page_id=page.pk, sort_order=n, person_id=person_id)
                for n, person_id in enumerate(person_ids)
            ]
            if logo is not None:
                logos.append(ProjectLogo(page_id=page.pk, sort_order=0, image=logo))
            materials.append(
                ProjectMaterial(
                    page_id=page.pk,
                    locale_id=page.locale_id,
                    translation_key=material_key,
                    sort_order=0,
                    title="Priročnik" if column == 0 else "Handbook",
                    external_url=f"https://project-{spec['i']}.example.eu/handbook.pdf",
                )
            )
    for model, rows in (
        (through, groups),
        (ProjectPartner, partners),
        (ProjectContact, contacts),
        (ProjectLogo, logos),
        (ProjectMaterial, materials),
    ):
        model.objects.bulk_create(rows, batch_size=500)
    return list(zip(pairs["sl"], pairs["en"], strict=True))


def _month_later(day: date, months: int) -> date | None:
    """The same day ``months`` later, or None when that month is too short for it."""
    month = day.month - 1 + months
    try:
        return day.replace(year=day.year + month // 12, month=month % 12 + 1)
    except ValueError:
        return None


def _event_schedule(rng, i: int, recurring: bool) -> dict:
    """Start, end, rule, excluded dates and changes of one event. One-off events spread over
    2024–2026 with a festival in the busy month; recurring ones run weekly or monthly for a
    few months."""
    from calendar_app.models.pages import site_zone

    zone = site_zone()
    if recurring:
        first = date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365 - 200))
        if first.weekday() == 6:  # no Sunday events: the library is closed
            first -= timedelta(days=1)
        hour = rng.choice([10, 16, 17, 18])
        start = datetime(first.year, first.month, first.day, hour, 0, tzinfo=zone)
        if i % 3:
            rule = f"FREQ=WEEKLY;BYDAY={WEEKDAYS[first.weekday()]};COUNT={rng.randint(8, 26)}"
            step = timedelta(weeks=1)
        else:
            rule = f"FREQ=MONTHLY;BYMONTHDAY={first.day};COUNT={rng.randint(4, 12)}"
            step = timedelta(days=31)
            if first.day > 28:  # every month has the day: the exclusions below are real dates
                first = first.replace(day=28)
                start = start.replace(day=28)
                rule = f"FREQ=MONTHLY;BYMONTHDAY=28;COUNT={rng.randint(4, 12)}"
        # Dates the rule gives after the first, for an excluded date and a cancelled one.
        occurrences = [_month_later(first, n) for n in range(1, 5)]
        if step.days == 7:
            occurrences = [first + step * n for n in range(1, 5)]
        occurrences = [day for day in occurrences if day is not None]
        excluded = occurrences[1:2] if i % 4 == 0 else []
        changes = []
        if i % 5 == 0 and len(occurrences) > 2:
            changes = [{"original_date": occurrences[2], "change": "CANCELLED"}]
        return {
            "start": start,
            "end": start + timedelta(hours=1, minutes=30),
            "all_day": False,
            "rule": rule,
            "excluded": excluded,
            "changes": changes,
        }
    if i % 4 == 0:
        year, month = BUSY_MONTH
        day = date(year, month, 1) + timedelta(days=rng.randrange(31))
    else:
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    start = datetime(day.year, day.month, day.day, rng.choice([9, 11, 17, 18, 19]), 0, tzinfo=zone)
    all_day = i % 17 == 0
    return {
        "start": start,
        "end": start + (timedelta(days=2) if all_day else timedelta(hours=2)),
        "all_day": all_day,
        "rule": "",
        "excluded": [],
        "changes": [],
    }


def _events(rng, count, indexes, terms, images, projects):
    """``count`` events in sl and en: ``RECURRING`` of them weekly or monthly, some with an
    excluded date or a cancelled occurrence; one in five tied to a project."""
    from calendar_app import recurrence
    from calendar_app.models import EventExcludedDate, EventOccurrenceChange, EventPage
    from calendar_app.models.pages import site_zone

    zone = site_zone()
    specs = []
    for i in range(count):
        schedule = _event_schedule(rng, i, recurring=i < RECURRING)
        project = rng.choice(projects) if rng.random() < 0.2 else None
        specs.append(
            {
                **schedule,
                "i": i,
                "key": uuid.uuid4(),
                "topic": rng.choice(TOPICS),
                "category": rng.choice(terms["EventCategory"]),
                "audiences": rng.sample(terms["TargetGroup"], rng.randint(1, 2)),
                "venue": rng.choice(terms["Venue"]),
                "image": rng.choice(images) if rng.random() < 0.5 else None,
                "project": project,
                "price": "" if rng.random() < 0.7 else "5 EUR",
                "uid": uuid.uuid4(),
            }
        )
    pairs: dict[str, list] = {}
    for code, column in (("sl", 0), ("en", 1)):
        word = COMMON_WORD[code]
        pages = []
        for spec in specs:
            topic = spec["topic"][column]
            schedule = recurrence.Schedule(
                start=spec["start"],
                end=spec["end"],
                all_day=spec["all_day"],
                rule=spec["rule"],
                excluded_dates=frozenset(spec["excluded"]),
                changes=tuple(
                    recurrence.OccurrenceChange(
                        original_date=c["original_date"], status=recurrence.Status.CANCELLED
                    )
                    for c in spec["changes"]
                ),
                status="SCHEDULED",
            )
            kind = spec["category"][column].name
            pages.append(
                EventPage(
                    title=f"{kind}: {topic} {spec['i']}",
                    slug=f"{'dogodek' if code == 'sl' else 'event'}-{spec['i']}",
                    translation_key=spec["key"],
                    summary=f"{kind} o temi {topic}; {word} vabi vse bralce."
                    if code == "sl"
                    else f"A {kind.lower()} on {topic}; the {word} welcomes every reader.",
                    body=_paragraphs(rng, code, topic, 1),
                    image=spec["image"],
                    start=spec["start"],
                    end=spec["end"],
                    all_day=spec["all_day"],
                    recurrence_rule=spec["rule"],
                    venue=spec["venue"][column],
                    online_url="",
                    price=spec["price"],
                    related_project=spec["project"][column] if spec["project"] else None,
                    series_end=recurrence.series_end(schedule, zone),
                    ical_uid=spec["uid"] if code == "sl" else uuid.uuid4(),
                    seo_title="",
                    search_description="",
                )
            )
        pairs[code] = _bulk_pages(indexes[code], pages)
    categories = EventPage.categories.through
    audiences = EventPage.audiences.through
    rows: dict = {categories: [], audiences: [], EventExcludedDate: [], EventOccurrenceChange: []}
    for spec, sl_page, en_page in zip(specs, pairs["sl"], pairs["en"], strict=True):
        for page, column in ((sl_page, 0), (en_page, 1)):
            rows[categories].append(
                categories(eventpage_id=page.pk, eventcategory_id=spec["category"][column].pk)
            )
            rows[audiences] += [
                audiences(eventpage_id=page.pk, targetgroup_id=pair[column].pk)
                for pair in spec["audiences"]
            ]
            rows[EventExcludedDate] += [
                EventExcludedDate(page_id=page.pk, sort_order=n, date=day)
                for n, day in enumerate(spec["excluded"])
            ]
            rows[EventOccurrenceChange] += [
                EventOccurrenceChange(page_id=page.pk, sort_order=n, **change)
                for n, change in enumerate(spec["changes"])
            ]
    for model, objects in rows.items():
        model.objects.bulk_create(objects, batch_size=500)
    return list(zip(pairs["sl"], pairs["en"], strict=True))
