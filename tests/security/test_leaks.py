"""No way of reading the API shows a page the public may not see.

hypothesis draws a content tree (``content.trees``): projects and events in sl and en, each
version live, a draft, unpublished, expired, scheduled, published with a newer draft, or behind
a password, login or group restriction on itself or on its index; documents from a private
collection; images in a public collection, in a private one or below it, shown as logos, partner
logos, event images, image blocks, rich-text embeds and footer logos; events of hidden projects
and projects of hidden events; body and rich-text links, redirects, menu items and the footer's
privacy link pointing at hidden pages. Then every route to content is read, and no answer may
name a hidden page's or a private image's token (title, alt text, file name) or a draft's
title, nor give a hidden page's id where a page is expected or a private image's id where an
image is. The public pages and images must all be there (listings hold exactly the public
pages, and show exactly the public images), so a test that saw nothing cannot pass.

Run longer with ``LEAK_EXAMPLES=500 make test PYTEST_ARGS=tests/security``.
"""

import json
import re
from contextlib import contextmanager
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from hypothesis import event, example, given

from calendar_app.models import EventPage
from project_pages.models import ProjectPage
from tests.factories import publish
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

from .content import LEAK_PATTERN, Built, State, Version, build, every_state, trees
from .examples import examples

pytestmark = pytest.mark.django_db

LIVE, CHANGED, PASSWORD, GROUPS = State.LIVE, State.CHANGED, State.PASSWORD, State.GROUPS

FRAGMENTS = """
fragment Img on PublicImage {
  __typename
  id
  alt
  rendition(width: 320) { url }
}

fragment Seen on PageInterface {
  __typename
  id
  title
  slug
  url
  urlPath
  seoTitle
  searchDescription
  translations { __typename id title url }
  alternates { hreflang href }
}

fragment Body on StreamFieldInterface {
  blockType
  ... on ParagraphBlock { html }
  ... on DocumentBlock { title url }
  ... on LinkListBlock { links { ... on LinkBlock { title url } } }
  ... on CaptionedImageBlock { alt caption image { ...Img } }
}

fragment Detail on PageInterface {
  ...Seen
  parent { ...Seen }
  children { ...Seen }
  siblings { ...Seen }
  ancestors { ...Seen }
  descendants { ...Seen }
  ... on HomePage { homeIntro: intro }
  ... on ProjectIndexPage {
    intro
    projects(perPage: 100) { items { ...Seen } pagination { total } }
  }
  ... on EventIndexPage { intro }
  ... on ProjectPage {
    summary
    body { ...Body }
    materials { title url }
    logo { ...Img }
    logos { ...Img }
    partners { organisation logo { ...Img } }
    events(limit: 100) { event { ...Seen } }
  }
  ... on EventPage {
    summary
    image { ...Img }
    body { ...Body }
    relatedProject { ...Seen }
    jsonLd
    icsUrl
  }
}
"""

#: The listings, in two operations (the query limits allow ten root fields in one).
LISTINGS = (
    """
query PageListings($locale: String!) {
  pages(locale: $locale, limit: 100) { ...Seen parent { ...Seen } }
  projectPages: pages(locale: $locale, contentType: "project_pages.ProjectPage", limit: 100) {
    ...Seen
  }
  projects(locale: $locale, perPage: 100) {
    items { ...Seen logo { ...Img } partners { logo { ...Img } } }
    pagination { total }
    facets { statuses { count } years { year count } countries { count } }
  }
  completed: projects(locale: $locale, status: COMPLETED, perPage: 100) {
    items { ...Seen }
    pagination { total }
  }
  activeIn2021: projects(locale: $locale, activeInYear: 2021, order: TITLE, perPage: 100) {
    items { ...Seen }
    pagination { total }
  }
  sitemap(locale: $locale) {
    items { url href locale translationKey alternates { hreflang href } }
    pagination { total }
  }
  redirects(locale: $locale) { items { oldPath newUrl } pagination { total } }
}
""",
    """
query CalendarAndSite($locale: String!, $from: Date!, $to: Date!) {
  events(locale: $locale, from: $from, to: $to, limit: 500, includeCancelled: true) {
    event { ...Seen relatedProject { ...Seen } image { ...Img } jsonLd }
  }
  upcomingEvents(locale: $locale, limit: 100, includeCancelled: true) {
    event { ...Seen relatedProject { ...Seen } }
  }
  navigation(locale: $locale) { label url isExternal }
  siteSettings(locale: $locale) {
    locale
    footer {
      cookieNotice { text privacyLink { label url } }
      partnerLogos { name image { ...Img } }
    }
  }
  images(limit: 100) { __typename id title }
}
""",
)

