from wagtail import hooks

from .queries import PublicPageQueries


@hooks.register("register_schema_query")
def register_public_page_queries(query_mixins):
    # First in the list wins: graphene takes a field from the first base that defines it.
    query_mixins.insert(0, PublicPageQueries)
