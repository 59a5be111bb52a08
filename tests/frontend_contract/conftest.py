"""The demo content as the contract's tests read it, loaded once per module."""

from datetime import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

#: The demo's events are in December 2020; the calendar and "upcoming" are seen from here.
FROZEN_NOW = datetime(2020, 11, 30, 9, 0, tzinfo=ZoneInfo("Europe/Ljubljana"))


@pytest.fixture(scope="module")
def contract_demo(django_db_setup, django_db_blocker, db_layers, tmp_path_factory):
    """The demo content, loaded once for the module at the frozen time and rolled back after.
    Images go to a storage of their own that overwrites files: each test makes its renditions
    again (they are rolled back with it), and a storage that kept the old file would give the
    new one a random name."""
    overwriting_storage = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {
                "location": tmp_path_factory.mktemp("media"),
                "base_url": settings.MEDIA_URL,
                "allow_overwrite": True,
            },
        },
    }
    db_layers.switch([])
    with (
        override_settings(STORAGES=overwriting_storage),
        time_machine.travel(FROZEN_NOW, tick=False),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)