#: Words searched for, with ``search`` and with ``projects(search:)``.
SEARCHES = ("SECRET", "DRAFT", "PUBLIC", "secret-1", "draft-2")

#: Lookup arguments of ``page``: how to read each from a version, and how many lookups one
#: request holds (the query limits count aliases, root fields and cost; ``Detail`` is costly).
#: By id every version is looked up with all that a page links to; by the other arguments, the
#: versions that are hidden or have a newer draft (for the others they find the same page).
LOOKUPS = {
    "id": (lambda version: str(version.page.pk), "Detail", 5),
    "slug": (lambda version: version.page.slug, "Seen", 10),
    "urlPath": (lambda version: version.path, "Seen", 10),
    "translationKey": (lambda version: str(version.page.translation_key), "Seen", 10),
}

PAGE_TYPES = {"HomePage", "ProjectIndexPage", "ProjectPage", "EventIndexPage", "EventPage", "Page"}


class Reader:
    """Everything the test client read during one example, for the leak checks at the end."""

    def __init__(self, client):
        self.client = client
        self.answers: list[tuple[str, str, object]] = []  # (route, body text, JSON or None)

    def graphql(self, query: str, variables: dict | None = None) -> dict:
        """POST a named operation (with the fragments it spreads) and return the answer."""
        response = self.client.post(
            "/graphql/",
            data=json.dumps({"query": _with_fragments(query), "variables": variables or {}}),
            content_type="application/json",
        )
        text = response.content.decode()
        body = json.loads(text)
        self.answers.append((f"{query.split('{')[0].strip()} {variables or ''}", text, body))
        assert response.status_code in (200, 400), text
        return body

    def batched(self, name: str, fields: list[str], *, size: int) -> tuple[dict, dict]:
        """Root ``fields`` sent ``size`` to a request as ``f0``, ``f1``, …; returns the data
        and the error code of each alias that failed. A query refused as a whole (a limit)
        fails the test: the leak checks would have nothing to look at."""
        data, errors = {}, {}
        for first in range(0, len(fields), size):
            aliases = "\n".join(
                f"  f{first + n}: {field}" for n, field in enumerate(fields[first : first + size])
            )
            body = self.graphql(f"query {name} {{\n{aliases}\n}}\n")
            for error in body.get("errors", ()):
                assert error.get("path"), (name, error)
                errors[error["path"][0]] = error["extensions"]["code"]
            data.update(body["data"] or {})  # None when a non-null root field failed
        return data, errors

    def get(self, path: str, *, status: int) -> str:
        response = self.client.get(path)
        # Unfold iCalendar's 75-octet lines, which may split a token.
        text = re.sub(r"\r\n[ \t]", "", response.content.decode())
        self.answers.append((path, text, None))
        assert response.status_code == status, (path, response.status_code, text)
        return text


def _with_fragments(query: str) -> str:
    """``query`` and the fragments it spreads, directly or not (an unused one is an error)."""
    fragments = {
        match["name"]: match[0]
        for match in re.finditer(r"fragment (?P<name>\w+) on \w+ \{.*?\n\}\n", FRAGMENTS, re.S)
    }
    document, added = query, set()
    while (
        spread := {name for name in re.findall(r"\.\.\.(\w+)", document) if name in fragments}
        - added
    ):
        added |= spread
        document += "".join(fragments[name] for name in sorted(spread))
    return document


