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
from dataclasses import asdict, dataclass, field

from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from calendar_app.models import EventIndexPage, EventPage
from project_pages.models import ProjectIndexPage, ProjectPage

from .site.events import create_events
from .site.projects import create_projects
from .site.snippets import create_images, create_people, create_terms
from .site.vocabulary import BUSY_MONTH, QUIET_MONTH

VERSION = "bench-gen-4"
PROJECTS = 1000
EVENTS = 2000
MARKER_TABLE = "bench_generator_marker"
SEED = 20250101


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
    # Pages written in bulk send no page_published: their occurrences are written as the
    # daily job would fill them.
    call_command("materialise_occurrences", all=True, stdout=_Quiet())
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
    rng = random.Random(SEED)
    locales = {code: Locale.objects.get(language_code=code) for code in ("sl", "en")}
    with transaction.atomic():
        terms = create_terms(locales)
        people = create_people(rng)
        images = create_images(rng)
        project_indexes = {
            code: ProjectIndexPage.objects.get(locale=locale) for code, locale in locales.items()
        }
        event_indexes = {
            code: EventIndexPage.objects.get(locale=locale) for code, locale in locales.items()
        }
        existing = ProjectPage.objects.filter(locale=locales["sl"]).count()
        projects = create_projects(rng, PROJECTS - existing, project_indexes, terms, people, images)
        existing = EventPage.objects.filter(locale=locales["sl"]).count()
        events = create_events(rng, EVENTS - existing, event_indexes, terms, images, projects)
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
