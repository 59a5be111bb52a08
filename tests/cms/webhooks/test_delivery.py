"""Publish webhooks against a real receiver on 127.0.0.1 (README "Publish webhooks")."""

import hashlib
import hmac
import json
import re
import time
from datetime import datetime, timedelta
from io import StringIO
from pathlib import Path

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from cms.content.changes import ContentChange, content_changed
from cms.webhooks.delivery import deliver, retry_delay
from cms.webhooks.models import WebhookDelivery, WebhookEndpoint, validate_webhook_url
from tests.cms.webhooks.conftest import change, run_worker

Status = WebhookDelivery.Status


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """What a receiver does (README), written out independently of cms.webhooks."""
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return hmac.compare_digest(f"sha256={expected.hexdigest()}", signature)


def run_due(moment: datetime | None = None) -> str:
    """``manage.py deliver_webhooks``, at ``moment`` if given."""
    output = StringIO()
    if moment is None:
        call_command("deliver_webhooks", stdout=output)
    else:
        with time_machine.travel(moment, tick=True):
            call_command("deliver_webhooks", stdout=output)
    return output.getvalue()


@pytest.mark.django_db
def test_a_change_is_posted_signed_with_the_endpoints_secret(receiver, endpoint, send_change):
    hook = endpoint()
    before = int(time.time())

    send_change()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.endpoint, delivery.status, delivery.attempts) == (hook, Status.SUCCEEDED, 1)
    assert delivery.last_status_code == 200
    assert delivery.last_error == ""
    assert delivery.delivered_at is not None
    assert delivery.next_attempt_at is None
    [request] = receiver.requests
    assert request.method == "POST"
    assert request.path == "/hooks/build?site=main"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == "library-cms-webhooks/1"
    assert request.headers["X-Webhook-Id"] == str(delivery.pk)
    timestamp = request.headers["X-Webhook-Timestamp"]
    assert before <= int(timestamp) <= time.time() + 1
    assert verify("s" * 32, timestamp, request.body, request.headers["X-Webhook-Signature"])
    assert not verify("t" * 32, timestamp, request.body, request.headers["X-Webhook-Signature"])
    assert not verify(
        "s" * 32, timestamp, request.body + b" ", request.headers["X-Webhook-Signature"]
    )

    body = json.loads(request.body)
    sent_at = datetime.fromisoformat(body.pop("sentAt"))
    assert abs(sent_at.timestamp() - int(timestamp)) < 1
    assert body == {
        "id": str(delivery.pk),
        "event": "page.published",
        "object": {"type": "project_pages.projectpage", "id": 1, "title": "X"},
        "locale": "sl",
        "urls": ["https://www.library.test/projekti/x/"],
        "cacheTags": ["page:1", "pages:sl"],
    }


@pytest.mark.django_db
def test_every_matching_endpoint_gets_its_own_delivery(receiver, endpoint, send_change):
    endpoint(name="Main site")
    endpoint(name="CDN purge", secret="c" * 32)

    send_change()

    assert WebhookDelivery.objects.filter(status=Status.SUCCEEDED).count() == 2
    assert len({request.headers["X-Webhook-Id"] for request in receiver.requests}) == 2


@pytest.mark.django_db
def test_a_failed_attempt_is_retried_after_the_backoff(receiver, endpoint, send_change):
    receiver.answers = [500, 200]
    endpoint()

    send_change()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Status.RETRYING, 1)
    assert (delivery.last_status_code, delivery.last_error) == (500, "HTTP 500")
    assert delivery.next_attempt_at - delivery.last_attempt_at == pytest.approx(
        timedelta(seconds=30), abs=timedelta(seconds=2)
    )

    assert run_due().startswith("0 sent")  # not due yet
    assert len(receiver.requests) == 1

    assert run_due(delivery.next_attempt_at + timedelta(seconds=1)).startswith("1 sent")

    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.SUCCEEDED, 2)
    assert (delivery.last_status_code, delivery.last_error) == (200, "")
    first, second = receiver.requests
    # The same message again, so a receiver can tell it has seen it; signed afresh.
    assert second.headers["X-Webhook-Id"] == first.headers["X-Webhook-Id"] == str(delivery.pk)
    assert verify("s" * 32, second.headers["X-Webhook-Timestamp"], second.body,
                  second.headers["X-Webhook-Signature"])  # fmt: skip


