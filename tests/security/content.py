"""Random content trees for the leak tests: what hypothesis draws (``trees``), and how a drawn
tree becomes pages, documents, images, redirects, a menu and a footer (``build``).

Every page version is named after what the public may know of it: ``PUBLIC-<n>`` when the
rules say anyone may see it, ``SECRET-<n>`` when they say nobody may (its slug, summary and
body carry the same token), and an unpublished draft revision of a live page is titled
``DRAFT-<n>``. The rules are written out here independently of ``public_pages``, from the
states the tree was built with, so the test compares two readings of "public": a response that
names a ``SECRET``/``DRAFT`` token is a leak, and a ``PUBLIC`` page the API cannot find means
the oracle and the API disagree.

Images are named the same way: ``SECRET-<n>`` (title, description, file name, the alt text of
its rich-text embed, the footer logo that shows it) for an image in or below a private
collection, whatever page uses it; ``PUBLIC-<n>`` for one the API may serve.
"""

import itertools
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum

import wagtail_factories
from django.contrib.auth.models import Group
from django.utils import timezone
from hypothesis import strategies as st
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from calendar_app.models import EventPage
from cms.home.models import MainMenu, MainMenuItem, SiteFooter, SiteFooterPartnerLogo
from project_pages.models import ProjectLogo, ProjectMaterial, ProjectPage, ProjectPartner
from tests.calendar_app.factories import EventIndexPageFactory, EventPageFactory
from tests.factories import LocaleFactory
from tests.project_pages.factories import ProjectIndexPageFactory, ProjectPageFactory

LEAK_PATTERN = r"(?i)\b(?:secret|draft)-\d+"


class State(Enum):
    """How one language version of a page stands; the first is what hypothesis shrinks to."""

    LIVE = "live"
    CHANGED = "published, with a newer unpublished draft"
    DRAFT = "draft only, never published"
    UNPUBLISHED = "published, then unpublished"
    EXPIRED = "expire_at in the past"
    SCHEDULED = "go_live_at in the future"
    PASSWORD = "password view restriction"
    LOGIN = "login view restriction"
    GROUPS = "group view restriction"


#: States in which the version itself is not public (a CHANGED page is: its live revision).
HIDDEN_STATES = frozenset(State) - {State.LIVE, State.CHANGED}
#: States whose page is never published while the test runs.
NEVER_LIVE = frozenset({State.DRAFT, State.SCHEDULED})
RESTRICTIONS = {
    State.PASSWORD: PageViewRestriction.PASSWORD,
    State.LOGIN: PageViewRestriction.LOGIN,
    State.GROUPS: PageViewRestriction.GROUPS,
}


class ImagePlace(Enum):
    """The collection of the image a page shows (logo, partner logo, event image, image block,
    rich-text embed, footer logo)."""

    PUBLIC = "a public collection"
    PRIVATE = "a collection with a view restriction"
    BELOW_PRIVATE = "a collection below one with a view restriction"


@dataclass(frozen=True)
class LeafSpec:
    """A project or an event below its index: its state in sl, in en (None: not translated),
    and what its body and the site's other content point at."""

    sl: State
    en: State | None
    link_to: int  # a leaf of the tree (modulo their number) linked from body and rich text
    document: bool | None  # None: no document; True: one from a private collection
    redirect: bool  # an old path redirects to it
    in_menu: bool
    project: int | None = None  # events: the related project (modulo their number)
    days_ahead: int = 1  # events: start this many days after today
    image: ImagePlace | None = None  # None: no image


@dataclass(frozen=True)
class TreeSpec:
    project_index: tuple[State, State]  # sl, en
    event_index: tuple[State, State]
    projects: tuple[LeafSpec, ...]
    events: tuple[LeafSpec, ...]
    privacy_page: int | None  # the footer's privacy page: a leaf (modulo their number)
    fallback: bool  # HEADLESS_LOCALE_FALLBACK


def _states() -> st.SearchStrategy[State]:
    # Live pages half of the time, so that hidden ones have public neighbours to leak through.
    return st.one_of(st.just(State.LIVE), st.sampled_from(State))


