"""How many examples the property tests try, and with which seed."""

import os

from hypothesis import HealthCheck, settings


def examples(variable: str, default: int) -> settings:
    """Hypothesis settings for a bounded, repeatable run in CI: a fixed seed (``derandomize``)
    and ``default`` examples, or as many as the environment variable ``variable`` says for a
    longer search (``LEAK_EXAMPLES=500 make test PYTEST_ARGS=tests/security``).

    The fixtures a property test takes (the site tree, the test client) are built once per
    test, not once per example, on purpose: the leak test creates each example's content in a
    transaction that it rolls back, so every example starts from the same database, and the
    fuzz tests only read.
    """
    return settings(
        max_examples=int(os.environ.get(variable, default)),
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
