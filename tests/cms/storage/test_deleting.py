"""Deleting an image or a document in the admin removes its objects from the bucket: Wagtail
enqueues ``delete_file_from_storage_task(storage.deconstruct(), name)`` once the deletion is
committed, for the original and for every rendition."""

import pytest
from django.urls import reverse

from .conftest import keys, upload_document, upload_image

pytestmark = pytest.mark.django_db


def test_deleting_in_the_admin_removes_the_original_its_renditions_and_the_document(
    object_storage, superuser_client, s3, bucket, django_capture_on_commit_callbacks
):
    image = upload_image(superuser_client, "Za brisanje")
    renditions = [
        image.get_rendition(spec).file.name
        for spec in ("max-160x640|format-webp", "max-480x1920|format-avif")
    ]
    document = upload_document(superuser_client, "Za brisanje")
    stored = {image.file.name, *renditions, document.file.name}
    assert stored <= keys(s3, bucket)

    with django_capture_on_commit_callbacks(execute=True):
        for url in (
            reverse("wagtailimages:delete", args=[image.pk]),
            reverse("wagtaildocs:delete", args=[document.pk]),
        ):
            assert superuser_client.post(url).status_code == 302

    assert not stored & keys(s3, bucket)