@st.composite
def _leaf(draw, *, event: bool) -> LeafSpec:
    return LeafSpec(
        sl=draw(_states()),
        en=draw(st.none() | _states()),
        link_to=draw(st.integers(0, 20)),
        document=draw(st.none() | st.booleans()),
        redirect=draw(st.booleans()),
        in_menu=draw(st.booleans()),
        project=draw(st.none() | st.integers(0, 20)) if event else None,
        days_ahead=draw(st.integers(1, 60)) if event else 1,
        image=draw(st.none() | st.sampled_from(ImagePlace)),
    )


@st.composite
def trees(draw) -> TreeSpec:
    """A project index and an event index, each in sl and en, with up to three projects and
    three events, every version in a random state."""
    index_states = st.tuples(
        st.one_of(st.just(State.LIVE), st.just(State.LIVE), st.sampled_from(State)),
        st.one_of(st.just(State.LIVE), st.sampled_from(State)),
    )
    return TreeSpec(
        project_index=draw(index_states),
        event_index=draw(index_states),
        projects=tuple(draw(st.lists(_leaf(event=False), max_size=3))),
        events=tuple(draw(st.lists(_leaf(event=True), max_size=3))),
        privacy_page=draw(st.none() | st.integers(0, 20)),
        fallback=draw(st.booleans()),
    )


def every_state(*, shift: int, indexes: tuple[State, State, State, State], fallback: bool):
    """A tree with one project and one event in each state in sl, their translations in the
    states ``shift`` further on (the last untranslated), each linking to, redirected to, in the
    menu with and related to another: run as an explicit example, so that every state is tried
    in every run whatever hypothesis draws."""
    states = list(State)
    leaves = tuple(
        LeafSpec(
            sl=state,
            en=None if n == len(states) - 1 else states[(n + shift) % len(states)],
            link_to=(n * 7 + shift) % (2 * len(states)),
            document=(None, True, False)[n % 3],
            redirect=True,
            in_menu=n % 2 == 0,
            project=(n + shift) % len(states),
            days_ahead=1 + n,
            image=(None, *ImagePlace)[(n + shift) % (len(ImagePlace) + 1)],
        )
        for n, state in enumerate(states)
    )
    return TreeSpec(
        project_index=indexes[:2],
        event_index=indexes[2:],
        projects=leaves,
        events=leaves,
        privacy_page=shift,
        fallback=fallback,
    )


@dataclass
class Version:
    """One language version of a page as built, and whether the public may see it."""

    page: Page
    language: str
    hidden: bool
    path: str  # below the language's home page, e.g. "/public-3/public-7/"


@dataclass
class Built:
    spec: TreeSpec
    versions: list[Version] = field(default_factory=list)
    private_documents: list = field(default_factory=list)
    #: {page id: (the image the version shows, whether the API may serve it)}
    images: dict[int, tuple] = field(default_factory=dict)
    projects: list[dict[str, Version]] = field(default_factory=list)
    events: list[dict[str, Version]] = field(default_factory=list)

    @property
    def hidden_ids(self) -> set[int]:
        return {version.page.pk for version in self.versions if version.hidden}

    @property
    def public(self) -> list[Version]:
        return [version for version in self.versions if not version.hidden]

    def leaves(self) -> list[dict[str, Version]]:
        return self.projects + self.events

    @property
    def private_image_ids(self) -> set[int]:
        return {image.pk for image, public in self.images.values() if not public}

    @property
    def public_images(self) -> list:
        return [image for image, public in self.images.values() if public]


class _Names:
    def __init__(self):
        self._numbers = itertools.count(1)

    def __call__(self, hidden: bool) -> tuple[str, str]:
        token = f"{'SECRET' if hidden else 'PUBLIC'}-{next(self._numbers)}"
        return token, token.lower()

    def draft(self) -> str:
        return f"DRAFT-{next(self._numbers)}"


