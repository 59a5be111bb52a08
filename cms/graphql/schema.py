"""The schema this API serves: grapple's, with every page type cut down to an allow-list.

grapple builds page types as DjangoObjectTypes over Wagtail's ``Page``, so each exposes every
column and reverse relation: draft metadata (``draftTitle``, ``hasUnpublishedChanges``,
``latestRevisionCreatedAt``, ``goLiveAt``, ``expireAt``, ``lockedAt``), ``aliases`` (paths inside
private sections), tree internals. Here a page type keeps only the fields of the public page
interface and the fields its model lists in ``graphql_fields``; the types nothing else refers to
then drop out of the schema.

grapple's document and image types are cut down the same way, and the few grapple resolvers that
would serve what the public may not see (a chosen draft page, a private document, an image of a
private collection, a rendition of any size) are replaced by ones that apply this API's rules.
"""

import graphene
from django.core.exceptions import ImproperlyConfigured
from graphene.utils.str_converters import to_camel_case
from graphql import (
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
)
from grapple.registry import registry
from grapple.schema import schema as grapple_schema

from .arguments import is_grapple_list, order_description, order_fields
from .chosen import (
    PUBLIC_DOCUMENT_FIELDS,
    resolve_chosen_document,
    resolve_chosen_page,
    resolve_file_extension,
)
from .html import resolve_sanitised_block_value, unsanitised_html_fields
from .images import (
    NOT_SERVED_IMAGE_FIELDS,
    rendition_description,
    resolve_allowed_rendition,
    resolve_chosen_image,
    resolve_chosen_image_alt_text,
    resolve_public_image,
    resolve_public_images,
)
from .registry import check_root_fields, public_root_fields

#: Fields of grapple's page interface that describe the editing state, not the content.
NOT_PUBLIC_INTERFACE_FIELDS = frozenset({"locked"})

#: Fields of grapple's StreamField block types that bypass a block's typed fields: the stored
#: value (unsanitised rich text, ids of private documents and unpublished pages) and the
#: untyped child blocks. Blocks are served through the fields they declare.
NOT_PUBLIC_BLOCK_FIELDS = frozenset({"rawValue", "blocks"})

#: grapple's root fields that are served (``image`` and ``images`` with the resolvers below).
#: Its others bypass the public-page rules or the locale: ``site`` and ``sites`` list pages of
#: every locale, ``redirects`` returns unpublished target pages, and ``documents`` and
#: ``collections`` check only a collection's own restriction, not those of the collections
#: above it. Apps add their own root fields with ``register_public_queries``.
GRAPPLE_ROOT_FIELDS = frozenset({"images", "image", "imageType"})

#: grapple resolvers replaced by ones that apply this API's rules, by (type, field).
PUBLIC_RESOLVERS = {
    # Only the images outside private collections (grapple checks the image's own collection,
    # not the ones above it).
    ("Query", "image"): resolve_public_image,
    ("Query", "images"): resolve_public_images,
    # Only the renditions of GRAPPLE["ALLOWED_IMAGE_FILTERS"], refused with a coded error.
    ("ImageObjectType", "rendition"): resolve_allowed_rendition,
    # The chosen page's public version in the requested language (grapple: the stored page).
    ("PageChooserBlock", "page"): resolve_chosen_page,
    # Null for a document in a private collection (grapple: the document).
    ("DocumentChooserBlock", "document"): resolve_chosen_document,
    # Null for an image in a private collection (grapple: the image, its alt text).
    ("ImageChooserBlock", "image"): resolve_chosen_image,
    ("ImageBlock", "image"): resolve_chosen_image,
    ("ImageBlock", "altText"): resolve_chosen_image_alt_text,
    # Sanitised HTML (grapple: the stored HTML as it is).
    ("RichTextBlock", "value"): resolve_sanitised_block_value,
    ("RawHTMLBlock", "value"): resolve_sanitised_block_value,
}

#: What the fields above serve instead, where grapple's description no longer says it.
PUBLIC_DESCRIPTIONS = {
    ("PageChooserBlock", "page"): (
        "The chosen page's public version in the requested language; null when it has none."
    ),
    ("DocumentChooserBlock", "document"): "Null when the document is not public.",
    ("ImageChooserBlock", "image"): "Null when the image is not public.",
    ("ImageBlock", "image"): "Null when the image is not public.",
    ("ImageBlock", "altText"): "Null when the image is not public.",
    ("RichTextBlock", "value"): "Sanitised HTML, as `SafeHTML`.",
    ("RawHTMLBlock", "value"): "Sanitised HTML, as `SafeHTML`.",
}

DOCUMENT_DESCRIPTION = (
    "A document from the CMS's library that the public may download (documents in private "
    "collections are never served)."
)


