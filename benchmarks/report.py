"""``benchmarks/RESULTS.md``: one section per database, each replaced by that database's latest
run (so a SQLite run and a PostgreSQL run sit side by side), with the machine, the commit, the
tables and the targets checked against the measurements."""

import datetime
import platform
import re
import subprocess
from pathlib import Path

import django
import wagtail
from django.db import connection

from .budget import CELL_SECONDS as CELL
from .budget import ITERATIONS as ITER

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
MAIN = ["a", "b", "c", "d", "e"]
HEADER = """# Benchmark results

Written by `make bench` (`benchmarks/run.py`); see `benchmarks/README.md` for how to read it.
Latencies are milliseconds through Django's full request path in one process (test `Client`,
no network); SQL is the number of queries one cold request runs. *Cold*: the response cache off,
every request executes the query. *Warm*: the response cache on, after one priming request.
*Miss SQL*: that priming request, a response-cache miss right after the cache was emptied; it
also works out the entry's lifetime (the next page expiry) and refills Wagtail's own cache of
site root paths, which emptying the cache dropped.
"""


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    cores = Path("/proc/cpuinfo").read_text().count("\nprocessor") + 1
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return (
        f"{cpu}, {cores} cores, {mem_kb / 1024 / 1024:.0f} GiB RAM; Python "
        f"{platform.python_version()}, Django {django.get_version()}, Wagtail "
        f"{wagtail.__version__}; {database()}"
    )


def database() -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
        cursor.execute("SELECT sqlite_version()")
        return f"SQLite {cursor.fetchone()[0]}"


def commit() -> str:
    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=HERE.parent, capture_output=True, text=True, check=False
        ).stdout.strip()

    head = git("rev-parse", "HEAD")
    return head + (" + uncommitted changes" if git("status", "--porcelain") else "")


def ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def table(rows, rest) -> str:
    lines = [
        "| scenario | SQL | miss SQL | cold p50 | cold p95 | warm p50 | warm p95 | warm speed-up "
        "| REST v2 p50 / p95 | REST v2 SQL | GraphQL cold / REST v2 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, (request, cold, warm) in rows.items():
        speedup = f"{cold.p50 / warm.p50:.1f}×" if warm.p50 else "–"
        v2 = rest.get(f"{key}-v2")
        rest_cells = "– | – | –"
        if v2 is not None:
            measured = v2[1]
            rest_cells = (
                f"{ms(measured.p50)} / {ms(measured.p95)} | {measured.sql} | "
                f"{cold.p50 / measured.p50:.2f}"
            )
        warm_cells = f"{ms(warm.p50)} | {ms(warm.p95)}"
        if warm.cache_header != "HIT":
            warm_cells += " (no HIT)"
        lines.append(
            f"| {request.label} | {cold.sql} | {cold.miss_queries} | {ms(cold.p50)} "
            f"| {ms(cold.p95)} | {warm_cells} "
            f"| {speedup} | {rest_cells} |"
        )
    return "\n".join(lines)


def rest_table(rest) -> str:
    lines = ["| request | SQL | p50 | p95 | status |", "| --- | ---: | ---: | ---: | ---: |"]
    for request, measured in rest.values():
        lines.append(
            f"| {request.label} `{request.url}` | {measured.sql} | {ms(measured.p50)} | "
            f"{ms(measured.p95)} | {measured.status} |"
        )
    return "\n".join(lines)


#: The statements a listing spends on images: the images and their renditions.
IMAGE_QUERIES = 2


def verdict(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


def targets(rows, rest, facts) -> str:
    a, a5 = rows["a"][1], rows["a5"][1]
    c, c_quiet, d, d_quiet = rows["c"][1], rows["c-quiet"][1], rows["d"][1], rows["d-quiet"][1]
    lines = []
    constant = a.sql == a5.sql and a.sql <= 10
    lines.append(
        f"- Query count of (a) constant in page size and at most 10: {a5.sql} queries at "
        f"perPage 5, {a.sql} at perPage 20 — {verdict(constant)}."
    )
    for label, busy, quiet, images in (
        ("(c) CalendarMonth", c, c_quiet, False),
        ("(d) EventList", d, d_quiet, True),
    ):
        # An image is loaded (image, renditions) only when some listed event has one: the
        # quiet month's demo events have none.
        image_queries = IMAGE_QUERIES if images and not facts["with_image_quiet"] else 0
        same = busy.sql == quiet.sql + image_queries
        because = (
            f" ({image_queries} of them the images and their renditions, which the quiet "
            "month's events do not have)"
            if image_queries and same
            else ""
        )
        lines.append(
            f"- Query count of {label} constant in the number of events: {quiet.sql} queries for "
            f"the quiet month ({facts['occurrences_quiet']} occurrences of "
            f"{facts['distinct_events_quiet']} events), {busy.sql} for the busiest "
            f"({facts['occurrences_busy']} occurrences of {facts['distinct_events_busy']} events)"
            f"{because} — {verdict(same)}."
        )
    for key in ("a", "b"):
        cold = rows[key][1]
        v2 = rest[f"{key}-v2"][1]
        ratio = cold.p50 / v2.p50
        lines.append(
            f"- Cold {rows[key][0].label} ≤ 0.5× REST v2: {ms(cold.p50)} ms vs {ms(v2.p50)} ms "
            f"(p50), ratio {ratio:.2f} — {verdict(ratio <= 0.5)}."
            + ("" if ratio <= 0.5 else " " + where_the_time_goes(cold, v2))
        )
    slow = [
        f"{rows[key][0].label} {rows[key][1].p50 / rows[key][2].p50:.1f}×"
        for key in MAIN
        if rows[key][1].p50 / rows[key][2].p50 < 10
    ]
    not_hit = [rows[key][0].label for key in MAIN if rows[key][2].cache_header != "HIT"]
    warm_ok = not slow and not not_hit
    detail = "every main scenario" if warm_ok else "short: " + ", ".join(slow + not_hit)
    lines.append(f"- Warm ≥ 10× faster than cold (p50): {detail} — {verdict(warm_ok)}.")
    within = c.p95 <= a.p95
    lines.append(
        f"- CalendarMonth of the busiest month within the cold budget of (a): p50 "
        f"{ms(c.p50)} vs {ms(a.p50)} ms, p95 {ms(c.p95)} vs {ms(a.p95)} ms — "
        f"{verdict(within)}." + ("" if within else " " + where_the_time_goes(c))
    )
    return "\n".join(lines)


def where_the_time_goes(cold, rest=None) -> str:
    """Why a time target is missed, from what was measured: SQL against the rest."""
    python = max(cold.p50 - cold.sql_p50, 0)
    text = (
        f"Why: at p50, {ms(cold.sql_p50)} ms of the {ms(cold.p50)} ms is SQL ({cold.sql} "
        f"queries); the other {ms(python)} ms is Python: Django building the queries and "
        f"models, and graphql-core resolving the answer's {cold.values} values one field at a "
        "time."
    )
    if rest is not None:
        text += (
            f" REST v2 spends {ms(rest.sql_p50)} ms of its {ms(rest.p50)} ms in SQL "
            f"({rest.sql} queries) for {rest.values} values."
        )
    return text


def load_section(load) -> str:
    if load is None:
        return "Load test skipped (`BENCH_LOAD=0`)."
    lines = [
        f"gunicorn (`cms.settings.production`, {load['workers']} workers, Redis cache) on "
        f"127.0.0.1; locust, {load['users']} users, {load['seconds']} s, every contract "
        f"operation by GET (persisted hash), response cache on.",
        "",
        f"**{load['rps']:.0f} requests/s**, {load['requests']} requests, "
        f"**{load['failures']} failures**, p50 {load['p50']:.0f} ms, **p95 {load['p95']:.0f} ms**.",
        "",
        "| operation | requests | failures | p50 | p95 |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, row in sorted(load["per_operation"].items()):
        lines.append(
            f"| {name} | {row['requests']} | {row['failures']} | {row['p50']:.0f} | "
            f"{row['p95']:.0f} |"
        )
    return "\n".join(lines)


def section(*, rows, rest, load, facts, marker, wall_seconds) -> str:
    vendor = connection.vendor
    main_rows = {key: rows[key] for key in MAIN}
    other_rows = {key: value for key, value in rows.items() if key not in MAIN}
    notes = {m.note for _, m, _ in rows.values() if m.note}
    extra = "; " + ", ".join(notes) if notes else ""
    cold_counts = ", ".join(f"{key} {len(row[1].times)}" for key, row in rows.items())
    return f"""<!-- BEGIN {vendor} -->
## {database()}

- Machine: {machine()}
- Commit: `{commit()}`
- Date: {datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")}
- Wall time of `make bench`: **{wall_seconds:.0f} s** (generation of this database when it was
  built: {marker.generated_seconds} s; reused runs skip it)
- Site: {marker.counts}; the API lists {facts["projects_sl"]} projects in sl and
  {facts["projects_en"]} in en; the busiest month {marker.busy_month[0]}-{marker.busy_month[1]:02d}
  has {facts["occurrences_busy"]} occurrences ({facts["distinct_events_busy"]} events) in the
  calendar grid and {facts["events_busy"]} in `events` (capped at 500).
- Timed requests per cell: warm and cold each up to {ITER} or {CELL} s (at least 1; the first
  cold one is the warm series' priming miss); cold samples: {cold_counts}{extra}.

### Scenarios

{table(main_rows, rest)}

### Scaling checks and (f) every persisted operation

{table(other_rows, rest)}

### REST APIs (same content as (a) and (b))

{rest_table(rest)}

REST v3's listing serves only the base page fields (no `fields=` for api_fields in v3), so the
ratio is taken against v2, which serves the card's fields.

### Targets

{targets(rows, rest, facts)}

### Load test

{load_section(load)}
<!-- END {vendor} -->
"""


def write(**measured) -> str:
    new = section(**measured)
    vendor = connection.vendor
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    pattern = re.compile(rf"<!-- BEGIN {vendor} -->.*?<!-- END {vendor} -->\n", re.S)
    text = pattern.sub(lambda _: new, text) if pattern.search(text) else text + "\n" + new
    RESULTS.write_text(text, encoding="utf-8")
    return new
