"""Only declared fields are served: what a later grapple adds stays out until it is named.

Each test builds grapple's schema afresh (``grapple.schema.create_schema``) after making grapple
add something, and serves it the way ``cms.graphql.schema`` does.
"""

import graphene
import grapple.wagtail_hooks
import pytest
from django.core import checks
from grapple.registry import registry
from grapple.schema import create_schema
from grapple.types.images import ImageObjectType, ImagesQuery
from grapple.types.pages import PagesQuery

from cms.graphql.checks import check_served_schema as check_served_schema_at_start_up
from cms.graphql.html import unsanitised_html_fields
from cms.graphql.interfaces import PublicPageInterface
from cms.graphql.queries import PublicPageQueries
from cms.graphql.schema import (
    UndeclaredFields,
    check_served_schema,
    declared_fields,
    grapple_owned_root_fields,
    restrict_to_public_fields,
    schema,
    undeclared_fields,
)
from cms.home.models import HomePage


class ImagesQueryWithExif:
    """A root field a later grapple might add next to ``images``."""

    image_exif = graphene.String(id=graphene.ID())


@pytest.fixture
def grapple_adds_fields(monkeypatch):
    """grapple, one version on: a field on its image type, on its page interface and on every
    page type, a root field, and arguments on a field of the image type and of the interface
    (so of every page type)."""
    monkeypatch.setitem(ImageObjectType._meta.fields, "exif", graphene.Field(graphene.String))
    monkeypatch.setitem(
        PublicPageInterface._meta.fields, "draft_notes", graphene.Field(graphene.String)
    )
    home_page_type = registry.pages[HomePage]
    monkeypatch.setitem(home_page_type._meta.fields, "draft_notes", graphene.Field(graphene.String))
    monkeypatch.setitem(
        ImageObjectType._meta.fields["rendition"].args, "quality", graphene.Argument(graphene.Int)
    )
    monkeypatch.setitem(
        PublicPageInterface._meta.fields["children"].args,
        "include_drafts",
        graphene.Argument(graphene.Boolean),
    )
    monkeypatch.setattr(
        grapple.wagtail_hooks,
        "ImagesQuery",
        lambda: type("Mixin", (ImagesQuery(), ImagesQueryWithExif), {}),
    )


def test_what_grapple_adds_is_built_but_not_served(grapple_adds_fields):
    built = create_schema().graphql_schema
    assert "exif" in built.get_type("ImageObjectType").fields
    assert "draftNotes" in built.get_type("PageInterface").fields
    assert "draftNotes" in built.get_type("HomePage").fields
    assert "imageExif" in built.query_type.fields
    assert "quality" in built.get_type("ImageObjectType").fields["rendition"].args
    assert "includeDrafts" in built.get_type("HomePage").fields["children"].args

    served = restrict_to_public_fields(create_schema()).graphql_schema

    assert "exif" not in served.get_type("ImageObjectType").fields
    assert "draftNotes" not in served.get_type("PageInterface").fields
    assert "draftNotes" not in served.get_type("HomePage").fields
    assert "imageExif" not in served.query_type.fields
    assert "quality" not in served.get_type("ImageObjectType").fields["rendition"].args
    for type_name in ("PageInterface", "HomePage"):
        children_arguments = served.get_type(type_name).fields["children"].args
        assert "includeDrafts" not in children_arguments
        assert {"limit", "offset", "order"} <= set(children_arguments)
    # What is declared is still served.
    assert {"url", "rendition"} <= set(served.get_type("ImageObjectType").fields)
    assert {"intro", "strapline", "title", "translations"} <= set(
        served.get_type("HomePage").fields
    )
    assert {"image", "images", "pages", "page", "search"} <= set(served.query_type.fields)


def test_the_served_schema_is_what_is_declared():
    graphql_schema = schema.graphql_schema
    assert undeclared_fields(graphql_schema, declared_fields()) == []
    assert graphql_schema.mutation_type is None
    assert graphql_schema.subscription_type is None


def test_a_type_or_field_grapple_serves_beyond_its_declaration_stops_the_start_up():
    declared = dict(declared_fields())
    declared.pop("ChoiceOption")
    declared["ImageObjectType"] = declared["ImageObjectType"] - {"isSvg"}

    assert undeclared_fields(schema.graphql_schema, declared) == [
        "ChoiceOption",
        "ImageObjectType.isSvg",
    ]
    with pytest.raises(UndeclaredFields, match="ChoiceOption, ImageObjectType.isSvg"):
        check_served_schema(schema.graphql_schema, declared)


def test_the_project_declares_its_own_types_in_full():
    """Types the project writes are declared by their classes: no allow-list needed."""
    declared = declared_fields()
    for name in ("PublicImage", "SiteLocale", "ProjectListing", "PageTranslation"):
        assert name not in declared
        assert schema.graphql_schema.get_type(name) is not None


def test_a_registered_root_field_grapple_would_shadow_stops_the_start_up():
    served_by_grapple = type("Query", (PagesQuery(), PublicPageQueries), {})
    shadowed = grapple_owned_root_fields(served_by_grapple)
    assert any(entry.startswith("pages (") for entry in shadowed)
    assert any(entry.startswith("page (") for entry in shadowed)
    assert grapple_owned_root_fields(schema.graphql_schema.query_type.graphene_type) == []


def test_grapples_html_block_resolvers_are_refused():
    """grapple's ``RichTextBlock.value`` and ``RawHTMLBlock.value`` serve stored HTML as it is;
    the start-up check names them unless the sanitising resolver replaced grapple's."""
    built = create_schema().graphql_schema
    assert {"RichTextBlock.value", "RawHTMLBlock.value"} <= set(unsanitised_html_fields(built, []))
    assert unsanitised_html_fields(schema.graphql_schema, registry.models) == []


def test_the_served_schema_is_built_and_checked_by_the_system_checks():
    assert check_served_schema_at_start_up in checks.registry.registry.get_checks()
    assert check_served_schema_at_start_up() == []