@contextmanager
def _rolled_back():
    """Each example's content lives in a transaction of its own that is rolled back after it."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@examples("LEAK_EXAMPLES", default=12)
@given(spec=trees())
@example(spec=every_state(shift=1, indexes=(LIVE, LIVE, LIVE, LIVE), fallback=False))
@example(spec=every_state(shift=4, indexes=(GROUPS, CHANGED, CHANGED, PASSWORD), fallback=True))
def test_no_route_reaches_a_hidden_page(spec, site_tree, client):
    _note_coverage(spec)
    with _rolled_back(), override_settings(HEADLESS_LOCALE_FALLBACK=spec.fallback):
        built = build(spec, site_tree)
        built.versions += [Version(home, code, False, "/") for code, home in site_tree.items()]
        reader = Reader(client)
        for language in ("sl", "en"):
            _read_listings(reader, built, language)
            _read_lookups(reader, built, language)
            _read_searches(reader, language)
            _read_calendar(reader, built, language)
        _read_feeds(reader, built)
        _read_images(reader, built)
        _assert_nothing_hidden(reader, built)


def _note_coverage(spec) -> None:
    """Which states the run tried (``pytest --hypothesis-show-statistics`` lists them)."""
    for kind, states in (("project index", spec.project_index), ("event index", spec.event_index)):
        for language, state in zip(("sl", "en"), states, strict=True):
            event(f"{kind} {language}: {state.name}")
    for leaf in spec.projects + spec.events:
        for language in ("sl", "en"):
            if (state := getattr(leaf, language)) is not None:
                event(f"leaf {language}: {state.name}")
        if leaf.image is not None:
            event(f"image: {leaf.image.name}")


def _expected_ids(built: Built, language: str, model=None) -> set[int]:
    """The oracle: ids of the versions the public may see in ``language``; with fallback on,
    also the Slovene versions that have no public version in ``language``."""
    public = [v for v in built.public if model is None or isinstance(v.page, model)]
    ids = {v.page.pk for v in public if v.language == language}
    if built.spec.fallback and language != "sl":
        served = {v.page.translation_key for v in public if v.language == language}
        ids |= {
            v.page.pk for v in public if v.language == "sl" and v.page.translation_key not in served
        }
    return ids


def _ids(items) -> set[int]:
    return {int(item["id"]) for item in items}


def _window() -> dict:
    today = timezone.localdate()
    return {"from": today.isoformat(), "to": (today + timedelta(days=90)).isoformat()}


def _read_listings(reader: Reader, built: Built, language: str) -> None:
    """Every listing holds exactly the pages the oracle calls public in ``language``, and the
    projects' counts count only those (every project runs 2020–2022: completed, active in
    2021)."""
    data = {}
    for query in LISTINGS:
        body = reader.graphql(query, {"locale": language, **_window()})
        assert "errors" not in body, body["errors"]
        data.update(body["data"])
    assert _ids(data["pages"]) == _expected_ids(built, language)
    projects = _expected_ids(built, language, ProjectPage)
    for listing in ("projects", "completed", "activeIn2021"):
        assert _ids(data[listing]["items"]) == projects, listing
        assert data[listing]["pagination"]["total"] == len(projects), listing
    assert _ids(data["projectPages"]) == projects
    facets = data["projects"]["facets"]
    assert sum(facet["count"] for facet in facets["statuses"]) == len(projects)
    assert {facet["count"] for facet in facets["years"]} <= {len(projects)}
    events = _expected_ids(built, language, EventPage)
    assert _ids(item["event"] for item in data["events"]) == events
    assert _ids(item["event"] for item in data["upcomingEvents"]) == events
    assert data["sitemap"]["pagination"]["total"] == len(_expected_ids(built, language))
    _assert_public_images_shown(built, data)


def _shown_image(built: Built, page_id: int) -> str | None:
    """The id of the image the API shows for a page: its own, while the image is public."""
    image, public = built.images.get(page_id, (None, False))
    return str(image.pk) if public else None


def _image_id(image: dict | None) -> str | None:
    return image["id"] if image else None


def _assert_public_images_shown(built: Built, data: dict) -> None:
    """The listings show each public page's image exactly when it is public."""
    for item in data["projects"]["items"]:
        shown = _shown_image(built, int(item["id"]))
        assert _image_id(item["logo"]) == shown, item
        assert {_image_id(partner["logo"]) for partner in item["partners"]} <= {shown}, item
    for item in data["events"]:
        assert _image_id(item["event"]["image"]) == _shown_image(built, int(item["event"]["id"]))
    assert {image["title"] for image in data["images"]} == {
        image.title for image in built.public_images
    }
    footer_images = [built.images.get(versions["sl"].page.pk) for versions in built.leaves()]
    assert [logo["name"] for logo in data["siteSettings"]["footer"]["partnerLogos"]] == [
        image.title for image, public in filter(None, footer_images) if public
    ]


