"""Two app servers sharing one PostgreSQL, one Redis and one object store keep the product right:
what is published through one is what the other serves (its cached answer dropped), a preview
token made on one opens the draft on the other, the rate limit counts a client's requests on
both, a publish's webhook is delivered once by two competing workers, and an image uploaded on
one is served by the other from the object store.

The tests run in order and share what they made (``story``).
"""

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message

import pytest
from PIL import Image as PILImage
from playwright.sync_api import expect

from tests.e2e.admin import edit_title_and_preview, publish_in_editor

from .cluster import BUCKET, REPO, manage
from .conftest import RATE_LIMIT

MANIFEST = json.loads((REPO / "frontend_contract" / "persisted-operations.json").read_text())
HASHES = {operation["name"]: operation["id"] for operation in MANIFEST["operations"]}
UPLOADED_TITLE = "Dva strežnika"
WEBHOOK_WAIT = 30


@pytest.fixture(scope="module")
def story():
    return {}


def api(server: str, operation: str, *, client: str, **variables) -> tuple[int, Message, dict]:
    """A persisted operation by GET, as a frontend sends it from the reader's address ``client``
    (passed on by the load balancer in X-Forwarded-For): status, headers, body."""
    query = urllib.parse.urlencode(
        {
            "operationName": operation,
            "variables": json.dumps(variables),
            "extensions": json.dumps(
                {"persistedQuery": {"version": 1, "sha256Hash": HASHES[operation]}}
            ),
        }
    )
    request = urllib.request.Request(
        f"{server}/graphql/?{query}", headers={"X-Forwarded-For": client}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, response.headers, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.headers, json.loads(error.read())


def data(server: str, operation: str, *, client: str, **variables) -> tuple[dict, str]:
    status, headers, body = api(server, operation, client=client, **variables)
    assert status == 200, body
    assert "errors" not in body, body["errors"]
    return body["data"], headers.get("X-Cache", "")


def fetch(url: str) -> tuple[int, Message, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
        return response.status, response.headers, response.read()


def test_both_servers_serve_the_same_site(cluster, story):
    a, b = cluster.servers
    for server in (a, b):
        assert fetch(f"{server}/healthz")[0] == 200
    on_a, _ = data(a, "ProjectList", client="198.51.100.1", locale="sl", perPage=5)
    on_b, _ = data(b, "ProjectList", client="198.51.100.1", locale="sl", perPage=5)
    assert on_a == on_b
    project = on_a["projects"]["items"][0]
    story["project_id"] = int(project["id"])
    story["url_path"] = urllib.parse.urlsplit(project["url"]).path
    story["title"] = project["title"]


def test_media_are_served_from_the_object_store(cluster):
    """The demo's partner logos were uploaded to the object store by ``load_demo``; the API's
    rendition URLs point there, and the store serves them to anyone."""
    a, b = cluster.servers
    shell, _ = data(b, "SiteShell", client="198.51.100.2", locale="sl")
    logos = shell["siteSettings"]["footer"]["partnerLogos"]
    assert logos, "the demo has partner logos"
    url = logos[0]["image"]["small"]["url"]
    assert url.startswith(f"{cluster.s3_url}/"), url
    status, headers, body = fetch(url)
    assert status == 200
    assert headers["Content-Type"] == "image/webp"
    assert body[:4] == b"RIFF"


def test_a_preview_token_made_on_one_opens_the_draft_on_the_other(cluster, editor_on, story):
    a, b = cluster.servers
    before, cache = data(
        b, "ProjectDetail", client="198.51.100.3", locale="sl", urlPath=story["url_path"]
    )
    again, cache = data(
        b, "ProjectDetail", client="198.51.100.3", locale="sl", urlPath=story["url_path"]
    )
    assert (again, cache) == (before, "HIT")

    editor = editor_on(a)
    story["new_title"] = f"{story['title']} (popravljeno)"
    preview = edit_title_and_preview(
        editor, a, page_id=story["project_id"], new_title=story["new_title"]
    )
    token = urllib.parse.parse_qs(urllib.parse.urlsplit(preview.frontend_url).query)["token"][0]
    draft, _ = data(b, "PagePreview", client="198.51.100.3", token=token)
    assert draft["page"]["title"] == story["new_title"]
    live, cache = data(
        b, "ProjectDetail", client="198.51.100.3", locale="sl", urlPath=story["url_path"]
    )
    assert live["page"]["title"] == story["title"], "a preview never reaches the live answer"
    story["editor"] = editor
    story["published_at"] = time.time()
    publish_in_editor(editor)


def test_publishing_on_one_drops_the_cached_answer_on_the_other(cluster, story):
    a, b = cluster.servers
    after, cache = data(
        b, "ProjectDetail", client="198.51.100.4", locale="sl", urlPath=story["url_path"]
    )
    assert after["page"]["title"] == story["new_title"]
    assert cache == "MISS", "the stale answer was dropped, not served"
    again, cache = data(
        b, "ProjectDetail", client="198.51.100.4", locale="sl", urlPath=story["url_path"]
    )
    assert (again, cache) == (after, "HIT")
    on_a, _ = data(
        a, "ProjectDetail", client="198.51.100.4", locale="sl", urlPath=story["url_path"]
    )
    assert on_a == after


def test_the_publish_webhook_is_delivered_once(cluster, story):
    """Two workers (one beside each server) take tasks from one queue; the delivery is sent
    once, and a few seconds more bring no second copy."""
    project = story["project_id"]

    def ours():
        return [
            hook
            for hook in list(cluster.received)
            if hook["payload"]["object"]["id"] == project
            and hook["payload"]["event"] == "page.published"
        ]

    deadline = time.monotonic() + WEBHOOK_WAIT
    while not ours() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert ours(), f"no webhook for page {project} within {WEBHOOK_WAIT} s: {cluster.received}"
    time.sleep(3)
    hooks = ours()
    assert len(hooks) == 1, hooks
    assert hooks[0]["payload"]["object"]["title"] == story["new_title"]
    row = manage(
        cluster.env,
        "shell",
        "-c",
        "from cms.webhooks.models import WebhookDelivery as D; "
        f"d = D.objects.get(pk={hooks[0]['id']!r}); print(d.status, d.attempts)",
    )
    assert row.splitlines()[-1].split() == ["succeeded", "1"]


def test_the_rate_limit_counts_a_client_on_both_servers(cluster):
    a, b = cluster.servers
    # The limit counts in fixed windows of a minute from the epoch's: all of this in one.
    if time.time() % 60 > 45:
        time.sleep(60 - time.time() % 60)
    statuses = [
        api(server, "SiteShell", client="203.0.113.9", locale="sl")[0]
        for server in [a, b] * (RATE_LIMIT // 2)
    ]
    assert statuses == [200] * RATE_LIMIT
    for server in (a, b):
        status, headers, body = api(server, "SiteShell", client="203.0.113.9", locale="sl")
        assert status == 429
        assert body["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
        assert int(headers["Retry-After"]) > 0
    assert api(b, "SiteShell", client="203.0.113.10", locale="sl")[0] == 200


def test_an_image_uploaded_on_one_is_served_by_the_other(cluster, editor_on, tmp_path, story):
    a, b = cluster.servers
    source = tmp_path / "dva-streznika.png"
    PILImage.new("RGB", (640, 480), "#3d6b8e").save(source)
    editor = editor_on(a)
    editor.goto(f"{a}/admin/images/add/")
    editor.locator("#id_title").fill(UPLOADED_TITLE)
    editor.locator("#id_file").set_input_files(source)
    editor.locator("main form button[type=submit]").last.click()
    expect(editor.locator(".messages li.success")).to_be_visible()
    originals = cluster.s3.list_objects_v2(Bucket=BUCKET, Prefix="original_images/")
    assert any(source.stem in item["Key"] for item in originals.get("Contents", [])), originals

    other = editor_on(b)
    other.goto(f"{b}/admin/images/?q={urllib.parse.quote(UPLOADED_TITLE)}")
    thumbnail = other.get_by_role("figure", name=UPLOADED_TITLE).locator("img")
    expect(thumbnail).to_be_visible()
    src = thumbnail.get_attribute("src") or ""
    assert src.startswith(f"{cluster.s3_url}/"), src
    status, headers, body = fetch(src)
    assert status == 200
    assert headers["Content-Type"].startswith("image/")
    assert thumbnail.evaluate("image => image.naturalWidth") > 0
    edit = other.get_by_role("link", name=UPLOADED_TITLE).get_attribute("href") or ""
    story["image_id"] = int(re.search(r"/admin/images/(\d+)/", edit).group(1))
    story["image_stem"] = source.stem


def test_deleting_it_removes_its_objects_from_the_store(cluster, editor_on, story):
    """Wagtail enqueues the deletion of each file (the original and every rendition) on the
    task queue; a worker deletes them from the store with the storage's options it was given."""
    a, b = cluster.servers

    def objects() -> list[str]:
        listing = cluster.s3.list_objects_v2(Bucket=BUCKET)
        return [
            item["Key"]
            for item in listing.get("Contents", [])
            if story["image_stem"] in item["Key"]
        ]

    assert len(objects()) >= 2, "the original and the admin's thumbnail"
    editor = editor_on(b)
    editor.goto(f"{b}/admin/images/{story['image_id']}/delete/")
    editor.get_by_role("button", name="Yes, delete").click()
    expect(editor.locator(".messages li.success")).to_be_visible()
    deadline = time.monotonic() + WEBHOOK_WAIT
    while objects() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert objects() == []
