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


@pytest.fixture(scope="module")
def calendar_demo(django_db_setup, django_db_blocker):
    """The demo loader's content (projects and events, sl and en), loaded once per test module
    inside a transaction that is rolled back afterwards."""
    from io import StringIO

    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)
