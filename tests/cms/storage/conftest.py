"""A real S3-compatible server for the media-storage tests: moto's, one per test process
(pytest-xdist runs several), with a bucket of its own per test module, and the settings of
``cms.storage`` pointed at it."""

import io
import uuid

import boto3
import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.storage import object_storages
from tests.servers import running_s3

REGION = "us-east-1"
#: Seconds a signed URL of a private object lasts in these tests (the default is 300).
EXPIRY = 120
#: moto accepts any key pair; these are Django settings (django-storages reads them there
#: before the environment), so nothing leaks into other tests' environment.
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture(scope="session")
def s3_endpoint(tmp_path_factory):
    """The URL of a moto S3 server on a free loopback port."""
    with running_s3(tmp_path_factory.mktemp("moto") / "moto.log") as url:
        yield url


@pytest.fixture(scope="session")
def s3(s3_endpoint):
    """A boto3 client of the server, to look at the bucket from outside the CMS."""
    return boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )


@pytest.fixture(scope="module")
def bucket(s3):
    name = f"media-{uuid.uuid4().hex[:16]}"
    s3.create_bucket(Bucket=name)
    return name


@pytest.fixture
def object_storage(settings, monkeypatch, s3_endpoint, bucket):
    """The settings ``MEDIA_STORAGE_URL=s3://<bucket>`` gives (cms/settings/base.py), against
    moto. Changing STORAGES drops Django's cached storages (its ``setting_changed`` receiver);
    the rendition model's file field took its storage once, when the models were loaded, so it
    is pointed at the new ``renditions`` storage here."""
    settings.MEDIA_STORAGE_URL = f"s3://{bucket}"
    settings.STORAGES = {
        **settings.STORAGES,
        **object_storages(
            storage_url=settings.MEDIA_STORAGE_URL,
            region=REGION,
            endpoint_url=s3_endpoint,
            private_url_expiry=EXPIRY,
        ),
    }
    settings.WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    for name, value in CREDENTIALS.items():
        setattr(settings, name, value)
    rendition_file = get_image_model().get_rendition_model()._meta.get_field("file")
    monkeypatch.setattr(rendition_file, "storage", storages["renditions"])
    cache.clear()  # Wagtail caches renditions by image id, which a rolled-back test reuses
    yield settings
    cache.clear()


@pytest.fixture
def superuser_client(client, db):
    user = get_user_model().objects.create_superuser(
        username="media-editor", email="media@example.com", password="x"
    )
    client.force_login(user)
    return client


DOCUMENT_CONTENT = b"%PDF-1.4 minutes of the board\n"


def upload_image(client, title: str):
    """Uploads a 640 × 480 PNG through the admin's form, as an editor does."""
    content = io.BytesIO()
    PillowImage.new("RGB", (640, 480), "teal").save(content, "PNG")
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "file": SimpleUploadedFile("reading-room.png", content.getvalue(), "image/png"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    return get_image_model().objects.get(title=title)


def upload_document(client, title: str, collection=None):
    """Uploads a PDF through the admin's form into ``collection`` (the root's by default)."""
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile("minutes.pdf", DOCUMENT_CONTENT, "application/pdf"),
            "collection": (collection or Collection.get_first_root_node()).pk,
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    return get_document_model().objects.get(title=title)


def all_users_grants(s3, bucket: str, key: str) -> list[dict]:
    """The grants of the object ``key`` to everyone (anonymous readers)."""
    grants = s3.get_object_acl(Bucket=bucket, Key=key)["Grants"]
    return [grant for grant in grants if grant["Grantee"].get("URI", "").endswith("/AllUsers")]


def keys(s3, bucket: str) -> set[str]:
    return {item["Key"] for item in s3.list_objects_v2(Bucket=bucket).get("Contents", [])}
