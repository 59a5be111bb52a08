"""Pages the public may and may not see, shared by the tests of every way to reach pages."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.content import selectors
from tests.factories import PlainPageFactory, publish


@pytest.fixture
def events_sl(site_tree):
    return publish(PlainPageFactory(parent=site_tree["sl"], title="Dogodki", slug="dogodki"))


@pytest.fixture(params=["sections listed", "sections matched in SQL"])
def hidden_pages(request, site_tree, events_sl, monkeypatch):
    """One page of each kind the public must never see, all under the sl home page; once with
    ``public_pages`` excluding the hidden sections by their listed paths, and once as on a site
    with too many of them to list, by matching ancestors in SQL."""
    if request.param == "sections matched in SQL":
        monkeypatch.setattr(selectors, "MAX_LISTED_HIDDEN_SECTIONS", 0)
    now = timezone.now()
    draft = PlainPageFactory(parent=site_tree["sl"], title="Osnutek", slug="osnutek", live=False)
    private = publish(PlainPageFactory(parent=site_tree["sl"], title="Zasebno", slug="zasebno"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="skrivnost"
    )
    private_child = publish(PlainPageFactory(parent=private, title="Zasebni otrok", slug="otrok"))
    expired = publish(PlainPageFactory(parent=site_tree["sl"], title="Poteklo", slug="poteklo"))
    expired.expire_at = now - timedelta(minutes=1)
    expired.save()
    scheduled = PlainPageFactory(
        parent=site_tree["sl"], title="Načrtovano", slug="nacrtovano", live=False
    )
    scheduled.go_live_at = now + timedelta(days=1)
    scheduled.save_revision().publish()  # with a future go_live_at this only schedules it
    under_draft = publish(PlainPageFactory(parent=draft, title="Pod osnutkom", slug="pod"))
    return [draft, private, private_child, expired, scheduled, under_draft]


@pytest.fixture
def ask(client, count_queries):
    """POST a document; returns the status, the decoded body and the SQL statements run."""

    def post(query: str, variables: dict | None = None) -> tuple[int, dict, int]:
        with count_queries() as sql:
            response = client.post(
                "/graphql/",
                data=json.dumps({"query": query, "variables": variables or {}}),
                content_type="application/json",
            )
        assert response["Content-Type"] == "application/json"
        return response.status_code, response.json(), sql.count

    return post