def build(spec: TreeSpec, homes: dict[str, Page]) -> Built:
    """Create ``spec``'s pages below ``homes`` (the sl and en home pages): first every version
    as a draft, then their content and links, then publish and move each into its state.

    Translations are copied before any restriction exists, so each version's restriction is
    only the one its state asks for.
    """
    names = _Names()
    built = Built(spec)
    now = timezone.now()
    indexes = {}
    for key, factory, states in (
        ("projects", ProjectIndexPageFactory, spec.project_index),
        ("events", EventIndexPageFactory, spec.event_index),
    ):
        sl_state, en_state = states
        sl_title, sl_slug = names(sl_state in HIDDEN_STATES)
        sl = factory(parent=homes["sl"], title=sl_title, slug=sl_slug, live=False)
        en_title, en_slug = names(en_state in HIDDEN_STATES)
        en = _translation(sl, "en", title=en_title, slug=en_slug)
        indexes[key] = {
            "sl": Version(sl, "sl", sl_state in HIDDEN_STATES, f"/{sl_slug}/"),
            "en": Version(en, "en", en_state in HIDDEN_STATES, f"/{en_slug}/"),
        }
        built.versions += indexes[key].values()

    for kind, leaves, factory in (
        ("projects", spec.projects, ProjectPageFactory),
        ("events", spec.events, _event_factory(now)),
    ):
        for leaf in leaves:
            versions = {}
            parent = indexes[kind]
            hidden = leaf.sl in HIDDEN_STATES or parent["sl"].hidden
            title, slug = names(hidden)
            sl = factory(
                parent=parent["sl"].page, title=title, slug=slug, summary=title, live=False
            )
            versions["sl"] = Version(sl, "sl", hidden, f"{parent['sl'].path}{slug}/")
            if leaf.en is not None:
                hidden = leaf.en in HIDDEN_STATES or parent["en"].hidden
                title, slug = names(hidden)
                en = _translation(sl, "en", title=title, slug=slug, summary=title)
                versions["en"] = Version(en, "en", hidden, f"{parent['en'].path}{slug}/")
            getattr(built, kind).append(versions)
            built.versions += versions.values()

    _fill(built, names)
    for key, states in (("projects", spec.project_index), ("events", spec.event_index)):
        for language, state in zip(("sl", "en"), states, strict=True):
            _enter_state(indexes[key][language].page, state, names, now)
    for versions, leaf in zip(built.leaves(), spec.projects + spec.events, strict=True):
        for language, version in versions.items():
            _enter_state(version.page, getattr(leaf, language), names, now)
    _site_content(built, homes)
    return built


def _event_factory(now):
    def make(*, days_ahead=1, **fields):
        start = now + timedelta(days=days_ahead)
        return EventPageFactory(start=start, end=start + timedelta(hours=2), **fields)

    return make


