"""The read model changes how answers are computed, never what they say: every case of the
contract answers the same bytes with ``HEADLESS_READ_MODEL`` on (page URLs from ``url_path``,
occurrences from their table) as with it off (Wagtail's ``Page.get_url``, recurrence expanded
at read time), ids, keys and publication times included."""

import pytest

from calendar_app.models import EventPage, MaterialisedSeries
from tests.frontend_contract.cases import CASES, persisted_get, resolve_variables

ALL_CASES = [(operation, case) for operation, cases in CASES.items() for case in cases]

pytestmark = pytest.mark.django_db


def _answer(client, *, operation: str, variables: dict) -> bytes:
    response = persisted_get(client, operation=operation, variables=variables)
    assert response.status_code == 200, response.content
    assert b'"errors"' not in response.content, response.content
    return response.content


@pytest.mark.parametrize(("operation", "case"), ALL_CASES)
def test_read_model_answers_the_same_bytes(contract_demo, client, settings, operation, case):
    settings.HEADLESS_PERSISTED_QUERIES_ONLY = True
    settings.RESPONSE_CACHE = False
    variables = resolve_variables(CASES[operation][case])

    settings.HEADLESS_READ_MODEL = False
    reference = _answer(client, operation=operation, variables=variables)
    settings.HEADLESS_READ_MODEL = True
    served = _answer(client, operation=operation, variables=variables)

    assert served == reference


def test_the_demo_events_answer_from_the_occurrence_table(contract_demo):
    """Else the comparison above would compare expansion with itself."""
    live = EventPage.objects.live()
    assert live.exists()
    assert MaterialisedSeries.objects.filter(page__in=live).count() == live.count()
