"""Root fields are served only with what the shared layer must know of them: how the response
cache tags their answers. A field without its tags is refused when its mixin is registered, and
a served root field nobody declared stops the schema from being built."""

import graphene
import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.graphql.registry import (
    LOCALE_PAGES,
    NO_CONTENT,
    check_root_fields,
    describe_root_fields,
    public_root_fields,
    register_public_queries,
    root_field_tags,
)
from cms.graphql.schema import schema


class GuestbookQueries:
    guestbook_entries = graphene.List(graphene.String)
    guestbook_title = graphene.String()


def test_a_mixin_without_a_fields_tags_is_refused():
    with pytest.raises(ImproperlyConfigured) as refused:
        register_public_queries(GuestbookQueries, root_fields={"guestbookTitle": NO_CONTENT})
    assert str(refused.value) == (
        "register_public_queries(GuestbookQueries) has no cache tags for the root fields it "
        "serves: guestbookEntries."
    )
    assert "guestbookTitle" not in public_root_fields


def test_tags_for_a_field_the_mixin_does_not_serve_are_refused():
    with pytest.raises(ImproperlyConfigured, match="root fields it does not serve: guestbook\\."):
        register_public_queries(
            GuestbookQueries,
            root_fields={
                "guestbookEntries": LOCALE_PAGES,
                "guestbookTitle": NO_CONTENT,
                "guestbook": NO_CONTENT,
            },
        )


def test_a_root_field_declared_twice_differently_is_refused():
    with pytest.raises(ImproperlyConfigured, match="pages is declared twice"):
        describe_root_fields({"pages": NO_CONTENT})
    assert root_field_tags("pages") == LOCALE_PAGES


def test_a_served_root_field_without_tags_stops_the_schema():
    with pytest.raises(ImproperlyConfigured, match="no cache tags declared: guestbookEntries\\."):
        check_root_fields([*schema.graphql_schema.query_type.fields, "guestbookEntries"])


def test_every_served_root_field_has_its_tags():
    check_root_fields(schema.graphql_schema.query_type.fields)
