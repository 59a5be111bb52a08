"""Settings › Webhooks and Settings › Webhook deliveries: for superusers, refused to editors."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from cms.webhooks.models import WebhookDelivery, WebhookEndpoint
from tests.cms.editorial import assert_refused, logged_in, member

pytestmark = pytest.mark.django_db

Status = WebhookDelivery.Status


@pytest.fixture
def superuser_client():
    user = get_user_model().objects.create_superuser("root", "root@example.com", "x")
    return logged_in(user)


@pytest.fixture
def failed_delivery(endpoint):
    return WebhookDelivery.objects.create(
        endpoint=endpoint(name="Main site"),
        event="page.published",
        payload={"event": "page.published"},
        status=Status.FAILED,
        attempts=6,
        last_status_code=500,
        last_error="HTTP 500",
    )


def test_the_listings_render_for_a_superuser(superuser_client, failed_delivery):
    endpoint = failed_delivery.endpoint
    pages = {
        "endpoints": reverse("webhook_endpoints:index"),
        "new endpoint": reverse("webhook_endpoints:add"),
        "endpoint": reverse("webhook_endpoints:edit", args=[endpoint.pk]),
        "deliveries": reverse("webhook_deliveries:index"),
        "one endpoint's failures": reverse("webhook_deliveries:index")
        + f"?endpoint={endpoint.pk}&status=failed",
        "delivery": reverse("webhook_deliveries:inspect", args=[failed_delivery.pk]),
    }
    for name, url in pages.items():
        response = superuser_client.get(url)
        assert response.status_code == 200, (name, response.status_code)

    listing = superuser_client.get(pages["endpoints"]).content.decode()
    assert "Main site" in listing
    assert f"?endpoint={endpoint.pk}" in listing
    assert endpoint.secret in superuser_client.get(pages["endpoint"]).content.decode()
    failures = superuser_client.get(pages["one endpoint's failures"]).content.decode()
    assert "HTTP 500" in failures
    assert "Pošlji znova zdaj" in superuser_client.get(pages["delivery"]).content.decode()
    menu = superuser_client.get(reverse("wagtailadmin_home")).content.decode()
    assert pages["endpoints"] in menu
    assert pages["deliveries"] in menu


def test_the_deliveries_listing_filters_by_status_newest_first(superuser_client, endpoint):
    hook = endpoint()
    for status, title in [(Status.SUCCEEDED, "oldest-ok"), (Status.FAILED, "failed-one"),
                          (Status.SUCCEEDED, "newest-ok")]:  # fmt: skip
        WebhookDelivery.objects.create(
            endpoint=hook, event=f"page.{title}", payload={}, status=status
        )
    url = reverse("webhook_deliveries:index")

    everything = superuser_client.get(url).content.decode()
    assert everything.index("newest-ok") < everything.index("failed-one")
    assert everything.index("failed-one") < everything.index("oldest-ok")
    failed = superuser_client.get(url, {"status": "failed"}).content.decode()
    assert "failed-one" in failed
    assert "newest-ok" not in failed


def test_deliveries_are_read_only_even_for_a_superuser(superuser_client, failed_delivery):
    for url in (
        reverse("webhook_deliveries:add"),
        reverse("webhook_deliveries:edit", args=[failed_delivery.pk]),
        reverse("webhook_deliveries:delete", args=[failed_delivery.pk]),
    ):
        assert_refused(superuser_client.get(url))
    assert WebhookDelivery.objects.filter(pk=failed_delivery.pk).exists()


def test_a_superuser_adds_an_endpoint_with_a_generated_secret(superuser_client):
    form = superuser_client.get(reverse("webhook_endpoints:add")).content.decode()
    assert "page.published" in form  # the event filter's choices
    data = {
        "name": "Main site",
        "url": "https://www.library.test/api/rebuild",
        "secret": WebhookEndpoint._meta.get_field("secret").default(),
        "is_active": "on",
        "event": "page.published",
        "locale": "en",
    }

    response = superuser_client.post(reverse("webhook_endpoints:add"), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    endpoint = WebhookEndpoint.objects.get()
    assert (endpoint.event, endpoint.locale, endpoint.secret) == (
        "page.published",
        "en",
        data["secret"],
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("url", "https://user:pass@www.library.test/hook"),
        ("url", "ftp://www.library.test/hook"),
        ("event", "page.exploded"),
        ("locale", "xx"),
        ("secret", "short"),
    ],
)
def test_the_endpoint_form_refuses_bad_values(superuser_client, field, value):
    data = {"name": "x", "url": "https://www.library.test/hook", "secret": "s" * 32}

    response = superuser_client.post(reverse("webhook_endpoints:add"), {**data, field: value})

    assert response.status_code == 200
    assert not WebhookEndpoint.objects.exists()


def test_retry_now_sends_a_given_up_delivery_once_more(
    superuser_client, failed_delivery, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            reverse("webhook_deliveries:retry", args=[failed_delivery.pk])
        )

    assert response.status_code == 302
    failed_delivery.refresh_from_db()
    assert (failed_delivery.status, failed_delivery.attempts) == (Status.SUCCEEDED, 7)
    assert failed_delivery.delivered_at <= timezone.now()
    assert len(receiver.requests) == 1


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_are_refused(group, failed_delivery, receiver):
    client = logged_in(member(group))
    endpoint = failed_delivery.endpoint

    for url in (
        reverse("webhook_endpoints:index"),
        reverse("webhook_endpoints:add"),
        reverse("webhook_endpoints:edit", args=[endpoint.pk]),
        reverse("webhook_deliveries:index"),
        reverse("webhook_deliveries:inspect", args=[failed_delivery.pk]),
    ):
        assert_refused(client.get(url))
    assert_refused(client.post(reverse("webhook_deliveries:retry", args=[failed_delivery.pk])))
    failed_delivery.refresh_from_db()
    assert failed_delivery.status == Status.FAILED
    assert receiver.requests == []
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("webhook_endpoints:index") not in menu
    assert endpoint.secret not in menu
