"""Resolvers that hold grapple's chooser blocks and documents to what the public may see."""

from wagtail.models import Page

from cms.content.chosen import public_version
from cms.content.documents import is_public_document

#: The fields of grapple's ``DocumentObjectType`` a reader needs to download a document. Its
#: others are the library's housekeeping: ``collection`` (and through it the names of the
#: collections around it), ``tags``, ``fileHash``, ``createdAt``, the storage name in ``file``.
PUBLIC_DOCUMENT_FIELDS = frozenset({"id", "title", "url", "fileSize"})


def resolve_chosen_page(block, info, **kwargs):
    """grapple's ``PageChooserBlock.page``, which serves the stored page whatever its state
    and language."""
    page = block.value
    return public_version(page, request=info.context) if isinstance(page, Page) else None


def resolve_chosen_document(block, info, **kwargs):
    """grapple's ``DocumentChooserBlock.document``: the chosen document, or null when it is in
    a private collection (its title and file name would leak)."""
    document = block.value
    return document if is_public_document(document, request=info.context) else None


def resolve_file_extension(document, info, **kwargs) -> str:
    return document.file_extension