def _read_lookups(reader: Reader, built: Built, language: str) -> None:
    """``page`` by each lookup argument, for every version (hidden ones included), asked in
    ``language``: a public version of ``language`` is found, and whatever is found is served
    in ``language`` (with fallback on, a hidden version's public Slovene one may stand in)."""
    served = _expected_ids(built, language)
    for argument, (value_of, fragment, size) in LOOKUPS.items():
        targets = [
            version
            for version in built.versions
            if (argument == "id" or version.hidden or version.page.has_unpublished_changes)
            and (argument != "urlPath" or version.language == language)
        ]
        fields = [
            f"page({argument}: {json.dumps(value_of(v))}, locale: {json.dumps(language)}) "
            f"{{ ...{fragment} }}"
            for v in targets
        ]
        name = f"PageBy{argument[0].upper()}{argument[1:]}"
        found, errors = reader.batched(name, fields, size=size)
        assert not errors, errors
        for n, version in enumerate(targets):
            result = found[f"f{n}"]
            assert result is None or int(result["id"]) in served, (argument, version, result)
            if version.language == language and not version.hidden:
                assert result is not None, (argument, version)
                assert int(result["id"]) == version.page.pk


def _read_searches(reader: Reader, language: str) -> None:
    fields = []
    for word in SEARCHES:
        arguments = f"locale: {json.dumps(language)}"
        fields.append(f"search(query: {json.dumps(word)}, {arguments}, limit: 100) {{ ...Seen }}")
        fields.append(
            f"projects(search: {json.dumps(word)}, {arguments}, perPage: 100) "
            "{ items { ...Seen } pagination { total } }"
        )
    _data, errors = reader.batched("Search", fields, size=10)
    assert not errors, errors


def _read_calendar(reader: Reader, built: Built, language: str) -> None:
    """The month grids around the events, and each project's events (a hidden project's are
    refused as an unknown project)."""
    today = timezone.localdate()
    months = sorted({(today + timedelta(days=days)).replace(day=1) for days in (0, 31, 62)})
    fields = [
        f"calendarMonth(year: {month.year}, month: {month.month}, locale: {json.dumps(language)},"
        " includeCancelled: true)"
        " { weeks { days { occurrenceCount occurrences { event { ...Seen } } } } }"
        for month in months
    ]
    _data, errors = reader.batched("Months", fields, size=3)
    assert not errors, errors
    window = _window()
    for hidden in (False, True):
        fields = [
            f'events(project: "{version.page.pk}", locale: {json.dumps(language)}, '
            f'from: "{window["from"]}", to: "{window["to"]}") {{ event {{ ...Seen }} }}'
            for versions in built.projects
            for version in versions.values()
            if version.hidden == hidden
        ]
        # ``events`` is non-null: one refused project empties the whole answer, so hidden
        # projects are asked about one at a time.
        _data, errors = reader.batched("ProjectEvents", fields, size=1 if hidden else 10)
        assert errors == dict.fromkeys(errors if hidden else (), "BAD_USER_INPUT")
        assert len(errors) == (len(fields) if hidden else 0)


def _read_feeds(reader: Reader, built: Built) -> None:
    reader.get("/calendar.ics", status=200)
    reader.get("/calendar.ics?locale=en", status=200)
    for versions in built.events:
        for version in versions.values():
            reader.get(f"/events/{version.page.pk}.ics", status=404 if version.hidden else 200)
    for versions in built.projects:
        for version in versions.values():
            reader.get(
                f"/calendar.ics?project={version.page.pk}", status=400 if version.hidden else 200
            )


def _read_images(reader: Reader, built: Built) -> None:
    """``image(id:)`` finds every public image and no private one."""
    images = [image for image, _public in built.images.values()]
    fields = [f'image(id: "{image.pk}") {{ __typename id title }}' for image in images]
    found, errors = reader.batched("ImageById", fields, size=10)
    assert not errors, errors
    for n, image in enumerate(images):
        expected = None if image.pk in built.private_image_ids else image.title
        assert (found[f"f{n}"] or {}).get("title") == expected, image


