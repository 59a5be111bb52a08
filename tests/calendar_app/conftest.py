import pytest

from tests.calendar_app.factories import EventIndexPageFactory
from tests.factories import publish


@pytest.fixture
def calendar(site_tree):
    return publish(EventIndexPageFactory(parent=site_tree["sl"]))
