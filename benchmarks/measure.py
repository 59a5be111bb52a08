"""Timing requests in one process: each request's CPU time, wall time and SQL, and rounds in which
every request of a set runs once, in a shuffled order.

Why interleaved rounds: on a shared machine the speed available to the process changes from
second to second (other processes, CPU frequency, the database's caches). Measuring one series
after the other lets that drift land on one side of a comparison; within a round both sides of
a pair run under the same conditions, so the ratio of a round is meaningful even when the round
as a whole was slow, and the median of the per-round ratios discards the rounds a burst of
noise hit. CPU time (``time.thread_time``: this thread only) leaves out the time the process
waited, so it is steadier than wall time; wall time includes waiting, notably for a database
server in another process (PostgreSQL), whose work CPU time does not see.
"""

import gc
import json
import random
import statistics
import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sample:
    """One timed request: milliseconds of CPU and of wall time, and its SQL."""

    cpu: float
    wall: float
    sql: int
    #: Time spent inside the database driver's ``execute`` (wall and this thread's CPU).
    sql_wall: float
    sql_cpu: float
    status: int
    x_cache: str
    size: int
    #: Scalar values in the JSON answer: how much a serializer or graphql-core built.
    values: int


@dataclass
class Series:
    """The samples of one request across rounds, with the figures the report quotes."""

    samples: list[Sample] = field(default_factory=list)

    def median(self, attr: str) -> float:
        return statistics.median(getattr(s, attr) for s in self.samples)

    def p95(self, attr: str) -> float:
        ordered = sorted(getattr(s, attr) for s in self.samples)
        return ordered[max(0, round(0.95 * len(ordered)) - 1)]

    @property
    def sql(self) -> int:
        """Queries per request (the most any timed request ran: they should all agree)."""
        return max(s.sql for s in self.samples)

    @property
    def last(self) -> Sample:
        return self.samples[-1]


def scalars(value) -> int:
    if isinstance(value, dict):
        return sum(scalars(item) for item in value.values())
    if isinstance(value, list):
        return sum(scalars(item) for item in value)
    return 1


def timed(client, url: str) -> Sample:
    """Request ``url`` once through Django's full request path, after collecting garbage so a
    collection the previous request left due does not land on this one."""
    from django.db import connection

    count = 0
    sql_wall = sql_cpu = 0.0

    def counter(execute, sql, params, many, context):
        nonlocal count, sql_wall, sql_cpu
        count += 1
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return execute(sql, params, many, context)
        finally:
            sql_cpu += (time.thread_time() - cpu) * 1000
            sql_wall += (time.perf_counter() - wall) * 1000

    gc.collect()
    with connection.execute_wrapper(counter):
        wall, cpu = time.perf_counter(), time.thread_time()
        response = client.get(url)
        content = response.content
        cpu, wall = (time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000
    values = 0
    if "json" in response.get("Content-Type", ""):
        values = scalars(json.loads(content))
    return Sample(
        cpu=cpu,
        wall=wall,
        sql=count,
        sql_wall=sql_wall,
        sql_cpu=sql_cpu,
        status=response.status_code,
        x_cache=response.get("X-Cache", ""),
        size=len(content),
        values=values,
    )


@dataclass
class Rounds:
    """Interleaved measurements: ``rounds[i][key]`` is request ``key``'s sample in round i."""

    rounds: list[dict[str, Sample]] = field(default_factory=list)
    seconds: float = 0.0
    seed: int = 0

    def series(self, key: str) -> Series:
        return Series([r[key] for r in self.rounds])

    def ratio(self, numerator: str, denominator: str, attr: str) -> float:
        """The median over rounds of numerator/denominator within the same round."""
        return statistics.median(
            getattr(r[numerator], attr) / getattr(r[denominator], attr) for r in self.rounds
        )


def interleaved(
    client, urls: dict[str, str], *, rounds: int, seconds: float, min_rounds: int, seed: int
) -> Rounds:
    """Warm every request up once (untimed), then run rounds: each round requests every URL
    once in an order shuffled by a ``random.Random(seed)``. Stops after ``rounds``, or earlier
    when the next round would likely end after ``seconds`` (never before ``min_rounds``)."""
    rng = random.Random(seed)
    keys = list(urls)
    rng.shuffle(keys)
    for key in keys:
        client.get(urls[key])
    gc.collect()
    gc.freeze()  # the warmed-up process's objects are never garbage: collections skip them
    result = Rounds(seed=seed)
    started = time.monotonic()
    try:
        while len(result.rounds) < rounds:
            elapsed = time.monotonic() - started
            per_round = elapsed / len(result.rounds) if result.rounds else 0.0
            if len(result.rounds) >= min_rounds and elapsed + per_round > seconds:
                break
            rng.shuffle(keys)
            result.rounds.append({key: timed(client, urls[key]) for key in keys})
    finally:
        gc.unfreeze()
    result.seconds = time.monotonic() - started
    return result


def profile(client, requests) -> list:
    """``BENCH_PROFILE=1``: cProfile one cold request of each (after a warm-up request) and
    write the 25 entries with the most cumulative time, then the 25 with the most own time,
    to ``.cache/profile-<operation>.txt``."""
    import cProfile
    import io
    import pstats
    import re
    from pathlib import Path

    from django.test import override_settings

    written = []
    with override_settings(RESPONSE_CACHE=False):
        for request in requests:
            client.get(request.url)
            profiler = cProfile.Profile()
            profiler.enable()
            client.get(request.url)
            profiler.disable()
            out = io.StringIO()
            out.write(f"{request.label}\n{request.url}\n\n")
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("cumulative").print_stats(25)
            stats.sort_stats("tottime").print_stats(25)  # where the time is spent itself
            name = re.sub(r"[^A-Za-z0-9]+", "-", request.label).strip("-")
            path = Path(__file__).resolve().parent / ".cache" / f"profile-{name}.txt"
            path.write_text(out.getvalue(), encoding="utf-8")
            written.append(path)
    return written
