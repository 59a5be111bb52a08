"""One public base URL per side: ``CMS_BASE_URL`` (the CMS's own links) and ``FRONTEND_BASE_URL``
(readers' pages), each set once, from ``make run``'s and ``make frontend``'s ports unless given
(README "Ports and addresses")."""

import json
import os
import shutil
import subprocess

import pytest
from django.core.cache import cache

from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory
from tests.cms.test_settings import PROJECT_ROOT, run_python
from tests.factories import PlainPageFactory, publish, translate

PRINT_URLS = """
import json
import django
from django.conf import settings

django.setup()
from grapple.utils import get_media_item_url
from calendar_app.models import EventPage


class Image:
    url = "/media/images/reading.webp"


class Event:  # what EventPage.ics_url reads of a live event, without a database
    pk = 7
    live = True


print(json.dumps({
    "CMS_BASE_URL": settings.CMS_BASE_URL,
    "WAGTAILADMIN_BASE_URL": settings.WAGTAILADMIN_BASE_URL,
    "FRONTEND_BASE_URL": settings.FRONTEND_BASE_URL,
    "CORS_ALLOWED_ORIGINS": settings.CORS_ALLOWED_ORIGINS,
    "PREVIEW": settings.WAGTAIL_HEADLESS_PREVIEW,
    "ics_url": EventPage.ics_url.fget(Event()),
    "media_url": get_media_item_url(Image()),
}))
"""


def urls_with(**variables: str) -> dict:
    result = run_python(["-c", PRINT_URLS], "cms.settings.dev", **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


class TestSettings:
    def test_defaults_are_make_runs_addresses(self):
        urls = urls_with()

        assert urls["CMS_BASE_URL"] == urls["WAGTAILADMIN_BASE_URL"] == "http://127.0.0.1:8000"
        assert urls["ics_url"] == "http://127.0.0.1:8000/events/7.ics"
        assert urls["FRONTEND_BASE_URL"] == "http://127.0.0.1:3000"
        assert urls["CORS_ALLOWED_ORIGINS"] == ["http://127.0.0.1:3000"]

    def test_everything_of_each_side_follows_its_one_setting(self):
        urls = urls_with(
            CMS_BASE_URL="http://127.0.0.1:8011/", FRONTEND_BASE_URL="http://127.0.0.1:3011"
        )

        assert urls["CMS_BASE_URL"] == "http://127.0.0.1:8011"
        assert urls["WAGTAILADMIN_BASE_URL"] == "http://127.0.0.1:8011"
        assert urls["ics_url"] == "http://127.0.0.1:8011/events/7.ics"
        assert urls["media_url"] == "http://127.0.0.1:8011/media/images/reading.webp"
        assert urls["CORS_ALLOWED_ORIGINS"] == ["http://127.0.0.1:3011"]
        assert urls["PREVIEW"]["CLIENT_URLS"] == {"default": "http://127.0.0.1:3011"}
        assert urls["PREVIEW"]["SERVE_BASE_URL"] == "http://127.0.0.1:3011"

    def test_the_older_wagtailadmin_base_url_is_still_read(self):
        urls = urls_with(WAGTAILADMIN_BASE_URL="https://cms.mklj.si")

        assert urls["CMS_BASE_URL"] == "https://cms.mklj.si"
        assert urls["ics_url"] == "https://cms.mklj.si/events/7.ics"

    def test_cms_base_url_wins_over_the_older_name(self):
        urls = urls_with(
            CMS_BASE_URL="https://cms.mklj.si", WAGTAILADMIN_BASE_URL="http://old.example"
        )

        assert urls["WAGTAILADMIN_BASE_URL"] == "https://cms.mklj.si"


def make_dry_run(*args: str, **variables: str) -> str:
    """What ``make -n`` would run, without the caller's base URLs in the environment."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"CMS_BASE_URL", "FRONTEND_BASE_URL", "HOST", "PORT", "FRONTEND_PORT"}
    }
    result = subprocess.run(
        ["make", "-n", *args],
        cwd=PROJECT_ROOT,
        env=environment | variables,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
class TestMakefile:
    def test_run_derives_both_urls_from_the_ports(self):
        commands = make_dry_run("run", "PORT=8011", "FRONTEND_PORT=3011")

        for command in ("load_demo", "runserver 127.0.0.1:8011"):
            [line] = [line for line in commands.splitlines() if command in line]
            assert "CMS_BASE_URL=http://127.0.0.1:8011" in line
            assert "FRONTEND_BASE_URL=http://127.0.0.1:3011" in line

    def test_frontend_talks_to_the_cms_of_make_run(self):
        [line] = [
            line
            for line in make_dry_run("frontend", "PORT=8011", "FRONTEND_PORT=3011").splitlines()
            if "npm start" in line
        ]

        assert "CMS_URL=http://127.0.0.1:8011 " in line
        assert "PORT=3011 " in line

    def test_a_url_from_the_environment_wins(self):
        commands = make_dry_run("run", CMS_BASE_URL="https://cms.mklj.si")

        assert "CMS_BASE_URL=https://cms.mklj.si " in commands
        assert "runserver 127.0.0.1:8000" in commands


@pytest.mark.django_db
class TestWhatTheApiWrites:
    """The API reads the settings when it answers: another port is another link."""

    @pytest.fixture(autouse=True)
    def other_ports(self, settings):
        settings.CMS_BASE_URL = settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8011"
        settings.FRONTEND_BASE_URL = "http://127.0.0.1:3011"
        cache.clear()
        yield
        cache.clear()

    def test_hreflang_alternates_use_frontend_base_url(self, graphql, site_tree):
        events = publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))
        translate(events, "en", title="Events", slug="events")
        result = graphql(
            'query Head { page(urlPath: "/dogodki/") { alternates { hreflang href } } }'
        )

        assert {item["href"] for item in result["data"]["page"]["alternates"]} == {
            "http://127.0.0.1:3011/dogodki/",
            "http://127.0.0.1:3011/en/events/",
        }

    def test_ics_links_use_cms_base_url_and_the_feed_links_the_frontend(
        self, graphql, client, site_tree
    ):
        calendar = publish(EventIndexPageFactory(parent=site_tree["sl"]))
        event = publish(EventPageFactory(parent=calendar, title="Pravljice", slug="pravljice"))
        result = graphql(
            'query Event { page(urlPath: "/koledar/pravljice/") { ... on EventPage { icsUrl } } }'
        )

        assert result["data"]["page"]["icsUrl"] == f"http://127.0.0.1:8011/events/{event.pk}.ics"
        feed = client.get(f"/events/{event.pk}.ics").content.decode()
        assert "URL:http://127.0.0.1:3011/koledar/pravljice/" in feed
