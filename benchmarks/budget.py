"""How much a benchmark run measures: read by the measuring (``benchmarks.run``) and quoted by the
report (``benchmarks.report``), so it lives in neither. Every figure is an environment variable
so a run can be made longer or shorter without editing code."""

import os


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


#: ``BENCH_ROUNDS``: cold rounds; each round requests every cold request once, shuffled.
ROUNDS = int(_env("BENCH_ROUNDS", "20"))
#: ``BENCH_MIN_ROUNDS``: rounds measured whatever the time budget says.
MIN_ROUNDS = int(_env("BENCH_MIN_ROUNDS", "5"))
#: ``BENCH_COLD_SECONDS``: no cold round starts when it would likely end after this long.
COLD_SECONDS = float(_env("BENCH_COLD_SECONDS", "240"))
#: ``BENCH_WARM_ROUNDS``: rounds of cache hits (every cached operation once per round).
WARM_ROUNDS = int(_env("BENCH_WARM_ROUNDS", "40"))
#: ``BENCH_SEED``: the seed of the shuffles, printed in the report so a run can be repeated.
SEED = int(_env("BENCH_SEED", "19"))
#: ``BENCH_LOAD=0`` skips the load test; ``BENCH_LOAD_SECONDS`` is its duration.
LOAD = _env("BENCH_LOAD", "1") != "0"
LOAD_SECONDS = int(_env("BENCH_LOAD_SECONDS", "30"))
#: ``BENCH_PROFILE=1``: cProfile one cold request of each GraphQL scenario.
PROFILE = _env("BENCH_PROFILE", "0") == "1"
#: The warm target: a response-cache hit in at most this many milliseconds (p50).
WARM_TARGET_MS = 2.0
