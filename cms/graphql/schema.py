"""The schema this API serves: grapple's, holding only the fields declared here.

grapple builds page types as DjangoObjectTypes over Wagtail's ``Page``, so each exposes every
column and reverse relation: draft metadata (``draftTitle``, ``hasUnpublishedChanges``,
``latestRevisionCreatedAt``, ``goLiveAt``, ``expireAt``, ``lockedAt``), ``aliases`` (paths inside
private sections), tree internals; a later grapple may add more to any of its types. So every
type grapple builds serves only the fields declared for it (``declared_fields``): a page type
the public page interface's fields (``PUBLIC_PAGE_INTERFACE_FIELDS``) and the ones its model
lists in ``graphql_fields``, a block or snippet type its interface's and its ``graphql_fields``,
grapple's image, document and block types the allow-lists below, the root the fields of
``register_public_queries`` and ``GRAPPLE_ROOT_FIELDS``. The types nothing else refers to then
drop out of the schema, and a type grapple builds that is still served without a declaration
stops the start-up (``UndeclaredFields``).

The few grapple resolvers that would serve what the public may not see (a chosen draft page, a
private document, an image of a private collection, a rendition of any size) are replaced by
ones that apply this API's rules.
"""

from collections.abc import Collection

import graphene
from django.core.exceptions import ImproperlyConfigured
from graphene.utils.str_converters import to_camel_case, to_snake_case
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
    PUBLIC_IMAGE_FIELDS,
    PUBLIC_RENDITION_FIELDS,
    rendition_description,
    resolve_allowed_rendition,
    resolve_chosen_image,
    resolve_chosen_image_alt_text,
    resolve_original_url,
    resolve_public_image,
    resolve_public_images,
)
from .interfaces import PUBLIC_PAGE_INTERFACE_FIELDS
from .registry import check_root_fields, public_root_fields

#: grapple's root fields that are served (``image`` and ``images`` with the resolvers below).
#: Its others bypass the public-page rules or the locale: ``site`` and ``sites`` list pages of
#: every locale, ``redirects`` returns unpublished target pages, and ``documents`` and
#: ``collections`` check only a collection's own restriction, not those of the collections
#: above it. Apps add their own root fields with ``register_public_queries``.
GRAPPLE_ROOT_FIELDS = frozenset({"images", "image", "imageType"})

#: The fields of grapple's StreamField block interface that are served. Not ``rawValue``: the
#: stored value (unsanitised rich text, ids of private documents and unpublished pages) past a
#: block's typed fields.
BLOCK_INTERFACE_FIELDS = frozenset({"id", "blockType", "field"})

#: grapple's types for Wagtail's own blocks: what each serves besides the interface's fields.
#: Not ``blocks`` (the untyped child blocks of a stream or struct): blocks are served through
#: the fields they declare.
GRAPPLE_BLOCK_FIELDS = {
    **dict.fromkeys(
        (
            "StreamFieldBlock",
            "CharBlock",
            "TextBlock",
            "EmailBlock",
            "IntegerBlock",
            "FloatBlock",
            "DecimalBlock",
            "RegexBlock",
            "URLBlock",
            "BooleanBlock",
            "DateBlock",
            "TimeBlock",
            "DateTimeBlock",
            "RichTextBlock",
            "RawHTMLBlock",
            "BlockQuoteBlock",
            "StaticBlock",
        ),
        frozenset({"value"}),
    ),
    "ChoiceBlock": frozenset({"value", "choices"}),
    "StreamBlock": frozenset(),
    "StructBlock": frozenset(),
    "ListBlock": frozenset({"items"}),
    "EmbedBlock": frozenset({"value", "url", "embed", "rawEmbed"}),
    "PageChooserBlock": frozenset({"page"}),
    "DocumentChooserBlock": frozenset({"document"}),
    "ImageChooserBlock": frozenset({"image"}),
    "ImageBlock": frozenset({"image", "decorative", "altText"}),
    "SnippetChooserBlock": frozenset({"snippet"}),
}

SNIPPET_INTERFACE_FIELDS = frozenset({"snippetType", "contentType"})

#: grapple's other types that are served, and their served fields.
GRAPPLE_TYPE_FIELDS = {
    "StreamFieldInterface": BLOCK_INTERFACE_FIELDS,
    "SnippetInterface": SNIPPET_INTERFACE_FIELDS,
    "ImageObjectType": PUBLIC_IMAGE_FIELDS,
    "ImageRenditionObjectType": PUBLIC_RENDITION_FIELDS,
    # ``fileExtension`` is this API's own (``_describe_media_types``).
    "DocumentObjectType": PUBLIC_DOCUMENT_FIELDS | {"fileExtension"},
    "ChoiceOption": frozenset({"key", "value"}),
    "PaginationType": frozenset(
        {"total", "count", "perPage", "currentPage", "prevPage", "nextPage", "totalPages"}
    ),
}

