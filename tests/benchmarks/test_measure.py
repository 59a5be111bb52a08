"""The benchmark's measuring (``benchmarks.measure``): a ratio is the median of per-round ratios,
rounds run every request once in a shuffled order repeatable from the seed, and a time budget
stops the rounds, never below the minimum."""

import pytest

from benchmarks.measure import Rounds, Sample, interleaved, timed


def sample(cpu: float, wall: float | None = None) -> Sample:
    return Sample(
        cpu=cpu,
        wall=cpu if wall is None else wall,
        sql=0,
        sql_wall=0.0,
        sql_cpu=0.0,
        status=200,
        x_cache="",
        size=0,
        values=0,
    )


def test_ratio_is_the_median_of_per_round_ratios():
    # Round 2 is slow on both sides: the per-round ratio is unaffected by it, while the ratio
    # of the medians of each side would be 20 / 10 = 2.
    rounds = Rounds(
        rounds=[
            {"g": sample(10), "r": sample(5)},
            {"g": sample(400), "r": sample(200)},
            {"g": sample(20), "r": sample(40)},
        ]
    )
    assert rounds.ratio("g", "r", "cpu") == 2.0
    assert rounds.series("g").median("cpu") == 20


class FakeResponse:
    status_code = 200
    content = b'{"data": {"a": [1, 2], "b": "x"}}'

    def get(self, header, default=""):
        return {"Content-Type": "application/json", "X-Cache": "MISS"}.get(header, default)


class FakeClient:
    def __init__(self):
        self.urls = []

    def get(self, url):
        self.urls.append(url)
        return FakeResponse()


def test_timed_measures_one_request():
    measured = timed(FakeClient(), "/graphql/")
    assert measured.values == 3
    assert measured.sql == 0
    assert measured.x_cache == "MISS"
    assert measured.cpu >= 0
    assert measured.wall >= 0


@pytest.mark.parametrize("seed", [1, 2])
def test_rounds_are_shuffled_and_repeatable(seed):
    urls = {key: f"/{key}/" for key in "abcdefgh"}
    orders = []
    for _ in range(2):
        client = FakeClient()
        result = interleaved(client, urls, rounds=3, seconds=60, min_rounds=1, seed=seed)
        assert len(result.rounds) == 3
        assert all(sorted(r) == sorted(urls) for r in result.rounds)
        orders.append(client.urls)
    assert orders[0] == orders[1]  # the same seed gives the same order
    warm_up, first, second = orders[0][:8], orders[0][8:16], orders[0][16:24]
    assert sorted(warm_up) == sorted(urls.values())
    assert first != second  # each round is shuffled anew


def test_time_budget_stops_rounds_but_not_below_the_minimum():
    result = interleaved(FakeClient(), {"a": "/a/"}, rounds=50, seconds=0, min_rounds=3, seed=1)
    assert len(result.rounds) == 3
