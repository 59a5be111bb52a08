import pytest

from tests.calendar_app.factories import EventIndexPageFactory
from tests.factories import publish


@pytest.fixture
def calendar(site_tree):
    return publish(EventIndexPageFactory(parent=site_tree["sl"]))


@pytest.fixture
def project_index(site_tree):
    from tests.project_pages.factories import ProjectIndexPageFactory

    return publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
