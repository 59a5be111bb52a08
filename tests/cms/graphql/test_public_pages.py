"""``public_pages`` reads the hidden and private sections once and excludes them by path."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.content import selectors
from cms.content.selectors import hidden_section_paths, public_pages, public_pages_snapshot
from tests.factories import PlainPageFactory, publish

pytestmark = pytest.mark.django_db

listed_sections = pytest.mark.parametrize("hidden_pages", ["sections listed"], indirect=True)


@listed_sections
def test_only_the_outermost_hidden_sections_are_listed(site_tree, hidden_pages):
    draft, private, private_child, expired, scheduled, under_draft = hidden_pages
    leaf_draft = PlainPageFactory(parent=site_tree["sl"], title="List", slug="list", live=False)

    paths = hidden_section_paths(timezone.now())

    # A draft or an expired page without children hides nothing more than itself, which
    # ``live`` and ``expire_at`` already leave out; a private page's children are inside it.
    assert paths == sorted([draft.path, private.path])
    assert leaf_draft.path not in paths
    assert private_child.path not in paths


def test_an_expired_section_hides_its_children(site_tree):
    section = publish(PlainPageFactory(parent=site_tree["sl"], title="Arhiv", slug="arhiv"))
    child = publish(PlainPageFactory(parent=section, title="Stari dogodek", slug="stari"))
    assert public_pages().filter(pk=child.pk).exists()

    section.expire_at = timezone.now() - timezone.timedelta(minutes=1)
    section.save()

    assert hidden_section_paths(timezone.now()) == [section.path]
    assert not public_pages().filter(pk__in=[section.pk, child.pk]).exists()


def test_a_site_with_more_hidden_sections_than_the_limit_matches_them_in_sql(
    site_tree, monkeypatch
):
    sections = []
    for number in range(3):
        section = publish(PlainPageFactory(parent=site_tree["sl"], slug=f"zasebno-{number}"))
        PageViewRestriction.objects.create(page=section, restriction_type="login")
        sections.append(publish(PlainPageFactory(parent=section, slug=f"otrok-{number}")))
    visible = publish(PlainPageFactory(parent=site_tree["sl"], slug="javno"))
    monkeypatch.setattr(selectors, "MAX_LISTED_HIDDEN_SECTIONS", 2)

    assert hidden_section_paths(timezone.now()) is None
    public = set(public_pages().values_list("pk", flat=True))
    assert visible.pk in public
    assert not public & {page.pk for page in sections}


@listed_sections
def test_a_snapshot_reads_the_hidden_sections_once(site_tree, hidden_pages):
    def sections_read(queries) -> int:
        return sum("wagtailcore_pageviewrestriction" in query["sql"] for query in queries)

    with CaptureQueriesContext(connection) as outside:
        list(public_pages())
        list(public_pages())
    with CaptureQueriesContext(connection) as inside, public_pages_snapshot():
        first = list(public_pages())
        second = list(public_pages())

    assert sections_read(outside.captured_queries) == 2
    assert sections_read(inside.captured_queries) == 1
    assert first == second
    assert not {page.pk for page in hidden_pages} & {page.pk for page in first}


def test_a_snapshot_ends_with_its_block(site_tree):
    section = publish(PlainPageFactory(parent=site_tree["sl"], title="Oddelek", slug="oddelek"))
    child = publish(PlainPageFactory(parent=section, title="Stran", slug="stran"))
    with public_pages_snapshot():
        assert public_pages().filter(pk=child.pk).exists()
    section.unpublish()

    with public_pages_snapshot():
        assert not public_pages().filter(pk=child.pk).exists()
