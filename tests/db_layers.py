"""Database states that many tests start from, built once and shared instead of once per test.

Building the site tree (``site_tree``) costs a few hundred statements and the signal handlers
of three publishes; most test modules start every test from it. A layer builds such a state
inside an open transaction (savepoints above the first), and each test's own atomic block
(pytest-django's ``TestCase``) nests inside it and rolls back to it. The layer stays open while
the next tests want it, and is rolled back as soon as a test wants something else, so every
test still starts from exactly the rows it started from before.

A ``transaction=True`` test commits for real; no layer is open under it, and a ``site_tree``
it asks for is built the old way. A module fixture that opens its own transaction (the demo
loaders) first closes the layers; while it is open, layers are left alone and ``site_tree``
is built inside the test.
"""

from collections.abc import Callable

from django.db import connection, transaction
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, LocaleFactory, translate


def build_site_tree() -> dict[str, Page]:
    """The sl home page as the default site's root, and its published en translation."""
    LocaleFactory(language_code="sl")
    LocaleFactory(language_code="en")
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for welcome_page in root.get_children():
        welcome_page.delete()
    home_sl = HomePageFactory(parent=root, title="Domov", slug="domov", locale__language_code="sl")
    Site.objects.create(hostname="localhost", root_page=home_sl, is_default_site=True)
    home_en = translate(home_sl, "en", title="Home", slug="home")
    return {"sl": home_sl, "en": home_en}


def _site_tree_keys() -> dict[str, int]:
    return {language: page.pk for language, page in build_site_tree().items()}


#: Layer name -> what builds it; the builder's value is kept for the tests.
BUILDERS: dict[str, Callable[[], object]] = {"site_tree": _site_tree_keys}


class Layers:
    """The layers open on the default connection, bottom first, each with its builder's value.

    ``switch`` keeps the open layers that the next test wants and rolls back the others. It
    touches nothing while an atomic block that is not a layer sits on top of them (a module
    fixture's, or a test's own).
    """

    def __init__(self, blocker):
        self.blocker = blocker
        self.open: list[tuple[str, transaction.Atomic, object]] = []

    def foreign_block_on_top(self) -> bool:
        return len(connection.atomic_blocks) != len(self.open)

    def switch(self, wanted: list[str]) -> bool:
        """Make ``wanted`` the open layers; False if another atomic block is in the way."""
        if self.foreign_block_on_top():
            return False
        if self.open and connection.closed_in_transaction:
            # A test closed the connection under the layers (Django's close_old_connections
            # does, inside a transaction): their rows went with it, so they are built again.
            with self.blocker.unblock():
                while self.open:
                    self._close()
        kept = 0
        while kept < min(len(self.open), len(wanted)) and self.open[kept][0] == wanted[kept]:
            kept += 1
        if kept == len(self.open) == len(wanted):
            return True
        with self.blocker.unblock():
            while len(self.open) > kept:
                self._close()
            for name in wanted[kept:]:
                self._open(name)
        return True

    def value(self, name: str):
        return next(value for open_name, _, value in self.open if open_name == name)

    def _open(self, name: str) -> None:
        block = transaction.atomic()
        # As pytest-django's own per-test block: a durable block inside a test is still allowed.
        block._from_testcase = True
        block.__enter__()
        try:
            value = BUILDERS[name]()
        except BaseException as error:
            transaction.set_rollback(True)
            block.__exit__(type(error), error, error.__traceback__)
            raise
        self.open.append((name, block, value))

    def _close(self) -> None:
        _, block, _ = self.open.pop()
        transaction.set_rollback(True)
        block.__exit__(None, None, None)


def wanted_layers(fixturenames: list[str], transactional: bool) -> list[str]:
    if transactional:
        return []
    return [name for name in BUILDERS if name in fixturenames]
