"""The schema this API serves: grapple's, with every page type cut down to an allow-list.

grapple builds page types as DjangoObjectTypes over Wagtail's ``Page``, so each exposes every
column and reverse relation: draft metadata (``draftTitle``, ``hasUnpublishedChanges``,
``latestRevisionCreatedAt``, ``goLiveAt``, ``expireAt``, ``lockedAt``), ``aliases`` (paths inside
private sections), tree internals. Here a page type keeps only the fields of the public page
interface and the fields its model lists in ``graphql_fields``; the types nothing else refers to
then drop out of the schema.
"""

import graphene
from graphene.utils.str_converters import to_camel_case
from graphql import GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema
from grapple.registry import registry
from grapple.schema import schema as grapple_schema

from .registry import public_root_fields

#: Fields of grapple's page interface that describe the editing state, not the content.
NOT_PUBLIC_INTERFACE_FIELDS = frozenset({"locked"})

#: Fields of grapple's StreamField block types that bypass a block's typed fields: the stored
#: value (unsanitised rich text, ids of private documents and unpublished pages) and the
#: untyped child blocks. Blocks are served through the fields they declare.
NOT_PUBLIC_BLOCK_FIELDS = frozenset({"rawValue", "blocks"})

#: grapple's root fields that are served as they are. Its others bypass the public-page rules or
#: the locale: ``site`` and ``sites`` list pages of every locale, ``redirects`` returns
#: unpublished target pages, and ``documents`` and ``collections`` are not checked against
#: private collections. Apps add their own root fields with ``register_public_queries``.
GRAPPLE_ROOT_FIELDS = frozenset({"images", "image", "imageType"})


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


schema = restrict_to_public_fields(grapple_schema)