@pytest.mark.django_db
def test_delivery_gives_up_after_the_most_attempts(receiver, endpoint, send_change, settings):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.answers = [503]
    endpoint()

    send_change()
    delivery = WebhookDelivery.objects.get()
    while delivery.status == Status.RETRYING:
        run_due(delivery.next_attempt_at + timedelta(seconds=1))
        delivery.refresh_from_db()

    assert (delivery.status, delivery.attempts) == (Status.FAILED, 3)
    assert (delivery.last_status_code, delivery.last_error) == (503, "HTTP 503")
    assert delivery.next_attempt_at is None
    assert delivery.delivered_at is None
    assert len(receiver.requests) == 3
    run_due(timezone.now() + timedelta(days=2))
    assert len(receiver.requests) == 3


def test_retry_delays_grow_and_the_last_repeats():
    assert [retry_delay(n).total_seconds() for n in range(1, 8)] == [
        30,
        120,
        600,
        3600,
        21600,
        21600,
        21600,
    ]


@pytest.mark.django_db
def test_a_redirect_is_a_failure_and_is_not_followed(receiver, endpoint, send_change):
    receiver.answers = [("redirect", "http://127.0.0.2:1/elsewhere")]
    endpoint()

    send_change()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.last_status_code) == (Status.RETRYING, 302)
    assert delivery.last_error == "HTTP 302: redirect not followed"
    assert len(receiver.requests) == 1


@pytest.mark.django_db
def test_a_dead_endpoint_is_recorded_and_retried(endpoint, send_change, unused_port):
    endpoint(url=f"http://127.0.0.1:{unused_port}/hook")

    send_change()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Status.RETRYING, 1)
    assert (delivery.last_status_code, delivery.last_error) == (None, "connection refused")


@pytest.mark.django_db
def test_inactive_endpoints_get_nothing(receiver, endpoint, send_change):
    endpoint(is_active=False)

    send_change()

    assert not WebhookDelivery.objects.exists()
    assert receiver.requests == []


@pytest.mark.django_db
def test_an_endpoint_deactivated_before_its_delivery_is_not_sent_to(receiver, endpoint):
    hook = endpoint()
    delivery = WebhookDelivery.objects.create(
        endpoint=hook, event="page.published", payload={}, next_attempt_at=timezone.now()
    )
    WebhookEndpoint.objects.filter(pk=hook.pk).update(is_active=False)

    deliver(delivery.pk)

    delivery.refresh_from_db()
    assert (delivery.status, delivery.last_error) == (Status.FAILED, "endpoint is inactive")
    assert receiver.requests == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filters", "sent", "not_sent"),
    [
        ({"event": "page.published"}, [{}], [{"event": "page.unpublished"}]),
        ({"locale": "en"}, [{"locale": "en"}], [{}, {"locale": None}]),
        ({}, [{}, {"locale": None, "event": "snippet.saved"}], []),
        (
            {"event": "page.published", "locale": "sl"},
            [{}],
            [{"locale": "en"}, {"event": "page.deleted"}],
        ),
    ],
)
def test_filters_choose_the_changes_an_endpoint_gets(
    endpoint, send_change, filters, sent, not_sent
):
    endpoint(**filters)

    for fields in not_sent:
        send_change(**fields)
    assert not WebhookDelivery.objects.exists()
    for fields in sent:
        send_change(**fields)
    assert WebhookDelivery.objects.filter(status=Status.SUCCEEDED).count() == len(sent)


@pytest.mark.django_db
def test_deliver_webhooks_sends_what_a_stopped_process_left_pending(receiver, endpoint):
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint(),
        event="page.deleted",
        payload=change(event="page.deleted").as_payload(),
        next_attempt_at=timezone.now(),
    )

    assert run_due().startswith("1 sent: 1 succeeded")

    delivery.refresh_from_db()
    assert delivery.status == Status.SUCCEEDED
    assert json.loads(receiver.requests[0].body)["event"] == "page.deleted"


@pytest.mark.django_db
def test_an_attempt_is_made_once_however_many_workers_try(receiver, endpoint):
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint(), event="page.published", payload={}, next_attempt_at=timezone.now()
    )

    assert deliver(delivery.pk).status == Status.SUCCEEDED
    assert deliver(delivery.pk) is None
    assert run_due().startswith("0 sent")
    assert len(receiver.requests) == 1


