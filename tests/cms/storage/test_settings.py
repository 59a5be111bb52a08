"""``MEDIA_STORAGE_URL`` switches media to a bucket, in every settings module; the storages'
options are what Wagtail's file-deletion task carries, so they must be JSON and hold no
secret."""

import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages
from django.utils.module_loading import import_string

from cms.storage import S3_BACKEND, object_storages
from tests.cms.test_settings import run_python

PRINT_MEDIA_SETTINGS = """
import json
import django
from django.conf import settings

django.setup()
from cms.urls import urlpatterns

print(json.dumps({
    "STORAGES": settings.STORAGES,
    "RENDITIONS": getattr(settings, "WAGTAILIMAGES_RENDITION_STORAGE", None),
    "SERVE_METHOD": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
    "MEDIA_ROUTE": any("media" in str(pattern.pattern) for pattern in urlpatterns),
}))
"""

BUCKET = {
    "MEDIA_STORAGE_URL": "s3://mklj-media/cms",
    "AWS_S3_REGION_NAME": "eu-central-1",
    "AWS_S3_ENDPOINT_URL": "https://fsn1.your-objectstorage.com",
    "MEDIA_PUBLIC_DOMAIN": "media.mklj.si",
}


def media_settings(settings_module: str, **variables: str) -> dict:
    result = run_python(["-c", PRINT_MEDIA_SETTINGS], settings_module, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_keeps_media_on_the_bucket_beside_its_static_files():
    production = media_settings(
        "cms.settings.production", SECRET_KEY="x" * 50, ALLOWED_HOSTS="cms.mklj.si", **BUCKET
    )

    storages_ = production["STORAGES"]
    assert storages_["staticfiles"]["BACKEND"].startswith("whitenoise.")
    assert storages_["default"]["BACKEND"] == storages_["renditions"]["BACKEND"] == S3_BACKEND
    private, public = storages_["default"]["OPTIONS"], storages_["renditions"]["OPTIONS"]
    assert (private["bucket_name"], private["location"]) == ("mklj-media", "cms")
    assert private["querystring_auth"] is True
    assert private["querystring_expire"] == 300
    assert private["default_acl"] is None
    assert "custom_domain" not in private
    assert public["querystring_auth"] is False
    assert public["default_acl"] == "public-read"
    assert public["custom_domain"] == "media.mklj.si"
    assert public["endpoint_url"] == private["endpoint_url"] == BUCKET["AWS_S3_ENDPOINT_URL"]
    assert production["RENDITIONS"] == "renditions"
    assert production["SERVE_METHOD"] == "redirect"


def test_without_a_bucket_media_stays_on_disk_and_make_run_serves_it():
    local = media_settings("cms.settings.dev", DEBUG="true")
    on_bucket = media_settings("cms.settings.dev", DEBUG="true", **BUCKET)

    assert local["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert "renditions" not in local["STORAGES"]
    assert (local["RENDITIONS"], local["SERVE_METHOD"]) == (None, None)
    assert local["MEDIA_ROUTE"] is True
    assert on_bucket["MEDIA_ROUTE"] is False


@pytest.mark.parametrize("url", ["mklj-media", "https://mklj-media", "s3://", "s3://b?x=1"])
def test_a_storage_url_that_names_no_bucket_is_refused(url):
    with pytest.raises(ImproperlyConfigured, match="s3://<bucket>"):
        object_storages(storage_url=url)


def test_the_public_domain_serves_renditions_unsigned_and_originals_never():
    configured = object_storages(
        storage_url="s3://mklj-media", public_domain="http://cdn.library.test/"
    )
    renditions = import_string(S3_BACKEND)(**configured["renditions"]["OPTIONS"])

    assert renditions.url("images/a.max-480x1920.format-webp.webp") == (
        "http://cdn.library.test/images/a.max-480x1920.format-webp.webp"
    )
    assert "custom_domain" not in configured["default"]["OPTIONS"]


@pytest.mark.django_db
def test_the_storages_deconstruct_to_json_without_credentials(object_storage):
    for alias in ("default", "renditions"):
        deconstructed = json.loads(json.dumps(storages[alias].deconstruct()))

        path, args, kwargs = deconstructed
        assert path == S3_BACKEND
        assert kwargs == object_storage.STORAGES[alias]["OPTIONS"]
        assert object_storage.AWS_SECRET_ACCESS_KEY not in json.dumps(deconstructed)
        rebuilt = import_string(path)(*args, **kwargs)  # as the deletion task does
        assert rebuilt.bucket_name == kwargs["bucket_name"]
