import pytest
from django.utils import translation

from tests.calendar_app.factories import EventIndexPageFactory
from tests.factories import publish


@pytest.fixture
def in_english(request):
    """English messages, for tests that assert them: the admin's default language is Slovene,
    and the recurrence and editor messages are translated. The test's clients ask for English
    (an editor whose profile names a language still gets that one)."""
    for name in ("client", "admin_client"):
        if name in request.fixturenames:
            request.getfixturevalue(name).defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def calendar(site_tree):
    return publish(EventIndexPageFactory(parent=site_tree["sl"]))


@pytest.fixture
def project_index(site_tree):
    from tests.project_pages.factories import ProjectIndexPageFactory

    return publish(ProjectIndexPageFactory(parent=site_tree["sl"]))


@pytest.fixture(scope="module")
def calendar_demo(django_db_setup, django_db_blocker, db_layers):
    """The demo loader's content (projects and events, sl and en), loaded once per test module
    inside a transaction that is rolled back afterwards."""
    from io import StringIO

    from django.core.management import call_command
    from django.db import transaction

    db_layers.switch([])
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)
