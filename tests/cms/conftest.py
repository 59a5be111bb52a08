"""Fixtures shared by the site's tests."""

import pytest

from tests.factories import publish, translate
from tests.project_pages.factories import ProjectIndexPageFactory


@pytest.fixture
def project_index(site_tree):
    """The sl project index and its published en translation."""
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    translate(index, "en", title="International projects", slug="projects")
    return index
