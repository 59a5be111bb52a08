"""Drive wagtail-localize as a translator does: submit a page for translation, then work in
its translation editor through the admin's own endpoints (the URLs the editor's props give)."""

import json
from urllib.parse import urlencode

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from tests.factories import publish
from tests.project_pages.factories import ProjectPageFactory

SLOVENE = {
    "title": "Tehnološka knjižnica",
    "slug": "tech-library",
    "summary": "Knjižnica orodij in naprav za vse generacije.",
}
ENGLISH = {
    "title": "Technology library",
    "slug": "tech-library",
    "summary": "A library of tools and devices for every generation.",
}


def slovene_project(index, **fields) -> Page:
    """A published Slovene project below ``index``."""
    return publish(ProjectPageFactory(parent=index, **{**SLOVENE, **fields}))


def submit_for_translation(page: Page, language_code: str, on_commit) -> Translation:
    """wagtail-localize's "Translate this page" (``translate_object``). A live source's new
    translation is published when the transaction commits, hence ``on_commit``: pytest-django's
    ``django_capture_on_commit_callbacks``."""
    locale = Locale.objects.get(language_code=language_code)
    with on_commit(execute=True):
        translate_object(page, [locale])
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


class TranslationEditor:
    """wagtail-localize's editor for one translation, opened by ``client``'s user."""

    def __init__(self, client, translation: Translation, on_commit):
        self.client = client
        self.translation = translation
        self.on_commit = on_commit

    @property
    def page(self) -> Page:
        return self.translation.get_target_instance().specific

    @property
    def url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    def open(self):
        return self.client.get(self.url)

    def props(self) -> dict:
        response = self.open()
        assert response.status_code == 200, response.status_code
        return json.loads(response.context["props"])

    def translate(self, texts: dict[str, str]) -> list:
        """Type ``texts`` (by content path, e.g. ``summary``) into their string segments, as
        the editor does; returns the responses."""
        segments = {
            segment["contentPath"]: segment
            for segment in self.props()["segments"]
            if segment["type"] == "string"
        }
        return [
            self.client.put(
                segments[path]["editUrl"],
                data=urlencode({"value": value}),
                content_type="application/x-www-form-urlencoded; charset=utf-8",
            )
            for path, value in texts.items()
        ]

    def translate_all(self, texts: dict[str, str]) -> None:
        paths = [s["contentPath"] for s in self.props()["segments"] if s["type"] == "string"]
        for response in self.translate({path: texts[path] for path in paths}):
            assert response.status_code in (200, 201), response.content

    def save(self):
        """The editor's form posted without publishing: the strings are already saved."""
        return self.client.post(self.url, {})

    def publish(self):
        with self.on_commit(execute=True):
            return self.client.post(self.url, {"action": "publish"})

    def machine_translate(self):
        url = self.props()["machineTranslator"]["url"]
        return self.client.post(url, {"next": self.url})

    def download_po(self) -> polib.POFile:
        response = self.client.get(self.props()["links"]["downloadPofile"])
        assert response.status_code == 200, response.status_code
        assert response["Content-Type"].startswith("text/x-gettext-translation")
        return polib.pofile(response.content.decode())

    def upload_po(self, po: polib.POFile):
        upload = SimpleUploadedFile(
            "translation.po", str(po).encode(), content_type="text/x-gettext-translation"
        )
        return self.client.post(
            self.props()["links"]["uploadPofile"], {"file": upload, "next": self.url}
        )


def sync(client, translation: Translation, on_commit, *, publish=True):
    """wagtail-localize's "Sync translated pages": extract the source again and, with
    ``publish``, apply it to the translations and publish them."""
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    data = {"publish_translations": "on"} if publish else {}
    with on_commit(execute=True):
        return client.post(url, data)
