"""Fixtures shared by the site's tests."""

import pytest

from tests.calendar_app.factories import EventIndexPageFactory
from tests.factories import publish, translate
from tests.project_pages.factories import ProjectIndexPageFactory


@pytest.fixture
def project_index(site_tree):
    """The sl project index and its published en translation."""
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    translate(index, "en", title="International projects", slug="projects")
    return index


@pytest.fixture
def sections(site_tree):
    """The project index (public in sl, unpublished in en) and the calendar (unpublished in
    sl, public in en) below each home page."""
    projects_sl = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    projects_en = translate(projects_sl, "en", title="International projects", slug="projects")
    projects_en.unpublish()
    calendar_sl = publish(
        EventIndexPageFactory(parent=site_tree["sl"], title="Koledar", slug="koledar")
    )
    translate(calendar_sl, "en", title="Calendar", slug="calendar")
    calendar_sl.unpublish()
    return {"projects": projects_sl, "calendar": calendar_sl}
