"""Documents in a private collection, or below one, are never served: not through grapple's
``DocumentChooserBlock``, not as a rich text link; and the document type serves only what a
reader needs to download a file."""

from types import SimpleNamespace

import pytest
import wagtail_factories
from django.test import RequestFactory
from wagtail.models import Collection, CollectionViewRestriction

from cms.graphql.schema import schema
from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

PROJECT_TEXT = """
query ProjectText { page(urlPath: "/projekti/javni/") { ... on ProjectPage { body {
  ... on ParagraphBlock { html }
} } } }
"""


@pytest.fixture
def documents(db):
    """A public document, one in a private collection and one in a child of it."""
    private = Collection.get_first_root_node().add_child(name="Interno")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    return {
        "public": wagtail_factories.DocumentFactory(title="Letno poročilo"),
        "private": wagtail_factories.DocumentFactory(title="Zapisnik", collection=private),
        "below_private": wagtail_factories.DocumentFactory(
            title="Plače", collection=private.add_child(name="Kadrovska")
        ),
    }


def test_the_document_type_serves_what_a_reader_needs_only():
    document_type = schema.graphql_schema.get_type("DocumentObjectType")

    assert set(document_type.fields) == {"id", "title", "url", "fileSize", "fileExtension"}
    # Gone with the fields that led to them: collection names, tags.
    assert schema.graphql_schema.get_type("CollectionObjectType") is None
    assert schema.graphql_schema.get_type("TagObjectType") is None


def _resolve_document_chooser(document):
    """What the served schema's ``DocumentChooserBlock.document`` answers for a block holding
    ``document`` (no block of this site serves a bare ``DocumentChooserBlock`` yet)."""
    resolve = schema.graphql_schema.get_type("DocumentChooserBlock").fields["document"].resolve
    context = SimpleNamespace(context=RequestFactory().get("/graphql/"))
    return resolve(SimpleNamespace(value=document), context)


def test_document_chooser_blocks_serve_public_documents_only(documents):
    assert _resolve_document_chooser(documents["public"]) == documents["public"]
    assert _resolve_document_chooser(documents["private"]) is None
    assert _resolve_document_chooser(documents["below_private"]) is None
    assert _resolve_document_chooser(None) is None


def test_the_document_type_answers_with_the_file_extension(documents):
    document_type = schema.graphql_schema.get_type("DocumentObjectType")
    resolve = document_type.fields["fileExtension"].resolve

    assert resolve(documents["public"], None) == documents["public"].file_extension


@pytest.mark.django_db
def test_rich_text_links_to_private_documents_keep_their_text_only(graphql, site_tree, documents):
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    project = ProjectPageFactory(parent=index, title="Javni projekt", slug="javni")
    links = " ".join(
        f'<a linktype="document" id="{document.pk}">{document.title}</a>'
        for document in documents.values()
    )
    project.body = [{"type": "paragraph", "value": {"text": f"<p>{links}</p>"}}]
    publish(project)

    html = graphql(PROJECT_TEXT)["data"]["page"]["body"][0]["html"]

    public = documents["public"]
    assert html == (
        f'<p><a href="http://cms.test{public.url}" rel="noopener noreferrer">Letno poročilo</a> '
        '<a rel="noopener noreferrer">Zapisnik</a> <a rel="noopener noreferrer">Plače</a></p>'
    )
    for name in ("private", "below_private"):
        assert documents[name].filename not in html
