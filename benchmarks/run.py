"""``make bench``: generate (or reuse) the large site, measure every scenario through Django's
full request path, run the load test, and write ``benchmarks/RESULTS.md``.

In-process measurements use Django's test ``Client`` (every middleware, URL routing, the
GraphQL view, the database; no sockets), so latencies are the server's own work. SQL is counted
with ``connection.execute_wrapper``. "Cold" is the response cache switched off
(``RESPONSE_CACHE=False``): every request executes its query. "Warm" is the response cache on,
after one priming request. The load test then runs the same operations over HTTP against
gunicorn (``benchmarks.loadtest``).

Environment: ``DATABASE_URL`` (default: the cached SQLite file), ``BENCH_ITERATIONS`` (30),
``BENCH_CELL_SECONDS`` (20: a series stops after this long, with at least one sample),
``BENCH_LOAD=0`` to skip the load test, ``BENCH_LOAD_SECONDS`` (60), ``BENCH_USERS`` (50).
"""

import json
import os
import statistics
import sys
import time
from dataclasses import dataclass, field

from .budget import CELL_SECONDS, ITERATIONS


@dataclass
class Measured:
    """Latencies (ms) and SQL query counts of one URL, cold or warm."""

    times: list[float] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)
    #: Milliseconds each request spent executing SQL (in the driver's ``execute``).
    sql_times: list[float] = field(default_factory=list)
    #: Scalar values in the last JSON answer: how much a serializer or graphql-core built.
    values: int = 0
    cache_header: str = ""
    status: int = 0
    note: str = ""
    #: Queries of the warm series' priming request: a response-cache miss right after the
    #: cache was emptied (see ``measure_pair``); not part of ``queries``.
    miss_queries: int | None = None

    @property
    def p50(self) -> float:
        return statistics.median(self.times)

    @property
    def p95(self) -> float:
        ordered = sorted(self.times)
        return ordered[max(0, round(0.95 * len(ordered)) - 1)]

    @property
    def sql_p50(self) -> float:
        return statistics.median(self.sql_times) if self.sql_times else 0.0

    @property
    def sql(self) -> int:
        """Queries per request in the steady state (the most any timed request ran)."""
        return max(self.queries) if self.queries else self.miss_queries


