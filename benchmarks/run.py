"""``make bench``: generate (or reuse) the large site, measure the issue's pairs cold and every
operation warm, check the query counts, run the load test, and write ``benchmarks/RESULTS.md``.

In-process measurements use Django's test ``Client`` (every middleware, URL routing, the
GraphQL view, the database; no sockets), so times are the server's own work; see
``benchmarks.measure`` for how requests are timed and interleaved. "Cold" is the response cache
switched off (``RESPONSE_CACHE=False``): every request executes its query. "Warm" is the
response cache on, after one priming request whose next request must be a ``HIT``. The load
test then runs the same operations over HTTP against gunicorn (``benchmarks.loadtest``).

Environment: ``DATABASE_URL`` (default: the cached SQLite file) and the options of
``benchmarks.budget`` (``BENCH_ROUNDS``, ``BENCH_COLD_SECONDS``, ``BENCH_WARM_ROUNDS``,
``BENCH_SEED``, ``BENCH_LOAD``, ``BENCH_LOAD_SECONDS``, ``BENCH_PROFILE``).
"""

import json
import os
import sys
import time

from . import budget
from .measure import Rounds, interleaved, profile, timed


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
    from calendar_app.models import MaterialisedSeries

    from .scenarios import graphql_url, month_range

    facts = {}
    facts["materialised_events"] = MaterialisedSeries.objects.count()
    if facts["materialised_events"] < 4000:
        raise SystemExit(
            f"Only {facts['materialised_events']} events have their occurrences in the table: "
            "the calendar would be measured expanding at read time. Regenerate (bump VERSION)."
        )
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
        grid_days = (grid["weeks"][0]["days"][0]["date"], grid["weeks"][-1]["days"][-1]["date"])
        facts[f"expanded_grid_{name}"] = expanded_events(*grid_days)
        facts[f"expanded_{name}"] = expanded_events(start, end)
    if facts["occurrences_busy"] < 100:
        raise SystemExit(f"The busiest month shows only {facts['occurrences_busy']} occurrences.")
    return facts


def expanded_events(first: str, last: str) -> int:
    """Public sl events overlapping the days whose occurrence rows do not cover them (an old
    month of an endless series): these are expanded at read time, which reads their excluded
    dates and changes (2 queries more, however many such events there are)."""
    from datetime import date

    from wagtail.models import Locale

    from calendar_app.models.materialised import covering
    from calendar_app.occurrences import local_day_bounds
    from calendar_app.selectors import EventFilters, overlapping, visible_events

    start, end = local_day_bounds(date.fromisoformat(first), date.fromisoformat(last))
    events = visible_events(EventFilters(locale=Locale.objects.get(language_code="sl")))
    return (
        overlapping(events, window_start=start, window_end=end)
        .exclude(covering(start, end))
        .count()
    )


def measure_cold(client, requests) -> Rounds:
    """Every cold request in shuffled rounds, the response cache off; a ``HIT`` would mean the
    switch did not bypass the cache, and the figures would not be cold."""
    from django.test import override_settings

    urls = {key: request.url for key, request in requests.items()}
    with override_settings(RESPONSE_CACHE=False):
        cold = interleaved(
            client,
            urls,
            rounds=budget.ROUNDS,
            seconds=budget.COLD_SECONDS,
            min_rounds=budget.MIN_ROUNDS,
            seed=budget.SEED,
        )
    hits = sorted({key for r in cold.rounds for key, s in r.items() if s.x_cache == "HIT"})
    if hits:
        raise SystemExit(f"Cold requests answered from the response cache: {hits}")
    return cold


def measure_warm(client, requests) -> dict:
    """Cache hits of every cacheable GraphQL request (``PagePreview`` is never cached), in
    shuffled rounds after a priming miss and one request that must answer ``HIT``."""
    from django.core.cache import cache
    from django.test import override_settings

    urls = {
        key: request.url
        for key, request in requests.items()
        if request.url.startswith("/graphql/") and key != "f-PagePreview"
    }
    cache.clear()
    with override_settings(RESPONSE_CACHE=True):
        misses = {key: timed(client, url) for key, url in urls.items()}
        checks = {key: timed(client, url) for key, url in urls.items()}
        not_hit = {k: s.x_cache or "no X-Cache" for k, s in checks.items() if s.x_cache != "HIT"}
        rounds = interleaved(
            client,
            {key: url for key, url in urls.items() if key not in not_hit},
            rounds=budget.WARM_ROUNDS,
            seconds=60,
            min_rounds=5,
            seed=budget.SEED + 1,
        )
    for r in rounds.rounds:
        for key, sample in r.items():
            if sample.x_cache != "HIT":
                not_hit.setdefault(key, f"{sample.x_cache or 'no X-Cache'} in a timed round")
    return {"rounds": rounds, "misses": misses, "not_hit": not_hit}


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
    facts["loadavg_start"] = os.getloadavg()[0]
    print(f"Generated site checked: {facts}", flush=True)

    requests, same = scenarios.cold_requests(marker, hashes)
    print(f"Cold: {len(requests)} requests per round, seed {budget.SEED}…", flush=True)
    cold = measure_cold(client, requests)
    print(f"Cold: {len(cold.rounds)} rounds in {cold.seconds:.0f} s", flush=True)
    for pair in scenarios.PAIRS:
        print(
            f"  {requests[pair.graphql].label} / {requests[pair.rest].label}: CPU "
            f"{cold.ratio(pair.graphql, pair.rest, 'cpu'):.2f}, wall "
            f"{cold.ratio(pair.graphql, pair.rest, 'wall'):.2f}",
            flush=True,
        )
    warm = measure_warm(client, requests)
    print(
        f"Warm: {len(warm['rounds'].rounds)} rounds in {warm['rounds'].seconds:.0f} s; "
        f"not HIT: {warm['not_hit'] or 'none'}",
        flush=True,
    )
    if budget.PROFILE:
        for path in profile(client, [requests[key] for key in report.MAIN]):
            print(f"Profile written: {path}", flush=True)
    load = loadtest.run(marker, hashes) if budget.LOAD else None
    connection.close()
    text = report.write(
        requests=requests,
        same=same,
        cold=cold,
        warm=warm,
        load=load,
        facts=facts,
        marker=marker,
        wall_seconds=time.monotonic() - wall_started,
    )
    print(text)


if __name__ == "__main__":
    sys.exit(main())
