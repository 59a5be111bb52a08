"""How an app adds root queries to the public API.

The served schema keeps only root fields known to be safe (see ``schema``); an app's query
mixin joins them by being registered here, which also inserts it in front of grapple's mixins.
"""

from graphene.types.mountedtype import MountedType
from graphene.types.unmountedtype import UnmountedType
from graphene.utils.str_converters import to_camel_case
from wagtail import hooks

public_root_fields: set[str] = set()


def register_public_queries(mixin: type) -> type:
    """Class decorator: serve every graphene field ``mixin`` declares as a root query."""
    for name, value in vars(mixin).items():
        if isinstance(value, MountedType | UnmountedType):
            public_root_fields.add(to_camel_case(name))

    @hooks.register("register_schema_query")
    def register(query_mixins):
        # First in the list wins: graphene takes a field from the first base that defines it.
        query_mixins.insert(0, mixin)

    return mixin
