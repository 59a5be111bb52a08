"""Rich text as the API serves it: Wagtail's database format expanded to HTML, then sanitised.

Wagtail's editor cleans what editors type, but rich text can also arrive through imports,
migrations or the shell. Whatever is stored, the API output keeps only the tags and
attributes below, so an editor's ``<script>`` (or an ``onclick``) never reaches a frontend.
"""

import graphene
import nh3
from grapple.models import GraphQLField
from wagtail.rich_text import RichText, expand_db_html

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "cite", "code", "em", "figcaption", "figure",
        "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "s", "strong",
        "sub", "sup", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "width", "height", "class"},
    "ol": {"start"},
    "abbr": {"title"},
}
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer",
    )


def render_rich_text(value) -> str:
    """Stored rich text (a ``str`` from a field, a ``RichText`` from a block) as safe HTML."""
    if value is None:
        return ""
    source = value.source if isinstance(value, RichText) else str(value)
    return sanitize_html(expand_db_html(source))


class SafeHTML(graphene.Scalar):
    """HTML from the CMS's rich text: internal links resolved to page paths, and only
    formatting tags, links and images kept. Safe to insert into a page as it is."""

    @staticmethod
    def serialize(value):
        return render_rich_text(value)


def GraphQLSafeHTML(field_name: str, **kwargs):  # noqa: N802 (grapple's field naming)
    """A rich text field (``RichTextField`` or a ``RichTextBlock``) served as ``SafeHTML``."""
    return GraphQLField(field_name, SafeHTML, **kwargs)
