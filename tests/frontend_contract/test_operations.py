"""Every operation of the frontend contract, run against the demo content in each case of
``snapshots/cases.json`` (both languages at least), answers what its committed snapshot says.

A change in the shape or the content of an answer is a visible diff in review, made on purpose
with ``make contract`` (``pytest tests/frontend_contract --update-snapshots``). "Today" is
frozen, so upcoming events and "today" in the calendar do not move; values that differ between
databases and runs (ids, translation keys, block ids, publication times) are replaced by
placeholders.
"""

import difflib
import json
import re

import pytest

from cms.graphql import contract
from tests.frontend_contract.cases import CASES, OPERATIONS, persisted_get, resolve_variables

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ICS_URL = re.compile(r"/events/\d+\.ics")
VOLATILE_KEYS = {"id": "<id>", "lastmod": "<datetime>", "lastPublishedAt": "<datetime>"}

pytestmark = pytest.mark.django_db


def normalize(value):
    if isinstance(value, dict):
        return {key: _normalize_item(key, item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalize(item) for item in value]
    if isinstance(value, str):
        if UUID.match(value):
            return "<uuid>"
        return ICS_URL.sub("/events/<id>.ics", value)
    return value


def _normalize_item(key: str, item):
    if key in VOLATILE_KEYS and item is not None:
        return VOLATILE_KEYS[key]
    return normalize(item)


def snapshot_path(operation: str, case: str):
    return contract.contract_dir() / "snapshots" / f"{operation}.{case}.json"


ALL_CASES = [(operation, case) for operation, cases in CASES.items() for case in cases]


def test_every_operation_has_cases_in_every_language():
    assert set(CASES) == set(OPERATIONS)
    for operation, cases in CASES.items():
        assert {"sl", "en"} <= set(cases), operation


def test_every_snapshot_belongs_to_a_case():
    expected = {snapshot_path(operation, case).name for operation, case in ALL_CASES}
    on_disk = {path.name for path in snapshot_path("x", "y").parent.glob("*.*.json")}
    assert on_disk - expected == set(), "Stale snapshots: delete them."


@pytest.mark.parametrize(("operation", "case"), ALL_CASES)
def test_operation_answers_its_snapshot(contract_demo, client, settings, request, operation, case):
    """Sent the way a production frontend sends it: by its hash over GET, with only the
    manifest's operations allowed."""
    settings.HEADLESS_PERSISTED_QUERIES_ONLY = True
    variables = resolve_variables(CASES[operation][case])
    response = persisted_get(client, operation=operation, variables=variables)

    assert response.status_code == 200, response.content
    answer = response.json()
    assert "errors" not in answer, answer["errors"]
    if operation == "Search":
        # Ranking is the search backend's (SQLite and PostgreSQL score differently); what the
        # contract fixes is which pages are found and what each result holds.
        answer["data"]["search"].sort(key=lambda result: result["url"])
    actual = json.dumps(normalize(answer), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    path = snapshot_path(operation, case)
    if request.config.getoption("--update-snapshots"):
        path.write_text(actual)
        return
    assert path.exists(), f"No snapshot {path.name}: run `make contract` and review it."
    committed = path.read_text()
    if committed != actual:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"{path.name} (committed)",
                tofile=f"{path.name} (now)",
            )
        )
        pytest.fail(
            f"{operation} ({case}) answers differently from its snapshot. If the change is "
            f"intended, run `make contract` and commit the snapshot.\n{diff}",
            pytrace=False,
        )
