from io import StringIO

import pytest

from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory


@pytest.fixture
def project_index(site_tree):
    return publish(ProjectIndexPageFactory(parent=site_tree["sl"]))


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker, db_layers):
    """The demo loader's content (the seed's nine projects, sl and en), loaded once per test
    module inside a transaction that is rolled back afterwards."""
    from django.core.management import call_command
    from django.db import transaction

    db_layers.switch([])
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)
