import pytest

from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory


@pytest.fixture
def project_index(site_tree):
    return publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
