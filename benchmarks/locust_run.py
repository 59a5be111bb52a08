"""locust, headless, over the persisted operations a load test wrote (``locustfile.py``), for
``make bench`` (``benchmarks.loadtest``) and ``make bench-cluster`` (``benchmarks.cluster_load``).
Imports nothing of Django's: the cluster's load test runs outside any settings."""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def locust(
    host: str,
    csv_prefix: Path,
    operations: Path,
    *,
    users: int,
    seconds: int,
    spawn_rate: int,
    hosts: tuple[str, ...] = (),
) -> None:
    """Run ``benchmarks/locustfile.py`` headless against ``host`` (or spread over ``hosts``)
    for ``seconds``; its figures go to ``<csv_prefix>_stats.csv``."""
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            str(BIN / "locust"),
            "-f",
            str(HERE / "locustfile.py"),
            "--headless",
            "-u",
            str(users),
            "-r",
            str(spawn_rate),
            "-t",
            f"{seconds}s",
            "--host",
            host,
            "--csv",
            str(csv_prefix),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        env={**os.environ, "BENCH_OPERATIONS": str(operations), "BENCH_HOSTS": ",".join(hosts)},
        cwd=HERE.parent,
        check=False,
        timeout=seconds + 120,
    )