#: The arguments of grapple's lists (``QuerySetList``): the page tree fields and ``images``.
GRAPPLE_LIST_ARGUMENTS = frozenset(
    {"id", "limit", "offset", "order", "searchQuery", "searchOperator", "inMenu"}
)

PAGE_TREE_FIELDS = (
    "children", "siblings", "nextSiblings", "previousSiblings", "descendants", "ancestors",
)  # fmt: skip

#: The arguments served on grapple's own fields, by (type, field); a field of grapple's not
#: named here takes none. A page type's interface fields go by ``PageInterface``.
GRAPPLE_ARGUMENTS = {
    ("Query", "images"): GRAPPLE_LIST_ARGUMENTS | {"collection"},
    ("Query", "image"): frozenset({"id"}),
    ("ImageObjectType", "rendition"): frozenset(
        {
            "max",
            "min",
            "width",
            "height",
            "fill",
            "format",
            "bgcolor",
            "jpegquality",
            "webpquality",
            "preserveSvg",
        }
    ),
    **dict.fromkeys(
        [(block, "value") for block in ("DateBlock", "TimeBlock", "DateTimeBlock")],
        frozenset({"format"}),
    ),
    **{("PageInterface", name): GRAPPLE_LIST_ARGUMENTS for name in PAGE_TREE_FIELDS},
}

