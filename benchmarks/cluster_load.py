"""``make bench-cluster``: the load test against one app server and against two, on one machine.

The cluster of the two-server test (``tests.multiserver.cluster``: gunicorn with production
settings, PostgreSQL, Redis, the S3-compatible store, the demo content) is started once with two
servers of ``BENCH_WEB_WORKERS`` (2) processes each. locust then sends the contract's persisted
operations (each with its first case, ``frontend_contract/snapshots/cases.json``) to the first
server only, then spread over both, in alternating rounds of ``BENCH_LOAD_SECONDS`` (20),
``BENCH_CLUSTER_ROUNDS`` (2) of each, with the response cache on (a frontend's steady state) and
off (every answer computed). Prints a Markdown table: requests per second, per gunicorn worker,
p50 and p95, failures.

Needs this machine's PostgreSQL and Redis, like ``make multiserver``.
"""

import csv
import json
import os
import sys
import tempfile
import urllib.request
from pathlib import Path
from statistics import median
from urllib.parse import urlencode

from tests.multiserver.cluster import REPO, running_cluster

from .locust_run import locust

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "20"))
ROUNDS = int(os.environ.get("BENCH_CLUSTER_ROUNDS", "2"))
USERS = int(os.environ.get("BENCH_USERS", "40"))
WEB_WORKERS = int(os.environ.get("BENCH_WEB_WORKERS", "2"))


def operations() -> list[dict]:
    manifest = json.loads((REPO / "frontend_contract" / "persisted-operations.json").read_text())
    hashes = {operation["name"]: operation["id"] for operation in manifest["operations"]}
    cases = json.loads((REPO / "frontend_contract" / "snapshots" / "cases.json").read_text())
    return [
        {
            "name": name,
            "url": "/graphql/?"
            + urlencode(
                {
                    "operationName": name,
                    "variables": json.dumps(cases[name]["sl"]),
                    "extensions": json.dumps(
                        {"persistedQuery": {"version": 1, "sha256Hash": hashes[name]}}
                    ),
                }
            ),
        }
        for name in sorted(hashes)
        if name != "PagePreview"  # a draft's token, made in the admin; never cached
    ]


def load(hosts: list[str], out: Path, label: str) -> dict:
    locust(
        hosts[0],
        out / label,
        out / "operations.json",
        users=USERS,
        seconds=SECONDS,
        spawn_rate=USERS,
        hosts=tuple(hosts),
    )
    with (out / f"{label}_stats.csv").open(newline="") as handle:
        total = next(row for row in csv.DictReader(handle) if row["Name"] == "Aggregated")
    return {
        "rps": float(total["Requests/s"]),
        "failures": int(total["Failure Count"]),
        "requests": int(total["Request Count"]),
        "p50": float(total["50%"]),
        "p95": float(total["95%"]),
    }


def measure(cluster, out: Path, cached: bool) -> dict[int, list[dict]]:
    runs: dict[int, list[dict]] = {1: [], 2: []}
    # One request per operation on each server first, so that every run measures the steady
    # state (and each server's processes have imported and connected).
    for server in cluster.servers:
        for operation in json.loads((out / "operations.json").read_text()):
            with urllib.request.urlopen(server + operation["url"], timeout=60):  # noqa: S310
                pass
    for number in range(ROUNDS):
        for servers in (1, 2):
            label = f"{'warm' if cached else 'cold'}-{servers}-{number}"
            runs[servers].append(load(list(cluster.servers[:servers]), out, label))
    return runs


def table(results: dict[str, dict[int, list[dict]]]) -> str:
    lines = [
        "| response cache | app servers | gunicorn workers | req/s (median) | req/s per worker "
        "| p50 ms | p95 ms | failures |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for mode, runs in results.items():
        for servers, samples in runs.items():
            rps = median([sample["rps"] for sample in samples])
            workers = servers * WEB_WORKERS
            lines.append(
                f"| {mode} | {servers} | {workers} | {rps:.0f} | {rps / workers:.0f} "
                f"| {median([s['p50'] for s in samples]):.0f} "
                f"| {median([s['p95'] for s in samples]):.0f} "
                f"| {sum(s['failures'] for s in samples)} |"
            )
    for mode, runs in results.items():
        one = median([sample["rps"] for sample in runs[1]])
        two = median([sample["rps"] for sample in runs[2]])
        lines.append(f"\n{mode}: two servers / one = {two / one:.2f}")
    return "\n".join(lines)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as workdir:
        out = Path(workdir)
        (out / "operations.json").write_text(json.dumps(operations()))
        results = {}
        for cached in (True, False):
            settings = {
                "RESPONSE_CACHE": "true" if cached else "false",
                "RATE_LIMIT": "",
                "PERSISTED_QUERIES_ONLY": "true",
            }
            with running_cluster(out, servers=2, web_workers=WEB_WORKERS, **settings) as cluster:
                results["on" if cached else "off"] = measure(cluster, out, cached)
        print(
            f"{os.cpu_count()} cores; {USERS} locust users; {SECONDS} s per run, {ROUNDS} runs "
            "of each, alternating"
        )
        print(table(results))


if __name__ == "__main__":
    main()
