"""The tables and verdicts of a ``RESULTS.md`` section, from what ``benchmarks.run`` measured:
the targets first (ratios of interleaved pairs, warm hits, query counts), then where the time
of a missed target goes, then each side's medians and every request's figures."""

from .budget import WARM_TARGET_MS
from .measure import Rounds
from .scenarios import PAIRS, Pair

#: The statements a listing spends on images: the images and their renditions.
IMAGE_QUERIES = 2
#: An event expanded at read time (its rows do not cover the window) reads the listing's
#: excluded dates and changed occurrences: one query each, however many events.
SCHEDULE_QUERIES = 2


def ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def verdict(value: float, target: float, unit: str = "×") -> str:
    """Met or missed, and by how much: the excess over the target, relative to it."""
    if value <= target:
        return f"**met** ({(1 - value / target) * 100:.0f}% under)"
    excess = f"{value - target:.2f}" if unit == "×" else f"{ms(value - target)} ms"
    return f"**missed** by {excess} ({(value / target - 1) * 100:.0f}% over the target)"


def _pair_label(requests, pair: Pair) -> str:
    return f"{requests[pair.graphql].label} / {requests[pair.rest].label}"


def targets(requests, cold: Rounds, warm: dict, facts: dict) -> str:
    lines = [
        "| pair (cold unless said) | target | CPU ratio | wall ratio | verdict (CPU) |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for pair in PAIRS:
        if pair.target is None:
            continue
        cpu, wall = (
            cold.ratio(pair.graphql, pair.rest, "cpu"),
            cold.ratio(pair.graphql, pair.rest, "wall"),
        )
        lines.append(
            f"| {_pair_label(requests, pair)} | ≤ {pair.target:.1f}× | **{cpu:.2f}** | "
            f"{wall:.2f} | {verdict(cpu, pair.target)} |"
        )
    lines.append(warm_target(requests, warm))
    for text, ok in query_counts(cold, facts):
        lines.append(f"| {text} | constant | – | – | {'**met**' if ok else '**missed**'} |")
    return "\n".join(lines)


def warm_target(requests, warm: dict) -> str:
    rounds: Rounds = warm["rounds"]
    p50 = {
        key: (rounds.series(key).median("cpu"), rounds.series(key).median("wall"))
        for key in rounds.rounds[0]
    }
    worst = max(p50, key=lambda key: p50[key][0])
    worst_wall = max(p50, key=lambda key: p50[key][1])
    over = [key for key, (cpu, _) in p50.items() if cpu > WARM_TARGET_MS]
    cpu, wall = p50[worst][0], p50[worst_wall][1]
    result = verdict(cpu, WARM_TARGET_MS, "ms")
    if over:
        result += f"; {len(over)} of {len(p50)} operations over"
    if warm["not_hit"]:
        result = f"**missed**: no HIT for {', '.join(sorted(warm['not_hit']))}; " + result
    return (
        f"| Warm (response-cache hit), each of {len(p50)} operations | ≤ {WARM_TARGET_MS:.0f} ms "
        f"p50 | worst p50 {ms(cpu)} ms CPU ({requests[worst].label}) | worst p50 {ms(wall)} ms "
        f"wall ({requests[worst_wall].label}) | {result} |"
    )


def query_counts(cold: Rounds, facts: dict) -> list[tuple[str, bool]]:
    """The query counts must not grow with page size or with the number of events."""
    a, a5 = cold.series("a").sql, cold.series("a5").sql
    checks = [
        (
            f"SQL of ProjectList: {a5} at perPage 5, {a} at perPage 20 (at most 10)",
            a == a5 and a <= 10,
        )
    ]
    for label, busy_key, quiet_key, images, expanded in (
        ("CalendarMonth", "c", "c-quiet", False, "expanded_grid"),
        ("EventList", "d", "d-quiet", True, "expanded"),
    ):
        busy, quiet = cold.series(busy_key).sql, cold.series(quiet_key).sql
        # An image is loaded (image, renditions) only when some listed event has one: the
        # quiet month's demo events have none.
        image_queries = IMAGE_QUERIES if images and not facts["with_image_quiet"] else 0
        reasons = [f"{image_queries} of them images and renditions"] if image_queries else []
        schedule = {
            name: SCHEDULE_QUERIES if facts[f"{expanded}_{name}"] else 0
            for name in ("quiet", "busy")
        }
        for name in ("quiet", "busy"):
            if schedule[name]:
                reasons.append(
                    f"{schedule[name]} in the {name} month for the schedules of its "
                    f"{facts[f'{expanded}_{name}']} events expanded at read time"
                )
        because = f" ({'; '.join(reasons)})" if reasons else ""
        checks.append(
            (
                f"SQL of {label}: {quiet} for the quiet month ({facts['occurrences_quiet']} "
                f"occurrences), {busy} for the busiest ({facts['occurrences_busy']}){because}",
                busy - schedule["busy"] == quiet - schedule["quiet"] + image_queries,
            )
        )
    return checks


def where_the_time_goes(requests, cold: Rounds, warm: dict) -> str:
    """For each missed pair: each side's CPU split into the SQL driver and the rest, and how
    much CPU GraphQL would have to lose to meet the target (from the sides' medians); for the
    warm target, whether a hit's cost follows the answer's size."""
    lines = []
    for pair in PAIRS:
        if pair.target is None:
            continue
        ratio = cold.ratio(pair.graphql, pair.rest, "cpu")
        if ratio <= pair.target:
            continue
        g, r = cold.series(pair.graphql), cold.series(pair.rest)
        g_cpu, g_sql = g.median("cpu"), g.median("sql_cpu")
        r_cpu, r_sql = r.median("cpu"), r.median("sql_cpu")
        lose = g_cpu - pair.target * r_cpu
        lines.append(
            f"- **{_pair_label(requests, pair)}** ({ratio:.2f}× against ≤ {pair.target:.1f}×): "
            f"GraphQL {ms(g_cpu)} ms CPU, of which {ms(g_sql)} ms inside SQL `execute` "
            f"({g.sql} queries; {ms(g.median('sql_wall'))} ms wall), {ms(g_cpu - g_sql)} ms "
            f"outside, for {g.last.values} JSON values; REST {ms(r_cpu)} ms CPU, of which "
            f"{ms(r_sql)} ms in SQL ({r.sql} queries; {ms(r.median('sql_wall'))} ms wall), "
            f"{ms(r_cpu - r_sql)} ms outside, for {r.last.values} values. GraphQL would have "
            f"to lose about {ms(lose)} ms CPU ({lose / g_cpu * 100:.0f}% of it) to meet the "
            f"target; {ms((g_cpu - g_sql) - (r_cpu - r_sql))} ms of the gap is outside SQL."
        )
    lines.append(warm_breakdown(requests, warm))
    return "\n".join(line for line in lines if line)


def warm_breakdown(requests, warm: dict) -> str:
    rounds: Rounds = warm["rounds"]
    if not rounds.rounds:
        return ""
    series = {key: rounds.series(key) for key in rounds.rounds[0]}
    cpu = {key: s.median("cpu") for key, s in series.items()}
    if max(cpu.values()) <= WARM_TARGET_MS:
        return ""
    small = min(series, key=lambda key: series[key].last.size)
    large = max(series, key=lambda key: series[key].last.size)
    sql = max(s.sql for s in series.values())
    return (
        f"- **Warm** (p50 CPU {ms(min(cpu.values()))}–{ms(max(cpu.values()))} ms against "
        f"≤ {WARM_TARGET_MS:.0f} ms): the smallest answer ({requests[small].label}, "
        f"{series[small].last.size / 1024:.1f} KB) hits in {ms(cpu[small])} ms CPU, the "
        f"largest ({requests[large].label}, {series[large].last.size / 1024:.1f} KB) in "
        f"{ms(cpu[large])} ms; SQL queries of a hit: at most {sql} "
        f"({ms(max(s.median('sql_wall') for s in series.values()))} ms wall at most)."
    )


def pairs_table(requests, cold: Rounds) -> str:
    lines = [
        "| GraphQL / REST | CPU ratio | wall ratio | GraphQL CPU / wall | REST CPU / wall "
        "| SQL queries | SQL wall ms | JSON values |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for pair in PAIRS:
        g, r = cold.series(pair.graphql), cold.series(pair.rest)
        lines.append(
            f"| {_pair_label(requests, pair)} | {cold.ratio(pair.graphql, pair.rest, 'cpu'):.2f} "
            f"| {cold.ratio(pair.graphql, pair.rest, 'wall'):.2f} "
            f"| {ms(g.median('cpu'))} / {ms(g.median('wall'))} "
            f"| {ms(r.median('cpu'))} / {ms(r.median('wall'))} | {g.sql} / {r.sql} "
            f"| {ms(g.median('sql_wall'))} / {ms(r.median('sql_wall'))} "
            f"| {g.last.values} / {r.last.values} |"
        )
    return "\n".join(lines)


def requests_table(requests, same: dict, cold: Rounds, warm: dict) -> str:
    """Every request: cold medians (and wall p95), warm p50/p95 of its cache hits."""
    also = {}
    for dropped, kept in same.items():
        also.setdefault(kept, []).append(dropped.removeprefix("f-"))
    lines = [
        "| request | SQL | miss SQL | answer KB | cold CPU p50 | cold wall p50 / p95 "
        "| warm CPU p50 / p95 | warm wall p50 / p95 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    warm_rounds: Rounds = warm["rounds"]
    warm_keys = set(warm_rounds.rounds[0]) if warm_rounds.rounds else set()
    for key, request in requests.items():
        c = cold.series(key)
        label = request.label + (
            f" (= contract case of {', '.join(also[key])})" if key in also else ""
        )
        miss = warm["misses"].get(key)
        if key in warm_keys:
            w = warm_rounds.series(key)
            warm_cells = (
                f"{ms(w.median('cpu'))} / {ms(w.p95('cpu'))} "
                f"| {ms(w.median('wall'))} / {ms(w.p95('wall'))}"
            )
        elif key in warm["not_hit"]:
            warm_cells = f"no HIT ({warm['not_hit'][key]}) | –"
        elif request.url.startswith("/graphql/"):
            warm_cells = "never cached | –"
        else:
            warm_cells = "– (no response cache) | –"
        lines.append(
            f"| {label} | {c.sql} | {miss.sql if miss else '–'} | {c.last.size / 1024:.1f} "
            f"| {ms(c.median('cpu'))} | {ms(c.median('wall'))} / {ms(c.p95('wall'))} "
            f"| {warm_cells} |"
        )
    return "\n".join(lines)


def load_section(load) -> str:
    if load is None:
        return "Load test skipped (`BENCH_LOAD=0`)."
    lines = [
        f"gunicorn (`cms.settings.production`, {load['workers']} workers, Redis cache) on "
        f"127.0.0.1; locust, {load['users']} users, {load['seconds']} s, every contract "
        f"operation by GET (persisted hash), response cache on, after one priming request per "
        f"operation ({load['primed']:.0f} s).",
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
