"""The response cache: anonymous query answers kept in the Django cache, served without running
the query, and dropped precisely when content they showed changes (``content_changed``)."""

import json
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms.content.changes import (
    ContentChange,
    content_changed,
    page_tag,
    pages_tag,
    snippet_tag,
    snippets_tag,
)
from cms.graphql import caching_tags
from tests.factories import PlainPageFactory, publish
from tests.project_pages.factories import (
    FundingProgrammeFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db

PAGE = "query Page($id: ID, $locale: String) { page(id: $id, locale: $locale) { id title } }"
PAGES = "query Pages($locale: String) { pages(locale: $locale) { title } }"
PROGRAMME = """
query Programme($id: ID) {
  page(id: $id) { title ... on ProjectPage { programme { name } } }
}
"""
TARGET_GROUPS = "query Groups { targetGroups { name } }"
#: What a hit runs: one query for the tags changed since the answer was made (usually none).
HIT_SQL = 1


@pytest.fixture(autouse=True)
def response_cache(settings):
    settings.RESPONSE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ask(client, count_queries):
    """POST a document; returns the response, with the SQL statements it ran as ``.sql``."""

    def post(query: str, variables: dict | None = None, *, body: str | None = None, **headers):
        with count_queries() as sql:
            response = client.post(
                "/graphql/",
                data=body or json.dumps({"query": query, "variables": variables or {}}),
                content_type="application/json",
                **headers,
            )
        response.sql = sql.count
        return response

    return post


@pytest.fixture
def pages(site_tree):
    """Page A in sl, page B in en."""
    a = publish(PlainPageFactory(parent=site_tree["sl"], title="Stran A", slug="a"))
    b = publish(PlainPageFactory(parent=site_tree["en"], title="Page B", slug="b"))
    return a, b


def announce(*tags, event="page.published", label="wagtailcore.page", object_id=0, locale="sl"):
    content_changed.send(
        sender=ContentChange,
        change=ContentChange(
            event=event, label=label, object_id=object_id, locale=locale, tags=tuple(tags)
        ),
    )


def retitle(page, title):
    """Change a page's live title behind Wagtail's back: only ``content_changed`` tells."""
    type(page).objects.filter(pk=page.pk).update(title=title)


def test_a_second_request_is_served_from_the_cache_with_one_query(ask, pages):
    a, _ = pages
    first = ask(PAGE, {"id": a.pk})
    assert first["X-Cache"] == "MISS"
    assert first.sql > 0

    second = ask(PAGE, {"id": a.pk})
    assert second["X-Cache"] == "HIT"
    assert second.sql == HIT_SQL
    assert second.status_code == 200
    assert (
        second.json() == first.json() == {"data": {"page": {"id": str(a.pk), "title": "Stran A"}}}
    )


def test_a_page_change_drops_answers_that_showed_it_and_its_locales_listings_only(ask, pages):
    a, b = pages
    for query, variables in (
        (PAGE, {"id": a.pk}),
        (PAGES, {"locale": "sl"}),
        (PAGE, {"id": b.pk, "locale": "en"}),
    ):
        assert ask(query, variables)["X-Cache"] == "MISS"
    retitle(a, "Stran A, popravljena")

    announce(page_tag(a.pk), pages_tag("sl"), object_id=a.pk)

    page_a = ask(PAGE, {"id": a.pk})
    assert page_a["X-Cache"] == "MISS"
    assert page_a.json()["data"]["page"]["title"] == "Stran A, popravljena"
    listing = ask(PAGES, {"locale": "sl"})
    assert listing["X-Cache"] == "MISS"
    assert {"title": "Stran A, popravljena"} in listing.json()["data"]["pages"]
    page_b = ask(PAGE, {"id": b.pk, "locale": "en"})
    assert page_b["X-Cache"] == "HIT"
    assert page_b.sql == HIT_SQL


def test_the_page_tag_alone_drops_every_answer_that_showed_the_page(ask, pages):
    """Without its locale's tag: the page lookup and the listing both carry ``page:<id>``."""
    a, b = pages
    ask(PAGE, {"id": a.pk})
    ask(PAGES, {"locale": "sl"})
    ask(PAGE, {"id": b.pk, "locale": "en"})

    announce(page_tag(a.pk))

    assert ask(PAGE, {"id": a.pk})["X-Cache"] == "MISS"
    assert ask(PAGES, {"locale": "sl"})["X-Cache"] == "MISS"
    assert ask(PAGE, {"id": b.pk, "locale": "en"})["X-Cache"] == "HIT"


def test_a_locales_tag_drops_its_listings_and_lookups_not_the_other_locales(ask, pages):
    a, b = pages
    ask(PAGES, {"locale": "sl"})
    ask(PAGES, {"locale": "en"})
    ask(PAGE, {"id": b.pk, "locale": "en"})
    # A page published later must show up in the listing, and a lookup that found nothing
    # may find it now.
    c = publish(PlainPageFactory(parent=a.get_parent(), title="Stran C", slug="c"))

    announce(pages_tag("sl"), object_id=c.pk)

    listing = ask(PAGES, {"locale": "sl"})
    assert listing["X-Cache"] == "MISS"
    assert {"title": "Stran C"} in listing.json()["data"]["pages"]
    assert ask(PAGES, {"locale": "en"})["X-Cache"] == "HIT"
    assert ask(PAGE, {"id": b.pk, "locale": "en"})["X-Cache"] == "HIT"


def test_a_snippet_change_drops_the_answers_that_used_it(ask, site_tree):
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    programme, other = FundingProgrammeFactory(name="Erasmus+"), FundingProgrammeFactory()
    project = publish(ProjectPageFactory(parent=index, programme=programme))
    assert ask(PROGRAMME, {"id": project.pk}).json()["data"]["page"]["programme"] == {
        "name": "Erasmus+"
    }
    label = programme._meta.label_lower

    announce(snippet_tag(label, other.pk), event="snippet.saved", label=label, object_id=other.pk)
    assert ask(PROGRAMME, {"id": project.pk})["X-Cache"] == "HIT"

    type(programme).objects.filter(pk=programme.pk).update(name="Erasmus+ KA2")
    announce(
        snippet_tag(label, programme.pk), event="snippet.saved", label=label, object_id=programme.pk
    )
    answer = ask(PROGRAMME, {"id": project.pk})
    assert answer["X-Cache"] == "MISS"
    assert answer.json()["data"]["page"]["programme"] == {"name": "Erasmus+ KA2"}


def test_a_new_snippet_drops_the_listings_of_its_model(ask, site_tree):
    TargetGroupFactory(name="Otroci")
    assert ask(TARGET_GROUPS).json()["data"]["targetGroups"] == [{"name": "Otroci"}]
    added = TargetGroupFactory(name="Odrasli")
    label = added._meta.label_lower

    announce(pages_tag("sl"))
    assert ask(TARGET_GROUPS)["X-Cache"] == "HIT"

    announce(snippet_tag(label, added.pk), snippets_tag(label), event="snippet.saved", label=label)
    answer = ask(TARGET_GROUPS)
    assert answer["X-Cache"] == "MISS"
    assert {"name": "Odrasli"} in answer.json()["data"]["targetGroups"]


def test_preview_answers_are_never_cached(ask, site_tree):
    home = site_tree["sl"]
    home.title = "Osnutek"
    home.save_revision()
    token = home.get_latest_revision_as_object().create_page_preview().token
    preview = "query DraftPreview($token: String!) { page(token: $token) { title } }"

    for _ in range(2):
        answer = ask(preview, {"token": token})
        assert answer.json() == {"data": {"page": {"title": "Osnutek"}}}
        assert answer["X-Cache"] == "MISS"
        assert answer.sql > 0
        assert "no-store" in answer["Cache-Control"]


def test_a_token_literal_in_the_document_is_never_cached(ask, site_tree):
    home = site_tree["sl"]
    home.save_revision()
    token = home.get_latest_revision_as_object().create_page_preview().token
    preview = f'query DraftPreview {{ page(token: "{token}") {{ title }} }}'

    ask(preview)
    assert ask(preview)["X-Cache"] == "MISS"


def test_a_token_among_the_variables_is_never_cached(ask, pages):
    """Whatever the document: a variable named ``token`` may be a preview's."""
    a, _ = pages
    ask(PAGE, {"id": a.pk, "token": "id=1:abc"})
    assert ask(PAGE, {"id": a.pk, "token": "id=1:abc"})["X-Cache"] == "MISS"


def test_logged_in_users_are_never_served_from_or_stored_in_the_cache(ask, client, pages):
    a, _ = pages
    client.force_login(get_user_model().objects.create_user(username="editor", password="x"))

    for _ in range(2):
        answer = ask(PAGE, {"id": a.pk})
        assert answer["X-Cache"] == "MISS"
        assert answer.sql > 0
        assert "no-store" in answer["Cache-Control"]

    client.logout()
    assert ask(PAGE, {"id": a.pk})["X-Cache"] == "MISS"


def test_answers_with_errors_are_not_cached(ask, pages):
    for _ in range(2):
        answer = ask(PAGES, {"locale": "xx"})
        assert answer.json()["errors"][0]["extensions"]["code"] == "UNKNOWN_LOCALE"
        assert answer["X-Cache"] == "MISS"
        assert answer.sql > 0


def test_the_order_of_variables_does_not_change_the_key(ask, pages):
    a, _ = pages
    ask(
        PAGE, body=f'{{"query": {json.dumps(PAGE)}, "variables": {{"id": {a.pk}, "locale": "sl"}}}}'
    )
    answer = ask(
        PAGE, body=f'{{"variables": {{"locale": "sl", "id": {a.pk}}}, "query": {json.dumps(PAGE)}}}'
    )
    assert answer["X-Cache"] == "HIT"


def test_whitespace_in_the_document_does_not_change_the_key(ask, pages):
    a, _ = pages
    ask(PAGE, {"id": a.pk})
    spaced = """
        query Page($id: ID,   $locale: String)  {
          page(id: $id, locale: $locale) {
            id
            title
          }
        }
    """
    assert ask(spaced, {"id": a.pk})["X-Cache"] == "HIT"


def test_variables_the_media_type_and_the_host_are_part_of_the_key(ask, pages):
    a, _ = pages
    ask(PAGE, {"id": a.pk})
    assert ask(PAGE, {"id": a.pk, "locale": "sl"})["X-Cache"] == "MISS"
    assert (
        ask(PAGE, {"id": a.pk}, HTTP_ACCEPT="application/graphql-response+json")["X-Cache"]
        == "MISS"
    )
    assert ask(PAGE, {"id": a.pk}, HTTP_HOST="localhost")["X-Cache"] == "MISS"
    assert ask(PAGE, {"id": a.pk})["X-Cache"] == "HIT"


def test_a_persisted_query_by_hash_is_cached(client, pages, settings, tmp_path, count_queries):
    settings.HEADLESS_PERSISTED_QUERIES_MANIFEST = tmp_path / "none.json"
    a, _ = pages
    import hashlib

    extensions = {
        "persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(PAGE.encode()).hexdigest()}
    }
    params = {"variables": json.dumps({"id": a.pk}), "extensions": json.dumps(extensions)}
    registered = client.get("/graphql/", {**params, "query": PAGE})
    assert registered["X-Cache"] == "MISS"
    with count_queries() as sql:
        by_hash = client.get("/graphql/", params)
    assert by_hash["X-Cache"] == "HIT"
    assert sql.count == HIT_SQL
    assert by_hash.json() == registered.json()


def test_the_cache_is_off_when_switched_off(ask, pages, settings):
    settings.RESPONSE_CACHE = False
    a, _ = pages
    ask(PAGE, {"id": a.pk})
    answer = ask(PAGE, {"id": a.pk})
    assert answer.sql > 0
    assert "X-Cache" not in answer


def test_a_broken_cache_fails_open(ask, pages, monkeypatch):
    a, _ = pages

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    for method in ("get_many", "set", "add", "set_many"):
        monkeypatch.setattr(cache, method, broken)
    for _ in range(2):
        answer = ask(PAGE, {"id": a.pk})
        assert answer.status_code == 200
        assert answer.json()["data"]["page"]["title"] == "Stran A"
        assert answer["X-Cache"] == "MISS"
    announce(page_tag(a.pk))  # invalidation fails open too


def test_a_fault_in_the_cache_code_fails_open(ask, pages, monkeypatch):
    a, _ = pages

    def broken(*args):
        raise RuntimeError("bug")

    monkeypatch.setattr(caching_tags, "_object_tag", broken)
    answer = ask(PAGE, {"id": a.pk})
    assert answer.status_code == 200
    assert answer.json()["data"]["page"]["title"] == "Stran A"
    assert ask(PAGE, {"id": a.pk})["X-Cache"] == "MISS"


def test_an_answer_computed_during_a_change_is_not_kept(ask, pages, monkeypatch):
    """A change announced while the query ran may not be in its answer."""
    a, _ = pages
    execute = caching_tags.TagCollector.all_tags

    def change_meanwhile(self):
        announce(page_tag(a.pk))
        return execute(self)

    monkeypatch.setattr(caching_tags.TagCollector, "all_tags", change_meanwhile)
    ask(PAGE, {"id": a.pk})
    monkeypatch.setattr(caching_tags.TagCollector, "all_tags", execute)
    assert ask(PAGE, {"id": a.pk})["X-Cache"] == "MISS"
    assert ask(PAGE, {"id": a.pk})["X-Cache"] == "HIT"


def test_publishing_with_wagtail_changes_the_cached_answer(
    ask, pages, django_capture_on_commit_callbacks
):
    """End to end: Wagtail's publish signal, ``cms.content.changes``, the response cache."""
    a, b = pages
    ask(PAGE, {"id": b.pk, "locale": "en"})
    assert ask(PAGE, {"id": a.pk}).json()["data"]["page"]["title"] == "Stran A"

    a.title = "Stran A, objavljena"
    with django_capture_on_commit_callbacks(execute=True):
        a.save_revision().publish()

    answer = ask(PAGE, {"id": a.pk})
    assert answer["X-Cache"] == "MISS"
    assert answer.json()["data"]["page"]["title"] == "Stran A, objavljena"
    assert ask(PAGE, {"id": b.pk, "locale": "en"})["X-Cache"] == "HIT"


def test_no_answer_is_kept_past_the_next_page_expiry(ask, site_tree):
    """The API hides an expired page at once, and nothing announces the moment: an answer
    showing it must not outlive it in the cache."""
    with time_machine.travel(datetime(2030, 1, 1, 12, tzinfo=UTC), tick=False) as clock:
        expiring = publish(
            PlainPageFactory(
                parent=site_tree["sl"],
                title="Razstava do poldneva",
                expire_at=timezone.now() + timedelta(seconds=30),
            )
        )
        assert ask(PAGE, {"id": expiring.pk})["X-Cache"] == "MISS"
        assert ask(PAGE, {"id": expiring.pk})["X-Cache"] == "HIT"

        clock.shift(timedelta(seconds=31))

        after = ask(PAGE, {"id": expiring.pk})
        assert after["X-Cache"] == "MISS"
        assert after.json() == {"data": {"page": None}}


# Privacy changes publish nothing, and must still reach the cache.


def test_a_page_made_private_leaves_every_cached_answer_at_once(
    ask, site_tree, django_capture_on_commit_callbacks
):
    section = publish(PlainPageFactory(parent=site_tree["sl"], title="Za zaposlene", slug="z"))
    below = publish(PlainPageFactory(parent=section, title="Interni pravilnik", slug="p"))
    assert ask(PAGE, {"id": below.pk}).json()["data"]["page"]["title"] == "Interni pravilnik"
    assert ask(PAGES, {"locale": "sl"})["X-Cache"] == "MISS"
    assert ask(PAGE, {"id": below.pk})["X-Cache"] == "HIT"

    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=section, restriction_type="login")

    hidden = ask(PAGE, {"id": below.pk})
    assert (hidden["X-Cache"], hidden.json()) == ("MISS", {"data": {"page": None}})
    titles = {page["title"] for page in ask(PAGES, {"locale": "sl"}).json()["data"]["pages"]}
    assert not titles & {"Za zaposlene", "Interni pravilnik"}

    assert ask(PAGE, {"id": below.pk})["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert ask(PAGE, {"id": below.pk}).json()["data"]["page"]["title"] == "Interni pravilnik"


def test_images_of_a_collection_made_private_leave_cached_answers(
    ask, django_capture_on_commit_callbacks
):
    staff = Collection.get_first_root_node().add_child(name="Zaposleni")
    wagtail_factories.ImageFactory(title="Seja", collection=staff.add_child(name="Seje"))
    images = "query Images { images(limit: 10) { title } }"
    assert ask(images).json()["data"]["images"] == [{"title": "Seja"}]
    assert ask(images)["X-Cache"] == "HIT"

    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(collection=staff, restriction_type="login")

    assert ask(images).json()["data"]["images"] == []
