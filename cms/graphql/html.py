"""Rich text as the API serves it: Wagtail's database format expanded to HTML, then sanitised.

Wagtail's editor cleans what editors type, but rich text can also arrive through imports,
migrations or the shell. Whatever is stored, the API output keeps only the tags and
attributes below, so an editor's ``<script>`` (or an ``onclick``) never reaches a frontend.

Every rich text field and block is served through ``render_rich_text``: declare it with
``GraphQLSafeHTML``. ``unsanitised_html_fields`` lists the fields that are not, and the schema
refuses to start while there is one (``cms.graphql.schema``).
"""

import graphene
import nh3
from django.core.exceptions import FieldDoesNotExist
from graphql import GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema, get_named_type
from grapple.models import GraphQLField
from grapple.types.rich_text import RichText as GrappleRichText
from wagtail.blocks import RichTextBlock
from wagtail.fields import RichTextField
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


class SafeRichText(graphene.Scalar):
    """The scalar ``HomePage.intro`` was first served as: grapple's ``RichText``, which did not
    sanitise. The name stays so that frontends built against the contract's 1.x releases keep
    working; the value is now exactly what ``SafeHTML`` serves."""

    class Meta:
        name = "RichText"
        description = (
            "HTML from the CMS's rich text, sanitised exactly like `SafeHTML` (an older name of "
            "the same thing). Safe to insert into a page as it is."
        )

    @staticmethod
    def serialize(value):
        return render_rich_text(value)


#: The scalars that serve HTML through ``render_rich_text``.
SANITISED_HTML_SCALARS = (SafeHTML, SafeRichText)


def GraphQLSafeHTML(field_name: str, scalar=SafeHTML, **kwargs):  # noqa: N802 (grapple's naming)
    """A rich text field (``RichTextField`` or a ``RichTextBlock``) served as sanitised HTML:
    as ``SafeHTML``, or as ``scalar`` (one of ``SANITISED_HTML_SCALARS``)."""
    if scalar not in SANITISED_HTML_SCALARS:
        raise TypeError(f"{scalar!r} does not sanitise: use one of {SANITISED_HTML_SCALARS}.")
    return GraphQLField(field_name, scalar, **kwargs)


def resolve_sanitised_block_value(block, info, **kwargs) -> str:
    """grapple's ``RichTextBlock.value`` and ``RawHTMLBlock.value`` (a bare rich text or raw
    HTML block in a stream), which serve the stored HTML as it is."""
    value = block.value
    return render_rich_text(value) if isinstance(value, RichText) else sanitize_html(str(value))


#: grapple's block fields that serve a block's stored HTML: each must resolve through
#: ``resolve_sanitised_block_value`` (``cms.graphql.schema`` sets it). Not here, and served as
#: it is: ``EmbedBlock.rawEmbed``, the oEmbed HTML (an ``<iframe>``, which the sanitiser would
#: strip) of a provider Wagtail's embed finders trust; no StreamField here has an EmbedBlock.
GRAPPLE_HTML_BLOCK_FIELDS = (("RichTextBlock", "value"), ("RawHTMLBlock", "value"))


def unsanitised_html_fields(graphql_schema: GraphQLSchema, models) -> list[str]:
    """``Type.field`` of every served field that would give rich text without sanitising it:
    a field of grapple's own ``RichText`` scalar, a block's stored HTML left to grapple's
    resolver (``GRAPPLE_HTML_BLOCK_FIELDS``), or a model's ``RichTextField`` or a struct
    block's ``RichTextBlock`` declared with another type than ``SANITISED_HTML_SCALARS``
    (grapple would serve ``GraphQLString("intro")`` as the stored HTML).

    ``models``: the classes with ``graphql_fields`` (grapple's ``registry.models``).
    """
    found = []
    for graphql_type in graphql_schema.type_map.values():
        if graphql_type.name.startswith("__") or not isinstance(
            graphql_type, GraphQLObjectType | GraphQLInterfaceType
        ):
            continue
        for name, field in graphql_type.fields.items():
            graphene_type = getattr(get_named_type(field.type), "graphene_type", None)
            if isinstance(graphene_type, type) and issubclass(graphene_type, GrappleRichText):
                found.append(f"{graphql_type.name}.{name}")
    for type_name, field_name in GRAPPLE_HTML_BLOCK_FIELDS:
        block_type = graphql_schema.get_type(type_name)
        field = block_type.fields.get(field_name) if block_type is not None else None
        if field is not None and field.resolve is not resolve_sanitised_block_value:
            found.append(f"{type_name}.{field_name}")
    for model in models:
        for field in _declared_fields(model):
            if _is_rich_text(model, field.field_source) and _scalar(field) not in (
                SANITISED_HTML_SCALARS
            ):
                found.append(f"{model.__name__}.{field.field_name}")
    return sorted(set(found))


def _declared_fields(model) -> list[GraphQLField]:
    fields = []
    for field in getattr(model, "graphql_fields", ()):
        field = field() if callable(field) else field
        fields.append(field[0] if isinstance(field, tuple) else field)  # (field, wrapper)
    return fields


def _is_rich_text(model, source: str) -> bool:
    child_blocks = getattr(model, "base_blocks", None)  # a StructBlock class
    if child_blocks is not None:
        return isinstance(child_blocks.get(source), RichTextBlock)
    try:
        return isinstance(model._meta.get_field(source), RichTextField)
    except FieldDoesNotExist:  # a property or a method
        return False


def _scalar(field: GraphQLField):
    field_type = field.field_type
    while isinstance(field_type, graphene.NonNull | graphene.List):
        field_type = field_type.of_type
    return field_type