def _translation(page: Page, language: str, **fields) -> Page:
    """A draft copy of ``page`` in ``language``; ``_enter_state`` publishes it or not."""
    translation = page.copy_for_translation(LocaleFactory(language_code=language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def _fill(built: Built, names: _Names) -> None:
    """Body links, rich-text links, documents, images and related projects, for every version
    (hidden ones too: a hidden page linking to a public one must not make it leak either), set
    in memory: ``_enter_state`` saves them with the revision it publishes."""
    spec = built.spec
    leaves = built.leaves()
    root = Collection.get_first_root_node()
    private = root.add_child(name="Interno")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    collections = {
        ImagePlace.PUBLIC: root.add_child(name="Javno"),
        ImagePlace.PRIVATE: private,
        ImagePlace.BELOW_PRIVATE: private.add_child(name="Kadri"),
    }
    for versions, leaf in zip(leaves, spec.projects + spec.events, strict=True):
        for language, version in versions.items():
            page = version.page
            target = _version_in(leaves[leaf.link_to % len(leaves)], language).page
            embed, image_blocks = _show_image(built, page, leaf.image, collections, names)
            body = [
                {
                    "type": "paragraph",
                    "value": {
                        "text": f'<p>Glej <a linktype="page" id="{target.pk}">stran</a>{embed}</p>'
                    },
                },
                {
                    "type": "link_list",
                    "value": {
                        "heading": "Povezave",
                        "links": [{"title": "Stran", "page": target.pk, "external_url": ""}],
                    },
                },
            ]
            if leaf.document is not None:
                title, _slug = names(leaf.document)
                document = wagtail_factories.DocumentFactory(
                    title=title,
                    **({"collection": private} if leaf.document else {}),
                )
                if leaf.document:
                    built.private_documents.append(document)
                body.append(
                    {"type": "document", "value": {"document": document.pk, "link_text": ""}}
                )
                if isinstance(page, ProjectPage):
                    page.materials = [ProjectMaterial(title=title, document=document)]
            page.body = body + image_blocks
            if isinstance(page, EventPage) and leaf.project is not None and built.projects:
                project = built.projects[leaf.project % len(built.projects)]
                page.related_project = _version_in(project, language).page


def _show_image(built: Built, page: Page, place, collections: dict, names: _Names):
    """Give ``page`` an image in ``place`` (None: none) wherever it can show one: its logos and
    a partner's logo, or the event's image. Returns a rich-text embed and an image block of it.
    """
    if place is None:
        return "", []
    public = place is ImagePlace.PUBLIC
    token, slug = names(not public)
    image = wagtail_factories.ImageFactory(
        title=token,
        description=token,
        collection=collections[place],
        file__filename=f"{slug}.png",
        file__width=int(token.rsplit("-", 1)[1]),
        file__height=7,
    )
    # Wagtail caches renditions by image id and file hash (which only uploads set), and SQLite
    # gives a rolled-back example's ids to the next one: content and hash of its own.
    image.get_file_hash()
    built.images[page.pk] = (image, public)
    if isinstance(page, ProjectPage):
        page.logos = [ProjectLogo(image=image)]
        page.partners = [ProjectPartner(organisation="Partner", country="LV", logo=image)]
    else:
        page.image = image
    embed = f'<embed embedtype="image" id="{image.pk}" format="left" alt="{token}"/>'
    return embed, [{"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": ""}}]


def _version_in(versions: dict[str, Version], language: str) -> Version:
    return versions.get(language) or versions["sl"]


def _enter_state(page: Page, state: State, names: _Names, now) -> None:
    """Save ``page`` as it is in memory (with ``_fill``'s content) as a revision, and publish,
    unpublish, expire, restrict or change it as ``state`` says."""
    # An index was loaded before its children were added, and a scheduled publish saves the
    # tree fields of this instance: a stale numchild of 0 would hide the section from the
    # rules (as no editor's page, loaded fresh from the database, ever does).
    page.refresh_from_db(fields=["numchild"])
    if state is State.DRAFT:
        page.save_revision()
        return
    if state is State.SCHEDULED:
        page.go_live_at = now + timedelta(days=1)
        page.save_revision().publish()  # with a future go_live_at this only schedules it
        return
    page.save_revision().publish()
    page.refresh_from_db()
    if state is State.UNPUBLISHED:
        page.unpublish()
    elif state is State.EXPIRED:
        page.expire_at = now - timedelta(minutes=1)
        page.save()
    elif state is State.CHANGED:
        draft = names.draft()
        page.title = draft
        page.slug = draft.lower()
        if hasattr(page, "summary"):
            page.summary = draft
        page.save_revision()
        page.refresh_from_db()  # the live title and slug, as the tests look the page up
    elif state in RESTRICTIONS:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=RESTRICTIONS[state], password="skrivnost"
        )
        if state is State.GROUPS:
            restriction.groups.set([Group.objects.get_or_create(name="Knjižničarji")[0]])


def _site_content(built: Built, homes: dict[str, Page]) -> None:
    """Redirects, the main menu and the footer, pointing at the tree's leaves (hidden or not)."""
    spec = built.spec
    leaves = built.leaves()
    locale = homes["sl"].locale
    menu = MainMenu.objects.create(locale=locale)
    for order, (versions, leaf) in enumerate(zip(leaves, spec.projects + spec.events, strict=True)):
        for version in versions.values():
            if leaf.redirect:
                Redirect.objects.create(
                    old_path=Redirect.normalise_path(f"/star-{version.page.slug}"),
                    redirect_page=version.page,
                )
        if leaf.in_menu:
            MainMenuItem.objects.create(
                menu=menu, locale=locale, sort_order=order, label="", page=versions["sl"].page
            )
    privacy = None
    if spec.privacy_page is not None and leaves:
        privacy = leaves[spec.privacy_page % len(leaves)]["sl"].page
    footer = SiteFooter.objects.create(
        locale=locale,
        cookie_notice="Piškotki.",
        privacy_link_label="Zasebnost" if privacy else "",
        privacy_page=privacy,
        settings_label="Nastavitve",
        close_label="Zapri",
    )
    for order, versions in enumerate(leaves):
        if (shown := built.images.get(versions["sl"].page.pk)) is not None:
            image, _public = shown
            SiteFooterPartnerLogo.objects.create(
                footer=footer, locale=locale, sort_order=order, image=image, name=image.title
            )