def create_postgres_database() -> None:
    """Create the benchmark's PostgreSQL database when it does not exist yet."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return
    import environ
    import psycopg

    config = environ.Env.db_url_config(url)
    with psycopg.connect(
        dbname="postgres",
        user=config.get("USER") or "postgres",
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or "127.0.0.1",
        port=config.get("PORT") or 5432,
        autocommit=True,
    ) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{config["NAME"]}"')


def _timed(client, url: str, result: "Measured") -> None:
    from django.db import connection

    count = 0
    sql_ms = 0.0

    def counter(execute, sql, params, many, context):
        nonlocal count, sql_ms
        count += 1
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            sql_ms += (time.perf_counter() - started) * 1000

    with connection.execute_wrapper(counter):
        started = time.perf_counter()
        response = client.get(url)
        _ = response.content
        elapsed = (time.perf_counter() - started) * 1000
    result.times.append(elapsed)
    result.queries.append(count)
    result.sql_times.append(sql_ms)
    if "json" in response.get("Content-Type", ""):
        result.values = _scalars(json.loads(response.content))
    result.status = response.status_code
    result.cache_header = response.get("X-Cache", "")


def _scalars(value) -> int:
    if isinstance(value, dict):
        return sum(_scalars(item) for item in value.values())
    if isinstance(value, list):
        return sum(_scalars(item) for item in value)
    return 1


def measure_pair(client, url: str) -> tuple["Measured", "Measured"]:
    """Cold and warm figures of one URL. The priming request of the warm series is a miss that
    executes the query: it is the first cold sample. Then warm requests, then cold ones
    (response cache off), each series until ``ITERATIONS`` or ``CELL_SECONDS`` (at least one
    sample each), so a pathologically slow or uncached operation is measured without blowing
    the budget."""
    from django.core.cache import cache
    from django.test import override_settings

    cold, warm = Measured(), Measured()
    cache.clear()
    with override_settings(RESPONSE_CACHE=True):
        _timed(client, url, cold)
        cold.miss_queries = cold.queries.pop()
        cold.sql_times.pop()
        started = time.monotonic()
        while len(warm.times) < ITERATIONS and (
            not warm.times or time.monotonic() - started < CELL_SECONDS
        ):
            _timed(client, url, warm)
    if cold.times[0] >= CELL_SECONDS * 1000:  # one execution already used the whole budget
        return cold, warm
    started = time.monotonic()
    with override_settings(RESPONSE_CACHE=False):
        while len(cold.times) < ITERATIONS and time.monotonic() - started < CELL_SECONDS:
            _timed(client, url, cold)
            if cold.cache_header == "HIT":  # the switch did not bypass the cache
                cache.clear()
                cold.note = "cache cleared between cold requests"
    return cold, warm


def measure(client, url: str) -> "Measured":
    """Cold figures only (the REST APIs have no response cache)."""
    result = Measured()
    client.get(url)
    started = time.monotonic()
    while len(result.times) < ITERATIONS and (
        not result.times or time.monotonic() - started < CELL_SECONDS
    ):
        _timed(client, url, result)
    return result


def answer(client, url: str) -> dict:
    from django.test import override_settings

    with override_settings(RESPONSE_CACHE=False):
        response = client.get(url)
    body = json.loads(response.content)
    if response.status_code != 200 or body.get("errors"):
        raise SystemExit(f"{url} answered {response.status_code}: {response.content[:500]!r}")
    return body


def check_generated(client, marker, hashes) -> dict:
    """The API must see the generated pages as public: totals per language, events per
    month. Returns what the report quotes."""
    from .scenarios import graphql_url, month_range

    facts = {}
    for code in ("sl", "en"):
        url = graphql_url("ProjectList", {"locale": code, "perPage": 5}, hashes)
        total = answer(client, url)["data"]["projects"]["pagination"]["total"]
        facts[f"projects_{code}"] = total
        if total != 1000:
            raise SystemExit(f"ProjectList {code} total is {total}, expected 1000.")
    for name, (year, month) in (("busy", marker.busy_month), ("quiet", marker.quiet_month)):
        start, end = month_range(year, month)
        events = answer(
            client,
            graphql_url(
                "EventList", {"locale": "sl", "from": start, "to": end, "limit": 500}, hashes
            ),
        )["data"]["events"]
        grid = answer(
            client,
            graphql_url("CalendarMonth", {"locale": "sl", "year": year, "month": month}, hashes),
        )["data"]["calendarMonth"]
        days = [day for week in grid["weeks"] for day in week["days"] if day["inMonth"]]
        facts[f"events_{name}"] = len(events)
        facts[f"with_image_{name}"] = sum(1 for o in events if o["event"]["image"] is not None)
        facts[f"occurrences_{name}"] = sum(day["occurrenceCount"] for day in days)
        facts[f"distinct_events_{name}"] = len(
            {o["event"]["id"] for day in days for o in day["occurrences"]}
        )
    if facts["occurrences_busy"] < 100:
        raise SystemExit(f"The busiest month shows only {facts['occurrences_busy']} occurrences.")
    return facts


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
    wall_started = time.monotonic()
    create_postgres_database()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from . import generate, loadtest, report, scenarios

    marker = generate.ensure()
    call_command("migrate", verbosity=0, interactive=False)  # code may have moved on since
    hashes = scenarios.manifest()
    client = Client()
    facts = check_generated(client, marker, hashes)
    print(f"Generated site checked: {facts}", flush=True)

    rows = {}
    for request in [
        *scenarios.main_scenarios(marker, hashes),
        *scenarios.scaling_scenarios(marker, hashes),
        *scenarios.contract_cases(marker, hashes),
    ]:
        same = [key for key, row in rows.items() if row[0].url == request.url]
        if same:  # (f) repeats a main scenario's request: measured once
            rows[request.key] = (request, *rows[same[0]][1:])
            continue
        cold, warm = measure_pair(client, request.url)
        rows[request.key] = (request, cold, warm)
        print(
            f"{request.label:48} sql {cold.sql:3}  cold p50 {cold.p50:8.1f} ms  "
            f"warm p50 {warm.p50:6.1f} ms ({warm.cache_header or 'no X-Cache'})",
            flush=True,
        )
    rest = {}
    for requests in scenarios.rest_requests(marker).values():
        for request in requests:
            measured = measure(client, request.url)
            rest[request.key] = (request, measured)
            print(
                f"{request.label:48} sql {measured.sql:3}  p50 {measured.p50:8.1f} ms  "
                f"status {measured.status}",
                flush=True,
            )
    load = None
    if os.environ.get("BENCH_LOAD", "1") != "0":
        load = loadtest.run(marker, hashes)
    connection.close()
    wall = time.monotonic() - wall_started
    text = report.write(
        rows=rows, rest=rest, load=load, facts=facts, marker=marker, wall_seconds=wall
    )
    print(text)


if __name__ == "__main__":
    sys.exit(main())
