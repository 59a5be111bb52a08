"""How many timed requests a benchmark cell gets: read by the measuring (``benchmarks.run``) and
quoted by the report (``benchmarks.report``), so it lives in neither."""

import os

#: ``BENCH_ITERATIONS``: the most timed requests per series (warm or cold).
ITERATIONS = int(os.environ.get("BENCH_ITERATIONS", "30"))
#: ``BENCH_CELL_SECONDS``: a series stops after this long, with at least one sample.
CELL_SECONDS = float(os.environ.get("BENCH_CELL_SECONDS", "20"))
