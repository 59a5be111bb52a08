"""``benchmarks/RESULTS.md``: one section per database, each replaced by that database's latest
run (so a SQLite run and a PostgreSQL run sit side by side): the targets first, then where the
time goes, each side's figures, the query counts, the machine and the commit. The tables
themselves are built in ``benchmarks.tables``."""

import datetime
import os
import platform
import re
import subprocess
from pathlib import Path

import django
import wagtail
from django.db import connection

from . import budget
from .tables import load_section, pairs_table, requests_table, targets, where_the_time_goes

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
#: The GraphQL scenarios of the pairs (profiled with ``BENCH_PROFILE=1``).
MAIN = ["a", "b", "s", "c", "d", "g", "e"]
HEADER = """# Benchmark results

Written by `make bench` (`benchmarks/run.py`); see `benchmarks/README.md` for the method and how
to read it. In short: one process, Django's full request path (test `Client`, no network); cold
(response cache off) requests of every pair interleaved in shuffled rounds; a ratio is the
median of the per-round GraphQL/REST ratios, of CPU time (this thread) and of wall time; the
targets are judged on CPU time. Times are milliseconds.
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
    return head + (
        " + uncommitted changes"
        if git(
            "status", "--porcelain", "--untracked-files=no", "--", ".", ":!benchmarks/RESULTS.md"
        )
        else ""
    )


def section(*, requests, same, cold, warm, load, facts, marker, wall_seconds) -> str:
    vendor = connection.vendor
    warm_rounds = warm["rounds"]
    busy = f"{marker.busy_month[0]}-{marker.busy_month[1]:02d}"
    return f"""<!-- BEGIN {vendor} -->
## {database()}

Cold: **{len(cold.rounds)} rounds** of {len(requests)} requests in {cold.seconds:.0f} s, each
request warmed up once, then once per round in an order shuffled with **seed {cold.seed}**
(`BENCH_SEED`). Warm: {len(warm_rounds.rounds)} rounds of cache hits (seed
{warm_rounds.seed}). Wall time of this `make bench`: **{wall_seconds:.0f} s**.

### Targets

{targets(requests, cold, warm, facts)}

### Where the time goes (missed targets, medians of this run)

{where_the_time_goes(requests, cold, warm)}

### Cold pairs: each side's median (ms)

{pairs_table(requests, cold)}

### Every request: cold and warm (ms)

{requests_table(requests, same, cold, warm)}

*SQL*: queries per cold request; *miss SQL*: the priming request of the warm series, a
response-cache miss right after the cache was emptied (it also works out the entry's lifetime
and refills Wagtail's cache of site root paths).

### Machine and site

- Machine: {machine()}
- Load average (1 min) when the measuring started: {facts["loadavg_start"]:.1f}; when the
  report was written: {os.getloadavg()[0]:.1f} (other processes share the cores; absolute
  times, the warm ones included, grow with it, ratios much less)
- Commit: `{commit()}`
- Date: {datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")}
- Options: `BENCH_ROUNDS={budget.ROUNDS}`, `BENCH_COLD_SECONDS={budget.COLD_SECONDS:.0f}`,
  `BENCH_WARM_ROUNDS={budget.WARM_ROUNDS}`, `BENCH_LOAD={int(budget.LOAD)}`
- Generation of this database when it was built: {marker.generated_seconds} s (reused runs
  skip it)
- Site: {marker.counts}; the API lists {facts["projects_sl"]} projects in sl and
  {facts["projects_en"]} in en; the busiest month {busy} has {facts["occurrences_busy"]}
  occurrences ({facts["distinct_events_busy"]} events) in the calendar grid and
  {facts["events_busy"]} in `events` (capped at 500).

### Load test

{load_section(load)}
<!-- END {vendor} -->
"""


def write(**measured) -> str:
    """Replace this database's section (or add it) and refresh the header above the sections."""
    new = section(**measured)
    vendor = connection.vendor
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    first = text.find("<!-- BEGIN ")
    text = HEADER + ("\n" + text[first:] if first >= 0 else "")
    pattern = re.compile(rf"<!-- BEGIN {vendor} -->.*?<!-- END {vendor} -->\n", re.S)
    text = pattern.sub(lambda _: new, text) if pattern.search(text) else text + "\n" + new
    RESULTS.write_text(text, encoding="utf-8")
    return new