def _image_ids(value):
    """Ids given where the answer holds an image."""
    if isinstance(value, dict):
        if value.get("__typename") in {"PublicImage", "ImageObjectType"} and "id" in value:
            yield int(value["id"])
        for item in value.values():
            yield from _image_ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _image_ids(item)


def _page_ids(value):
    """Ids given where the answer holds a page (or a link to a page's translation)."""
    if isinstance(value, dict):
        if value.get("__typename") in PAGE_TYPES | {"PageTranslation"} and "id" in value:
            yield int(value["id"])
        for item in value.values():
            yield from _page_ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _page_ids(item)


def _assert_nothing_hidden(reader: Reader, built: Built) -> None:
    hidden_ids, private_images = built.hidden_ids, built.private_image_ids
    for route, text, body in reader.answers:
        leaked = sorted(set(re.findall(LEAK_PATTERN, text)))
        assert not leaked, f"{route} names hidden content {leaked}: {text[:3000]}"
        shown = set(_page_ids(body)) & hidden_ids
        assert not shown, f"{route} gives the ids of hidden pages {sorted(shown)}: {text[:3000]}"
        shown = set(_image_ids(body)) & private_images
        assert not shown, f"{route} gives the ids of private images {sorted(shown)}: {text[:3000]}"


# Drafts through preview tokens.

PREVIEW = """
query Preview($token: String!) {
  page(token: $token) { title ... on ProjectPage { summary } }
}
"""

BY_ID = """
query ProjectById($id: ID!) {
  page(id: $id) { title }
}
"""


@pytest.fixture
def draft_project(site_tree):
    """A project that was never published, and a live one with a newer draft."""
    index = publish(ProjectIndexPageFactory(parent=site_tree["sl"]))
    never = ProjectPageFactory(parent=index, title="SECRET-1", summary="SECRET-1", live=False)
    never.save_revision()
    changed = publish(ProjectPageFactory(parent=index, title="PUBLIC-2", summary="PUBLIC-2"))
    changed.title = changed.summary = "DRAFT-3"
    changed.save_revision()
    return never, changed


def _token(page) -> str:
    return page.get_latest_revision_as_object().create_page_preview().token


def test_a_draft_is_shown_only_with_its_preview_token(graphql, draft_project):
    never, changed = draft_project
    assert graphql(BY_ID, {"id": str(never.pk)})["data"]["page"] is None
    assert graphql(BY_ID, {"id": str(changed.pk)})["data"]["page"] == {"title": "PUBLIC-2"}
    preview = graphql(PREVIEW, {"token": _token(never)})["data"]["page"]
    assert preview == {"title": "SECRET-1", "summary": "SECRET-1"}
    preview = graphql(PREVIEW, {"token": _token(changed)})["data"]["page"]
    assert preview == {"title": "DRAFT-3", "summary": "DRAFT-3"}


@pytest.mark.parametrize("which", [0, 1], ids=["never-published", "newer-draft"])
def test_an_expired_preview_token_is_refused(graphql, draft_project, which):
    page = draft_project[which]
    token = _token(page)
    later = timezone.now() + timedelta(seconds=settings.HEADLESS_PREVIEW_MAX_AGE + 60)
    with time_machine.travel(later, tick=False):
        result = graphql(PREVIEW, {"token": token})
    assert result["data"]["page"] is None
    assert [error["extensions"]["code"] for error in result["errors"]] == ["PREVIEW_TOKEN_INVALID"]
    assert re.search(LEAK_PATTERN, json.dumps(result)) is None


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token + "x",
        lambda token: token.replace("id=", "id=1"),
        lambda token: "id=1:" + token.rsplit(":", 2)[-2] + ":" + token.rsplit(":", 1)[-1],
        lambda token: "",
    ],
    ids=["bad-signature", "other-id", "foreign-signature", "empty"],
)
def test_a_tampered_preview_token_is_refused(graphql, draft_project, tamper):
    result = graphql(PREVIEW, {"token": tamper(_token(draft_project[0]))})
    assert re.search(LEAK_PATTERN, json.dumps(result)) is None
    assert result["data"]["page"] is None