@pytest.mark.django_db
def test_deliver_webhooks_purges_old_finished_deliveries(endpoint):
    hook = endpoint()
    old = WebhookDelivery.objects.create(
        endpoint=hook, event="page.published", payload={}, status=Status.SUCCEEDED
    )
    WebhookDelivery.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))
    recent = WebhookDelivery.objects.create(
        endpoint=hook, event="page.published", payload={}, status=Status.FAILED
    )

    call_command("deliver_webhooks", "--purge-days", "30", stdout=StringIO())

    assert list(WebhookDelivery.objects.all()) == [recent]


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/hook",
        "https://user:password@example.com/hook",
        "https://token@example.com/hook",
        "javascript:alert(1)",
        "example.com/hook",
    ],
)
def test_an_endpoint_url_must_be_plain_http_or_https(url):
    with pytest.raises(ValidationError):
        validate_webhook_url(url)


@pytest.mark.parametrize(
    "url", ["https://api.netlify.com/build_hooks/abc?x=1", "http://127.0.0.1:8080/hook"]
)
def test_http_and_https_urls_are_accepted(url):
    validate_webhook_url(url)


@pytest.mark.django_db
def test_endpoint_filters_must_be_known_events_and_languages():
    hook = WebhookEndpoint(name="x", url="https://example.com/", event="page.exploded")
    with pytest.raises(ValidationError, match="event"):
        hook.full_clean()
    hook = WebhookEndpoint(name="x", url="https://example.com/", locale="xx")
    with pytest.raises(ValidationError, match="locale"):
        hook.full_clean()
    assert len(WebhookEndpoint(name="x", url="https://example.com/").secret) >= 32


# -- A slow or dead receiver never holds up a publish ------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("answer", ["hang", "refused"])
def test_a_hanging_or_dead_receiver_does_not_slow_a_publish(
    receiver, endpoint, settings, database_queue, unused_port, answer
):
    """With the database queue (the default outside tests), the publish only writes the
    delivery row and its task; the POST happens in the worker."""
    settings.WEBHOOK_TIMEOUT = 1
    receiver.answers = ["hang"]  # sleeps 10 s before answering
    url = receiver.url if answer == "hang" else f"http://127.0.0.1:{unused_port}/hook"
    endpoint(url=url)

    started = time.perf_counter()
    with transaction.atomic():
        # As a publish sends it: once its transaction commits.
        transaction.on_commit(lambda: content_changed.send(sender=ContentChange, change=change()))
    elapsed = time.perf_counter() - started

    assert elapsed < 0.5, f"the publish waited {elapsed:.2f} s for the receiver"
    run_worker()
    if answer == "hang":
        assert receiver.arrived.is_set(), "the delivery was never sent"
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Status.RETRYING, 1)
    expected = "timed out after 1 s" if answer == "hang" else "connection refused"
    assert delivery.last_error == expected


@pytest.mark.django_db
def test_a_receiver_that_drips_its_answer_is_cut_off_at_the_deadline(
    receiver, endpoint, send_change, settings
):
    """Each byte arrives well within the socket timeout, so only a deadline on the whole
    attempt ends it; before, a drip held a delivery for 24 s and counted as a success."""
    settings.WEBHOOK_TIMEOUT = 1
    settings.WEBHOOK_DEADLINE = 1.5
    receiver.answers = ["drip"]  # a 200 whose 43 bytes come one every 0.3 s: 13 s in all
    endpoint(url=receiver.url)

    started = time.perf_counter()
    send_change()
    elapsed = time.perf_counter() - started

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Status.RETRYING, 1)
    assert delivery.last_error == "no complete answer within 1.5 s"
    assert elapsed < 3, f"the attempt took {elapsed:.1f} s"


@pytest.mark.django_db
def test_the_deadline_leaves_a_prompt_answer_alone(receiver, endpoint, send_change, settings):
    settings.WEBHOOK_DEADLINE = 1.5
    endpoint(url=receiver.url)

    send_change()
    time.sleep(2)  # past the deadline: its timer was stopped with the attempt

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.last_error) == (Status.SUCCEEDED, "")


@pytest.fixture
def unused_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_the_readmes_python_check_accepts_a_delivery_and_refuses_a_forgery(
    receiver, endpoint, send_change
):
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text()
    section = readme.split("## Publish webhooks", 1)[1].split("\n## ", 1)[0]
    snippet = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    namespace = {}
    exec(snippet, namespace)  # noqa: S102 - the README's own example
    endpoint()

    send_change()

    [request] = receiver.requests
    assert namespace["verify"]("s" * 32, request.headers, request.body)
    assert not namespace["verify"]("s" * 32, request.headers, request.body.replace(b"X", b"Y"))
    assert not namespace["verify"]("t" * 32, request.headers, request.body)
    stale = {**request.headers, "X-Webhook-Timestamp": str(int(time.time()) - 3600)}
    assert not namespace["verify"]("s" * 32, stale, request.body)
