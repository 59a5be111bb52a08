"""The served schema exposes only what a public reader may see."""

import pytest

from cms.graphql.schema import schema

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
