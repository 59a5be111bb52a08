"""Documents on a bucket are private objects: every link is the CMS's serve view
(``/documents/<id>/<file>``), which checks the collection's view restriction and then redirects
to a signed URL that lasts ``PRIVATE_MEDIA_URL_EXPIRY`` seconds."""

import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from wagtail.models import Collection, CollectionViewRestriction

from cms.content.documents import document_url

from .conftest import DOCUMENT_CONTENT, EXPIRY, all_users_grants, upload_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_only():
    collection = Collection.get_first_root_node().add_child(name="Za zaposlene")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def _download(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - moto on loopback
        return response.read()


def _assert_signed(location: str, s3_endpoint: str, bucket: str, key: str) -> None:
    parts = urlsplit(location)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{s3_endpoint}/{bucket}/{key}"
    query = parse_qs(parts.query)
    assert query["X-Amz-Signature"]
    assert query["X-Amz-Expires"] == [str(EXPIRY)]
    assert _download(location) == DOCUMENT_CONTENT


def test_a_restricted_document_is_served_only_to_a_permitted_session(
    object_storage, staff_only, superuser_client, s3, s3_endpoint, bucket
):
    document = upload_document(superuser_client, "Zapisnik", staff_only)

    anonymous = Client().get(document.url)

    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"]  # to sign in, then back to the serve view
    assert bucket not in anonymous["Location"]
    permitted = superuser_client.get(document.url)
    assert permitted.status_code == 302
    _assert_signed(permitted["Location"], s3_endpoint, bucket, document.file.name)
    assert all_users_grants(s3, bucket, document.file.name) == []


def test_a_public_document_is_linked_through_the_serve_view_too(
    object_storage, superuser_client, s3, s3_endpoint, bucket
):
    document = upload_document(superuser_client, "Letno poročilo")

    # What the API and rich text link to: the CMS's address, stable in a cached response.
    assert document_url(document) == (
        f"http://cms.test/documents/{document.pk}/{document.filename}"
    )
    response = Client().get(document.url)
    assert response.status_code == 302
    _assert_signed(response["Location"], s3_endpoint, bucket, document.file.name)
    assert all_users_grants(s3, bucket, document.file.name) == []
