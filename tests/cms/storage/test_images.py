"""Images on a bucket: the original an editor uploads is a private object, and the API serves
only renditions, public objects with stable, absolute, unsigned URLs that browsers may keep."""

import json
import urllib.error
import urllib.request

import pytest
from django.conf import settings
from django.core.cache import cache

from cms.storage import RENDITION_CACHE_CONTROL

from .conftest import all_users_grants, upload_image

pytestmark = pytest.mark.django_db

IMAGE_URLS = """
query StoredImage($id: ID!) {
  image(id: $id) {
    url
    src
    small: rendition(max: "480x1920", format: "webp") { url width height }
  }
}
"""


@pytest.fixture
def uploaded(object_storage, superuser_client):
    return upload_image(superuser_client, "Čitalnica")


def _get(url: str) -> tuple[bytes, dict]:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - moto on loopback
        return response.read(), dict(response.headers)


def test_the_uploaded_original_is_a_private_object(uploaded, s3, bucket):
    key = uploaded.file.name

    assert key.startswith("original_images/reading-room")
    assert s3.head_object(Bucket=bucket, Key=key)["ContentLength"] == uploaded.file_size
    assert all_users_grants(s3, bucket, key) == []
    unsigned = uploaded.file.url.split("?", 1)[0]
    with pytest.raises(urllib.error.HTTPError) as refused:
        _get(unsigned)
    assert refused.value.code == 403


def test_the_api_serves_public_renditions_on_the_bucket(uploaded, graphql, s3, s3_endpoint, bucket):
    result = graphql(IMAGE_URLS, {"id": uploaded.pk})

    assert "errors" not in result, result
    image = result["data"]["image"]
    assert image["small"]["width"] == 480
    body = json.dumps(result)
    for signed in ("Signature", "X-Amz-", "Expires="):
        assert signed not in body
    for url in (image["small"]["url"], image["url"], image["src"]):
        assert url.startswith(f"{s3_endpoint}/{bucket}/images/reading-room"), url
        assert not url.startswith(settings.WAGTAILADMIN_BASE_URL)
    assert image["url"] == image["src"]  # the original's public copy, not the original

    content, headers = _get(image["small"]["url"])
    assert content[8:12] == b"WEBP"
    assert headers["cache-control"] == RENDITION_CACHE_CONTROL
    key = image["small"]["url"].removeprefix(f"{s3_endpoint}/{bucket}/")
    assert all_users_grants(s3, bucket, key) == [
        {
            "Grantee": {"Type": "Group", "URI": "http://acs.amazonaws.com/groups/global/AllUsers"},
            "Permission": "READ",
        }
    ]
    original, _ = _get(image["url"])
    assert original[:8] == b"\x89PNG\r\n\x1a\n"


IMAGE_LIST = """
query StoredImages($limit: PositiveInt!) {
  images(limit: $limit, order: "id") { id url }
}
"""


def test_a_listing_of_public_copies_costs_the_same_at_any_size(
    object_storage, superuser_client, graphql, count_queries
):
    """On a bucket each image's ``url`` is its public copy (a rendition): read with the
    listing's renditions, not one query per image."""
    for number in range(4):
        upload_image(superuser_client, f"Slika {number}")
    graphql(IMAGE_LIST, {"limit": 4})  # the public copies are made once, on first request

    counts = {}
    for limit in (1, 4):
        cache.clear()  # Wagtail's own cache of renditions, which would hide a query per image
        with count_queries() as counter:
            result = graphql(IMAGE_LIST, {"limit": limit})
        assert "errors" not in result, result
        assert len(result["data"]["images"]) == limit
        counts[limit] = counter.count
    assert counts[1] == counts[4]
