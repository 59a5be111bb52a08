"""The served schema exposes only what a public reader may see."""

import graphene
import pytest
from graphql import get_named_type
from grapple.models import GraphQLString
from grapple.registry import registry
from grapple.types.rich_text import RichText as GrappleRichText
from wagtail import blocks

from cms.graphql.html import unsanitised_html_fields
from cms.graphql.schema import schema
from cms.home.models import HomePage

EDITING_STATE_FIELDS = {
    "draftTitle",
    "hasUnpublishedChanges",
    "latestRevisionCreatedAt",
    "goLiveAt",
    "expireAt",
    "lockedAt",
    "locked",
    "aliases",
    "aliasOf",
    "owner",
    "path",
    "numchild",
    "sitesRootedHere",
}


def _page_types():
    graphql_schema = schema.graphql_schema
    page_interface = graphql_schema.get_type("PageInterface")
    return [page_interface, *graphql_schema.get_implementations(page_interface).objects]


def test_page_types_expose_no_editing_state():
    for page_type in _page_types():
        assert not EDITING_STATE_FIELDS & set(page_type.fields), page_type.name


def test_page_types_keep_their_graphql_fields():
    home = schema.graphql_schema.get_type("HomePage")
    assert {"intro", "strapline", "title", "locale", "translations", "url"} <= set(home.fields)


def test_root_query_serves_only_the_safe_fields():
    root_fields = set(schema.graphql_schema.query_type.fields)
    assert {"pages", "page", "search", "sitemap", "redirects"} <= root_fields
    assert not {"site", "sites", "documents", "document", "collections"} & root_fields
    # grapple's own redirects (to drafts and private pages too) are replaced by the public ones.
    redirect_type = schema.graphql_schema.query_type.fields["redirects"].type.of_type
    assert redirect_type.name == "RedirectPage"


@pytest.mark.django_db
def test_querying_a_removed_field_is_a_validation_error(graphql, site_tree):
    result = graphql("query DraftTitles { pages { title draftTitle } }")
    assert result["errors"][0]["message"].startswith("Cannot query field 'draftTitle'")


def test_no_served_field_is_grapples_unsanitised_rich_text():
    """grapple's ``RichText`` scalar serves stored HTML as it is; ``RichText`` in this schema is
    the project's scalar of that name, which sanitises like ``SafeHTML``."""
    served = []
    for graphql_type in schema.graphql_schema.type_map.values():
        for name, field in getattr(graphql_type, "fields", {}).items():
            named = get_named_type(field.type)
            if named.name in {"RichText", "SafeHTML"}:
                served.append(f"{graphql_type.name}.{name}")
            graphene_type = getattr(named, "graphene_type", None)
            assert graphene_type is None or not issubclass(graphene_type, GrappleRichText), name

    assert {"HomePage.intro", "ProjectIndexPage.intro", "ParagraphBlock.html"} <= set(served)
    for scalar_name in ("RichText", "SafeHTML"):
        html = schema.graphql_schema.get_type(scalar_name).serialize(
            '<p onclick="x()">Zdravo</p><script>alert(1)</script>'
        )
        assert html == "<p>Zdravo</p>"


def test_every_rich_text_field_and_block_is_declared_with_the_sanitiser():
    assert unsanitised_html_fields(schema.graphql_schema, registry.models) == []


def test_the_start_up_check_names_rich_text_served_another_way():
    class RawIntroPage:
        _meta = HomePage._meta
        graphql_fields = [GraphQLString("strapline"), GraphQLString("intro")]

    class RawParagraphBlock(blocks.StructBlock):
        text = blocks.RichTextBlock()
        graphql_fields = [GraphQLString("text")]

    class Query(graphene.ObjectType):
        intro = GrappleRichText()

    grapple_typed = graphene.Schema(query=Query).graphql_schema

    assert unsanitised_html_fields(grapple_typed, [RawIntroPage, RawParagraphBlock]) == [
        "Query.intro",
        "RawIntroPage.intro",
        "RawParagraphBlock.text",
    ]
