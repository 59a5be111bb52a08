"""Locust users for the load test: each picks one of the contract's persisted operations (GET by
hash, the URLs ``benchmarks.loadtest`` wrote to ``BENCH_OPERATIONS``) and counts any non-200
answer or GraphQL ``errors`` as a failure. Run by ``make bench``; by hand:

    BENCH_OPERATIONS=benchmarks/.cache/load/operations.json \\
        locust -f benchmarks/locustfile.py --headless -u 50 -r 25 -t 60s --host http://127.0.0.1:PORT
"""

import json
import os
import random

from locust import HttpUser, between, task

with open(os.environ["BENCH_OPERATIONS"], encoding="utf-8") as handle:
    OPERATIONS = json.load(handle)
#: Several app servers (``benchmarks.cluster_load``): each request goes to one of them at random,
#: as a load balancer spreads them; without it, every request goes to ``--host``.
HOSTS = [host for host in os.environ.get("BENCH_HOSTS", "").split(",") if host]


class FrontendUser(HttpUser):
    """A server-rendering frontend's request stream: one operation after another."""

    wait_time = between(0, 0.1)

    @task
    def persisted_operation(self):
        operation = random.choice(OPERATIONS)  # noqa: S311 - not security
        host = random.choice(HOSTS) if HOSTS else ""  # noqa: S311 - not security
        with self.client.get(
            host + operation["url"], name=operation["name"], catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")
            elif json.loads(response.content).get("errors"):
                response.failure("GraphQL errors")
            else:
                response.success()