#: grapple resolvers replaced by ones that apply this API's rules, by (type, field).
PUBLIC_RESOLVERS = {
    # Only the images outside private collections (grapple checks the image's own collection,
    # not the ones above it).
    ("Query", "image"): resolve_public_image,
    ("Query", "images"): resolve_public_images,
    # Only the renditions of GRAPPLE["ALLOWED_IMAGE_FILTERS"], refused with a coded error.
    ("ImageObjectType", "rendition"): resolve_allowed_rendition,
    # Never an original's signed URL on a private bucket (grapple: the file's URL).
    ("ImageObjectType", "url"): resolve_original_url,
    ("ImageObjectType", "src"): resolve_original_url,
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


def declared_fields() -> dict[str, Collection[str]]:
    """The fields each of grapple's served types serves, by GraphQL type name."""
    declared: dict[str, Collection[str]] = {
        "Query": GRAPPLE_ROOT_FIELDS | public_root_fields,
        "PageInterface": PUBLIC_PAGE_INTERFACE_FIELDS,
        **GRAPPLE_TYPE_FIELDS,
    }
    for model, node in registry.pages.items():
        declared[node._meta.name] = PUBLIC_PAGE_INTERFACE_FIELDS | _model_field_names(model)
    for model, node in registry.snippets.items():
        declared[node._meta.name] = {"id", *SNIPPET_INTERFACE_FIELDS} | _model_field_names(model)
    for model, node in registry.django_models.items():
        declared[node._meta.name] = {"id"} | _model_field_names(model)
    for block, node in registry.streamfield_blocks.items():
        own = GRAPPLE_BLOCK_FIELDS.get(node._meta.name)
        own = _model_field_names(block) if own is None else own
        declared[node._meta.name] = BLOCK_INTERFACE_FIELDS | own
    return declared


def _grapple_fields(graphql_schema: GraphQLSchema):
    """(type, names, type declaring them) of the fields grapple declares, not this project's
    apps (which declare their own arguments)."""
    yield graphql_schema.query_type, GRAPPLE_ROOT_FIELDS, "Query"
    for name, own_fields in {**GRAPPLE_TYPE_FIELDS, **GRAPPLE_BLOCK_FIELDS}.items():
        if (graphql_type := graphql_schema.get_type(name)) is not None:
            yield graphql_type, set(own_fields), name
    for interface_name, interface_fields in (
        ("PageInterface", PUBLIC_PAGE_INTERFACE_FIELDS),
        ("StreamFieldInterface", BLOCK_INTERFACE_FIELDS),
        ("SnippetInterface", SNIPPET_INTERFACE_FIELDS),
    ):
        if (interface := graphql_schema.get_type(interface_name)) is None:
            continue
        for graphql_type in [interface, *graphql_schema.get_implementations(interface).objects]:
            yield graphql_type, set(interface_fields), interface_name


def _restrict(graphql_type: GraphQLObjectType | GraphQLInterfaceType, allowed: Collection[str]):
    for name in list(graphql_type.fields):
        if name not in allowed:
            del graphql_type.fields[name]


def restrict_to_public_fields(schema: graphene.Schema) -> graphene.Schema:
    graphql_schema = schema.graphql_schema
    declared = declared_fields()
    for graphql_type in graphql_schema.type_map.values():
        if graphql_type.name in declared and isinstance(
            graphql_type, GraphQLObjectType | GraphQLInterfaceType
        ):
            _restrict(graphql_type, declared[graphql_type.name])

    for graphql_type, field_names, declared_on in _grapple_fields(graphql_schema):
        for name in field_names & set(graphql_type.fields):
            allowed = GRAPPLE_ARGUMENTS.get((declared_on, name), ())
            arguments = graphql_type.fields[name].args
            for argument in [argument for argument in arguments if argument not in allowed]:
                del arguments[argument]

    _describe_media_types(graphql_schema)
    # A type or field grapple renames fails here, at start-up, rather than keep its resolver.
    for (type_name, field_name), resolver in PUBLIC_RESOLVERS.items():
        field = graphql_schema.get_type(type_name).fields[field_name]
        field.resolve = resolver
        field.description = PUBLIC_DESCRIPTIONS.get((type_name, field_name), field.description)
    _describe_orders(graphql_schema)

    # Rebuild so that types only the removed fields referred to leave the schema. Types that
    # implement an interface stay: they are reached at run time through the interface
    # (page types, StreamField blocks, snippets). Queries only: no mutation is declared.
    schema.graphql_schema = GraphQLSchema(
        query=graphql_schema.query_type,
        types=[
            graphql_type
            for graphql_type in graphql_schema.type_map.values()
            if isinstance(graphql_type, GraphQLObjectType) and graphql_type.interfaces
        ],
        directives=graphql_schema.directives,
    )
    check_served_schema(schema.graphql_schema, declared)
    return schema


def _describe_media_types(graphql_schema: GraphQLSchema) -> None:
    image_type = graphql_schema.get_type("ImageObjectType")
    image_type.fields["rendition"].description = rendition_description()

    document_type = graphql_schema.get_type("DocumentObjectType")
    document_type.description = DOCUMENT_DESCRIPTION
    document_type.fields["fileExtension"] = GraphQLField(
        GraphQLNonNull(GraphQLString),
        resolve=resolve_file_extension,
        description="The file's extension in lower case, e.g. `pdf`.",
    )


class UndeclaredFields(ImproperlyConfigured):
    """The start-up refusal of a schema that would serve what nobody declared: a type grapple
    builds with fields (or no list of fields) not declared in this module, or an app's root
    field that grapple's own field of that name would shadow."""


def check_served_schema(graphql_schema: GraphQLSchema, declared) -> None:
    """Start-up checks on the schema as served: every type grapple builds serves only declared
    fields, every root field an app registered is the app's, and no field serves rich text
    past the sanitiser (``cms.graphql.html``)."""
    if undeclared := undeclared_fields(graphql_schema, declared):
        raise UndeclaredFields(
            "grapple would serve fields nobody declared: "
            + ", ".join(undeclared)
            + ". Name the ones to serve in cms.graphql.schema."
        )
    if shadowed := grapple_owned_root_fields(graphql_schema.query_type.graphene_type):
        raise UndeclaredFields(
            "grapple's own root fields would be served in place of the registered ones: "
            + ", ".join(shadowed)
            + ". register_public_queries puts a mixin in front of grapple's."
        )
    if fields := unsanitised_html_fields(graphql_schema, registry.models):
        raise ImproperlyConfigured(
            "These fields would serve rich text without sanitising it: "
            + ", ".join(fields)
            + ". Declare them with cms.graphql.html.GraphQLSafeHTML."
        )


def _built_by_grapple(graphql_type, grapple_nodes: set) -> bool:
    graphene_type = getattr(graphql_type, "graphene_type", None)
    if graphene_type is None:
        return False
    return graphene_type in grapple_nodes or any(
        base.__module__.startswith("grapple.") for base in graphene_type.__mro__
    )


def undeclared_fields(graphql_schema: GraphQLSchema, declared) -> list[str]:
    """``Type.field`` (``Type`` alone for a type with no declaration) of what a type grapple
    built serves beyond its declaration."""
    grapple_nodes = {node for node in registry.models.values() if isinstance(node, type)}
    found = []
    for graphql_type in graphql_schema.type_map.values():
        if not isinstance(
            graphql_type, GraphQLObjectType | GraphQLInterfaceType
        ) or not _built_by_grapple(graphql_type, grapple_nodes):
            continue
        if graphql_type.name not in declared:
            found.append(graphql_type.name)
            continue
        extra = set(graphql_type.fields) - set(declared[graphql_type.name])
        found.extend(f"{graphql_type.name}.{name}" for name in sorted(extra))
    return found


def grapple_owned_root_fields(query: type) -> list[str]:
    """The registered root fields (``public_root_fields``) whose field or resolver the query
    type takes from one of grapple's mixins: graphene takes each from the first base class in
    the MRO that defines it."""
    found = []
    for name in sorted(public_root_fields):
        attribute = to_snake_case(name)
        for member in (attribute, f"resolve_{attribute}"):
            owner = next((base for base in query.__mro__ if member in vars(base)), None)
            if owner is not None and owner.__module__.startswith("grapple."):
                found.append(f"{name} ({owner.__module__}.{owner.__qualname__}.{member})")
    return found


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