def _model_field_names(model) -> set[str]:
    names = set()
    for field in getattr(model, "graphql_fields", ()):
        field = field() if callable(field) else field
        if isinstance(field, tuple):  # grapple's (field, wrapper) form
            field = field[0]
        names.add(to_camel_case(field.field_name))
    return names


def _restrict(graphql_type: GraphQLObjectType | GraphQLInterfaceType, allowed: set[str]):
    for name in list(graphql_type.fields):
        if name not in allowed:
            del graphql_type.fields[name]


def restrict_to_public_fields(schema: graphene.Schema) -> graphene.Schema:
    graphql_schema = schema.graphql_schema
    _restrict(graphql_schema.query_type, GRAPPLE_ROOT_FIELDS | public_root_fields)
    page_interface = graphql_schema.get_type("PageInterface")
    _restrict(page_interface, set(page_interface.fields) - NOT_PUBLIC_INTERFACE_FIELDS)
    interface_fields = set(page_interface.fields)

    page_types = {model: node._meta.name for model, node in registry.pages.items()}
    for graphql_type in graphql_schema.type_map.values():
        if isinstance(graphql_type, GraphQLObjectType) and page_interface in (
            graphql_type.interfaces
        ):
            models = [model for model, name in page_types.items() if name == graphql_type.name]
            model_fields = _model_field_names(models[0]) if models else set()
            _restrict(graphql_type, interface_fields | model_fields)

    block_interface = graphql_schema.get_type("StreamFieldInterface")
    if block_interface is not None:
        _restrict(block_interface, set(block_interface.fields) - NOT_PUBLIC_BLOCK_FIELDS)
        for block_type in graphql_schema.get_implementations(block_interface).objects:
            _restrict(block_type, set(block_type.fields) - NOT_PUBLIC_BLOCK_FIELDS)

    _restrict_media_types(graphql_schema)
    # A type or field grapple renames fails here, at start-up, rather than keep its resolver.
    for (type_name, field_name), resolver in PUBLIC_RESOLVERS.items():
        field = graphql_schema.get_type(type_name).fields[field_name]
        field.resolve = resolver
        field.description = PUBLIC_DESCRIPTIONS.get((type_name, field_name), field.description)
    _describe_orders(graphql_schema)
    _refuse_unsanitised_html(graphql_schema)

    # Rebuild so that types only the removed fields referred to leave the schema. Types that
    # implement an interface stay: they are reached at run time through the interface
    # (page types, StreamField blocks, snippets).
    schema.graphql_schema = GraphQLSchema(
        query=graphql_schema.query_type,
        mutation=graphql_schema.mutation_type,
        subscription=graphql_schema.subscription_type,
        types=[
            graphql_type
            for graphql_type in graphql_schema.type_map.values()
            if isinstance(graphql_type, GraphQLObjectType) and graphql_type.interfaces
        ],
        directives=graphql_schema.directives,
    )
    return schema


def _restrict_media_types(graphql_schema: GraphQLSchema) -> None:
    image_type = graphql_schema.get_type("ImageObjectType")
    _restrict(image_type, set(image_type.fields) - NOT_SERVED_IMAGE_FIELDS)
    image_type.fields["rendition"].description = rendition_description()

    document_type = graphql_schema.get_type("DocumentObjectType")
    _restrict(document_type, PUBLIC_DOCUMENT_FIELDS)
    document_type.description = DOCUMENT_DESCRIPTION
    document_type.fields["fileExtension"] = GraphQLField(
        GraphQLNonNull(GraphQLString),
        resolve=resolve_file_extension,
        description="The file's extension in lower case, e.g. `pdf`.",
    )


def _refuse_unsanitised_html(graphql_schema: GraphQLSchema) -> None:
    """Start-up check: no field serves rich text past the sanitiser (``cms.graphql.html``)."""
    if fields := unsanitised_html_fields(graphql_schema, registry.models):
        raise ImproperlyConfigured(
            "These fields would serve rich text without sanitising it: "
            + ", ".join(fields)
            + ". Declare them with cms.graphql.html.GraphQLSafeHTML."
        )


def _describe_orders(graphql_schema: GraphQLSchema) -> None:
    """Document on each of grapple's lists what its ``order`` accepts (``arguments`` refuses
    the rest)."""
    for graphql_type in graphql_schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType | GraphQLInterfaceType):
            continue
        for field in graphql_type.fields.values():
            if "order" in field.args and is_grapple_list(field):
                field.args["order"].description = order_description(order_fields(field))


schema = restrict_to_public_fields(grapple_schema)
# The response cache knows how to tag every served root field, or the API does not start.
check_root_fields(schema.graphql_schema.query_type.fields)
