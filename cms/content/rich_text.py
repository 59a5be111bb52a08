"""Internal links and embedded images in rich text, as the API renders them.

A link the public may not follow keeps its text and loses its address: an unpublished page's
path reveals its slug, a private document's its file name. An image of a private collection
is not rendered at all (its rendition's address holds its file name).
"""

from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.images.formats import get_image_formats
from wagtail.images.rich_text import ImageEmbedHandler
from wagtail.images.shortcuts import get_rendition_or_not_found
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from .chosen import public_versions
from .context import current_context
from .documents import document_url, is_public_document
from .images import public_images
from .urls import page_urls


def _ids(attrs_list: list[dict]) -> list[str]:
    # Rich text can arrive by import or the shell: an id that is no number links to nothing.
    return [str(attrs.get("id", "")) for attrs in attrs_list]


class PublicPageLinkHandler(PageLinkHandler):
    """A link to another page of the site becomes the path of that page's public version in
    the language being served (see ``chosen``)."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list[Page | None]:
        ids = _ids(attrs_list)
        pages = Page.objects.filter(pk__in=[pk for pk in ids if pk.isdigit()]).only(
            "translation_key"
        )
        by_id = {str(page.pk): page for page in pages}
        return [by_id.get(pk) for pk in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        chosen = cls.get_many(attrs_list)
        # No request reaches a link handler: the view makes the request's context current.
        versions = public_versions(
            [page.translation_key for page in chosen if page],
            locale=current_context().served_locale(),
        )
        targets = [versions.get(page.translation_key) if page else None for page in chosen]
        # page.url: without a request, as Wagtail's handlers have none. None: no site serves it.
        table = page_urls() if any(targets) else None
        urls = [table.url(page.url_path) if page else None for page in targets]
        return [f'<a href="{escape(url)}">' if url else "<a>" for url in urls]


class PublicDocumentLinkHandler(DocumentLinkHandler):
    """A link to a document keeps its address only while the document's collection is
    public."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        ids = _ids(attrs_list)
        documents = cls.get_model().objects.filter(pk__in=[pk for pk in ids if pk.isdigit()])
        by_id = {str(document.pk): document for document in documents.select_related("collection")}
        return [by_id.get(pk) for pk in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        return [
            f'<a href="{escape(document_url(document))}">'
            if is_public_document(document)
            else "<a>"
            for document in cls.get_many(attrs_list)
        ]


class PublicImageEmbedHandler(ImageEmbedHandler):
    """An image embedded in rich text, rendered only while it may be served (``images``);
    otherwise, and for an unknown format, as Wagtail renders a missing image: ``<img alt="">``.
    """

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        ids = _ids(attrs_list)
        images = public_images().filter(pk__in=[pk for pk in ids if pk.isdigit()])
        by_id = {str(image.pk): image for image in images}
        return [by_id.get(pk) for pk in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        formats = {image_format.name: image_format for image_format in get_image_formats()}
        tags = []
        for attrs, image in zip(attrs_list, cls.get_many(attrs_list), strict=True):
            image_format = formats.get(attrs.get("format"))
            if image is None or image_format is None:
                tags.append('<img alt="">')
            else:
                tags.append(_img_tag(image, image_format, attrs.get("alt", "")))
        return tags


def _img_tag(image, image_format, alt: str) -> str:
    """``image_format.image_to_html`` with the rendition's absolute URL, like every media URL
    of the API: the HTML is inserted into pages on the frontend's origin."""
    rendition = get_rendition_or_not_found(image, image_format.filter_spec)
    attributes = {"src": rendition.full_url, "alt": escape(alt)}
    if image_format.classname:
        attributes["class"] = escape(image_format.classname)
    return rendition.img_tag(attributes)
