"""StreamField blocks that the apps' pages share (a page body), each with an explicit GraphQL
shape.

No block exposes its raw stored value: rich text is served as sanitised HTML, chosen pages as
their public version in the requested language (if there is one), documents only when their
collection is public, and an image block only while its image may be served
(``served_blocks``).
"""

from django.utils.translation import gettext_lazy as _
from grapple.helpers import register_streamfield_block
from grapple.models import GraphQLField, GraphQLStreamfield, GraphQLString
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.content.chosen import public_version
from cms.content.documents import document_url, is_public_document
from cms.content.images import is_public_image
from cms.content.urls import page_urls
from cms.graphql.html import GraphQLSafeHTML
from cms.graphql.images import PublicImage

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


@register_streamfield_block
class ParagraphBlock(blocks.StructBlock):
    """Formatted text: paragraphs, lists and links, served as sanitised HTML."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    graphql_fields = [GraphQLSafeHTML("html", required=True)]

    def html(self, info, values, **kwargs):
        return values.get("text") or ""

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")


@register_streamfield_block
class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Text"), help_text=_("The heading's words."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        label=_("Level"),
        help_text=_("Keep levels in order for screen reader users: h3 only below an h2."),
    )

    graphql_fields = [GraphQLString("text", required=True), GraphQLString("level", required=True)]

    class Meta:
        icon = "title"
        label = _("Heading")


@register_streamfield_block
class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Alt text"),
        help_text=_(
            "Describe what the image shows for readers who cannot see it. Leave empty "
            "only if it is purely decorative; the image's own description is used otherwise."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    graphql_fields = [
        GraphQLField("image", PublicImage, source="public_image", required=True),
        GraphQLString("alt", required=True),
        GraphQLString("caption", required=True),
    ]

    def public_image(self, info, values, **kwargs):
        image = values.get("image")
        return image if is_public_image(image, request=info.context) else None

    def alt(self, info, values, **kwargs):
        image = self.public_image(info, values)
        return values.get("alt_text") or (image.default_alt_text if image else "") or ""

    class Meta:
        icon = "image"
        label = _("Image")


@register_streamfield_block
class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Text"))
    attribution = blocks.CharBlock(
        required=False, label=_("Attribution"), help_text=_("Who said or wrote it.")
    )

    graphql_fields = [GraphQLString("text", required=True), GraphQLString("attribution")]

    class Meta:
        icon = "openquote"
        label = _("Quote")


@register_streamfield_block
class VideoBlock(blocks.StructBlock):
    """An embedded video or other oEmbed content, served as its URL for the frontend to embed."""

    url = blocks.URLBlock(
        label=_("URL"), help_text=_("The video's page, e.g. a YouTube or Vimeo link.")
    )
    title = blocks.CharBlock(
        max_length=200,
        label=_("Title"),
        help_text=_("What the video is about; screen readers announce it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    graphql_fields = [
        GraphQLString("url", required=True),
        GraphQLString("title", required=True),
        GraphQLString("caption"),
    ]

    class Meta:
        icon = "media"
        label = _("Video / embed")


@register_streamfield_block
class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    link_text = blocks.CharBlock(
        required=False,
        label=_("Link text"),
        help_text=_("Link text; the document's own title is used if empty."),
    )

    graphql_fields = [
        GraphQLString("title"),
        GraphQLString("url"),
        GraphQLString("file_extension"),
    ]

    def _public_document(self, info, values):
        document = values.get("document")
        return document if is_public_document(document, request=info.context) else None

    def title(self, info, values, **kwargs):
        document = self._public_document(info, values)
        return (values.get("link_text") or document.title) if document else None

    def url(self, info, values, **kwargs):
        document = self._public_document(info, values)
        return document_url(document) if document else None

    def file_extension(self, info, values, **kwargs):
        document = self._public_document(info, values)
        return document.file_extension if document else None

    class Meta:
        icon = "doc-full"
        label = _("Document")


@register_streamfield_block
class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    page = blocks.PageChooserBlock(
        required=False, label=_("Page"), help_text=_("A page of this site…")
    )
    external_url = blocks.URLBlock(
        required=False, label=_("External URL"), help_text=_("…or an address elsewhere.")
    )

    graphql_fields = [GraphQLString("title", required=True), GraphQLString("url")]

    def url(self, info, values, **kwargs):
        page = values.get("page")
        if page is not None:
            # A translation's links still name the original's pages (see cms.content.chosen).
            page = public_version(page, request=info.context)
            return page_urls(info.context).url(page.url_path) if page is not None else None
        return values.get("external_url") or None

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "external_url": blocks.BlockValidationError(
                        _("Choose a page or enter an external address (one of the two).")
                    )
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")


@register_streamfield_block
class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    graphql_fields = [GraphQLString("heading"), GraphQLStreamfield("links", required=True)]

    class Meta:
        icon = "list-ul"
        label = _("Link list")


def served_blocks(stream, *, request=None) -> list:
    """The blocks of ``stream`` (a StreamField's value) that can be served: an image block
    whose image may not be (in a private collection, or deleted) is left out whole, caption
    and all, as its ``image`` is never null."""
    return [
        child
        for child in stream
        if not isinstance(child.block, CaptionedImageBlock)
        or is_public_image(child.value.get("image"), request=request)
    ]


class BodyBlock(blocks.StreamBlock):
    """The body of a project or an event page: text, headings, media and links."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    link_list = LinkListBlock()
