"""Complete invalidation: whatever an editor or translator changes in the admin, the next
anonymous answer that showed it is fresh, not the response cache's copy.

Each test caches an anonymous answer (the second request is a cache HIT), makes one change the
way the admin makes it (its view, posted by a logged-in superuser, committed), and asks again.
"""

import json
from urllib.parse import urlencode

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html
from wagtail_localize.models import Translation

from cms.content.documents import document_url
from cms.home.demo import FOOTER_CONTENT
from cms.home.models import MainMenu, MainMenuItem, SiteFooter
from cms.webhooks.models import WebhookDelivery, WebhookEndpoint
from project_pages.models import ProjectMaterial
from tests.calendar_app.factories import (
    EventCategoryFactory,
    EventIndexPageFactory,
    EventPageFactory,
    VenueFactory,
    local,
)
from tests.cms.localize_editor import (
    ENGLISH,
    TranslationEditor,
    slovene_project,
    submit_for_translation,
    sync,
)
from tests.factories import PlainPageFactory, publish, translate
from tests.project_pages.factories import (
    FundingProgrammeFactory,
    ProjectPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db

INTRO = """
query Intro($id: ID) { page(id: $id) { ... on ProjectIndexPage { intro } } }
"""
MATERIALS = """
query Materials($id: ID) {
  page(id: $id) { ... on ProjectPage { materials { title url } } }
}
"""
IMAGES = "query Images { images { title } }"
IMAGE = "query Image($id: ID) { image(id: $id) { title } }"
PROJECTS = """
query Projects($targetGroup: String) {
  projects(locale: "sl", targetGroup: $targetGroup) {
    items { title targetGroups { name } programme { name } }
    facets { targetGroups { slug name count } programmes { slug name count } }
  }
}
"""
FACETS = """
query Facets {
  projects(locale: "sl") {
    facets { targetGroups { slug name count } programmes { slug name count } }
  }
}
"""
EVENTS = """
query Events($category: String) {
  events(locale: "sl", from: "2020-12-01", to: "2020-12-31", category: $category) {
    event { title jsonLd }
  }
}
"""
REDIRECTS = 'query Redirects { redirects(locale: "sl") { items { oldPath newUrl } } }'
FOOTER = 'query Footer { siteSettings(locale: "sl") { footer { cookieNotice { text } } } }'
NAVIGATION = 'query Navigation { navigation(locale: "sl") { label url } }'
MAIN_MENU = 'query MainMenu { mainMenu(locale: "sl") { items { label url } } }'
PAGE = "query Page($id: ID, $locale: String) { page(id: $id, locale: $locale) { title } }"
SITEMAP = "query Sitemap($locale: String) { sitemap(locale: $locale) { items { url } } }"
STATUS = """
query Status($id: ID) { page(id: $id, locale: "en") { title translationStatus } }
"""


@pytest.fixture(autouse=True)
def response_cache(settings):
    settings.RESPONSE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ask(client):
    """An anonymous reader's POST of a named operation."""

    def post(query: str, variables: dict | None = None):
        return client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
        )

    return post


def cached(ask, query: str, variables: dict | None = None) -> dict:
    """The answer to ``query``, once the response cache holds it."""
    first = ask(query, variables)
    again = ask(query, variables)
    assert "errors" not in first.json(), first.json()
    assert again["X-Cache"] == "HIT"
    assert again.json() == first.json()
    return first.json()["data"]


def fresh(ask, query: str, variables: dict | None = None) -> dict:
    answer = ask(query, variables)
    assert answer["X-Cache"] == "MISS", "the cached answer was served after the change"
    return answer.json()


class Admin:
    """A superuser in the admin, in a browser of their own. Each post is committed, so what
    a commit sets off (caches, webhooks) has happened when it returns."""

    def __init__(self, on_commit):
        user = get_user_model().objects.create_superuser("admin", "admin@example.com", "x")
        self.client = Client()
        self.client.force_login(user)
        self.on_commit = on_commit

    def form(self, url: str, form_id: str | None = None, form_index: int = 0) -> dict:
        """The fields of the form at ``url`` as it opens."""
        response = self.client.get(url)
        assert response.status_code == 200, response.status_code
        html = response.content.decode()
        fields = querydict_from_html(html, form_id=form_id, form_index=form_index)
        return {name: fields.getlist(name) for name in fields}

    def post(self, url: str, data: dict | None = None, **extra):
        with self.on_commit(execute=True):
            response = self.client.post(url, data or {}, **extra)
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 200 and response.context and "form" in response.context:
            assert not response.context["form"].errors, response.context["form"].errors
        return response

    def edit_snippet(self, snippet, **changes):
        url = reverse(
            f"wagtailsnippets_{snippet._meta.app_label}_{snippet._meta.model_name}:edit",
            args=[snippet.pk],
        )
        response = self.post(url, {**self.form(url, form_id="w-editor-form"), **changes})
        assert response.status_code == 302, "the snippet was not saved"


@pytest.fixture
def admin(django_capture_on_commit_callbacks):
    return Admin(django_capture_on_commit_callbacks)


@pytest.fixture
def staff_only():
    """A collection only logged-in users may see."""
    collection = Collection.get_first_root_node().add_child(name="Zaposleni")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def move_by_edit_form(admin, item, collection):
    app = "wagtaildocs" if item._meta.model_name == "document" else "wagtailimages"
    url = reverse(f"{app}:edit", args=[item.pk])
    form = admin.form(url, form_id="w-editor-form")
    assert "collection" in form, form
    response = admin.post(url, {**form, "collection": collection.pk})
    assert response.status_code == 302


def move_by_bulk_action(admin, item, collection):
    url = reverse(
        "wagtail_bulk_action",
        args=[item._meta.app_label, item._meta.model_name, "add_to_collection"],
    )
    admin.post(f"{url}?{urlencode({'id': item.pk})}", {"collection": collection.pk})


MOVES = [move_by_edit_form, move_by_bulk_action]


# Documents and images.


@pytest.mark.parametrize("move", MOVES, ids=["edit form", "bulk action"])
def test_a_document_moved_into_a_restricted_collection_leaves_cached_answers(
    ask, admin, project_index, staff_only, move
):
    document = wagtail_factories.DocumentFactory(
        title="Letno poročilo", file__filename="porocilo.pdf"
    )
    project = ProjectPageFactory(parent=project_index)
    project.materials = [ProjectMaterial(title="Poročilo", document=document)]
    publish(project)
    project_index.intro = f'<p><a linktype="document" id="{document.pk}">Poročilo</a></p>'
    publish(project_index)
    assert cached(ask, MATERIALS, {"id": project.pk})["page"]["materials"] == [
        {"title": "Poročilo", "url": document_url(document)}
    ]
    assert document.url in cached(ask, INTRO, {"id": project_index.pk})["page"]["intro"]

    move(admin, document, staff_only)

    assert fresh(ask, MATERIALS, {"id": project.pk})["data"]["page"]["materials"] == []
    intro = fresh(ask, INTRO, {"id": project_index.pk})["data"]["page"]["intro"]
    assert "Poročilo" in intro
    assert document.url not in intro


@pytest.mark.parametrize("move", MOVES, ids=["edit form", "bulk action"])
def test_an_image_moved_into_a_restricted_collection_leaves_cached_answers(
    ask, admin, site_tree, staff_only, move
):
    image = wagtail_factories.ImageFactory(title="Seja sveta")
    assert cached(ask, IMAGES)["images"] == [{"title": "Seja sveta"}]
    assert cached(ask, IMAGE, {"id": image.pk})["image"] == {"title": "Seja sveta"}

    move(admin, image, staff_only)

    assert fresh(ask, IMAGES)["data"]["images"] == []
    assert fresh(ask, IMAGE, {"id": image.pk})["data"]["image"] is None


# Collections.


@pytest.fixture
def minutes(project_index):
    """A public collection with an image and a document, the material of a project."""
    collection = Collection.get_first_root_node().add_child(name="Zapisniki")
    document = wagtail_factories.DocumentFactory(
        title="Zapisnik", collection=collection, file__filename="zapisnik.pdf"
    )
    wagtail_factories.ImageFactory(title="Sejna soba", collection=collection)
    project = ProjectPageFactory(parent=project_index)
    project.materials = [ProjectMaterial(title="Zapisnik seje", document=document)]
    collection.project = publish(project)
    return collection


def materials(data) -> list[str]:
    return [material["title"] for material in data["page"]["materials"]]


def test_a_collection_moved_below_a_restricted_one_takes_its_files_out_of_cached_answers(
    ask, admin, staff_only, minutes
):
    project = {"id": minutes.project.pk}
    assert materials(cached(ask, MATERIALS, project)) == ["Zapisnik seje"]
    assert cached(ask, IMAGES)["images"] == [{"title": "Sejna soba"}]

    url = reverse("wagtailadmin_collections:edit", args=[minutes.pk])
    admin.post(url, {"name": "Zapisniki", "parent": staff_only.pk})

    minutes.refresh_from_db()
    assert minutes.get_parent() == staff_only
    assert materials(fresh(ask, MATERIALS, project)["data"]) == []
    assert fresh(ask, IMAGES)["data"]["images"] == []


def test_a_collection_made_public_again_brings_its_files_back(ask, admin, minutes):
    CollectionViewRestriction.objects.create(collection=minutes, restriction_type="login")
    project = {"id": minutes.project.pk}
    assert materials(cached(ask, MATERIALS, project)) == []
    assert cached(ask, IMAGES)["images"] == []

    url = reverse("wagtailadmin_collections:set_privacy", args=[minutes.pk])
    admin.post(url, {"restriction_type": "none"})

    assert not CollectionViewRestriction.objects.exists()
    assert materials(fresh(ask, MATERIALS, project)["data"]) == ["Zapisnik seje"]
    assert fresh(ask, IMAGES)["data"]["images"] == [{"title": "Sejna soba"}]


# Taxonomies: their names and slugs are read by facets and filters, not only as objects.


def test_a_renamed_target_group_changes_the_facets_and_cards(ask, admin, project_index):
    group = TargetGroupFactory(name="Slepi", slug="slepi")
    project = ProjectPageFactory(parent=project_index, title="Zvočne knjige")
    project.target_groups = [group]
    publish(project)
    facets = cached(ask, FACETS)["projects"]["facets"]
    assert facets["targetGroups"] == [{"slug": "slepi", "name": "Slepi", "count": 1}]
    assert cached(ask, PROJECTS, {"targetGroup": "slepi"})["projects"]["items"]

    admin.edit_snippet(group, name="Slepi in slabovidni")

    facets = fresh(ask, FACETS)["data"]["projects"]["facets"]
    assert facets["targetGroups"] == [{"slug": "slepi", "name": "Slepi in slabovidni", "count": 1}]
    filtered = fresh(ask, PROJECTS, {"targetGroup": "slepi"})["data"]["projects"]
    assert filtered["items"][0]["targetGroups"] == [{"name": "Slepi in slabovidni"}]


def test_a_renamed_funding_programme_changes_the_facets_and_cards(ask, admin, project_index):
    programme = FundingProgrammeFactory(name="Erasmus+", slug="erasmus")
    publish(ProjectPageFactory(parent=project_index, programme=programme))
    facets = cached(ask, FACETS)["projects"]["facets"]
    assert facets["programmes"] == [{"slug": "erasmus", "name": "Erasmus+", "count": 1}]
    assert cached(ask, PROJECTS)["projects"]["items"][0]["programme"] == {"name": "Erasmus+"}

    admin.edit_snippet(programme, name="Erasmus+ KA2")

    facets = fresh(ask, FACETS)["data"]["projects"]["facets"]
    assert facets["programmes"] == [{"slug": "erasmus", "name": "Erasmus+ KA2", "count": 1}]
    listing = fresh(ask, PROJECTS)["data"]["projects"]
    assert listing["items"][0]["programme"] == {"name": "Erasmus+ KA2"}


@pytest.fixture
def calendar(site_tree):
    return publish(EventIndexPageFactory(parent=site_tree["sl"]))


def test_a_renamed_event_category_changes_the_events_filtered_by_it(ask, admin, calendar):
    category = EventCategoryFactory(name="Delavnice", slug="delavnice")
    event = EventPageFactory(parent=calendar, title="Kvačkanje", start=local(2020, 12, 3, 18))
    event.categories = [category]
    publish(event)
    by_category = cached(ask, EVENTS, {"category": "delavnice"})["events"]
    assert [occurrence["event"]["title"] for occurrence in by_category] == ["Kvačkanje"]

    admin.edit_snippet(category, name="Ustvarjalnice", slug="ustvarjalnice")

    # The old slug filters nothing any more; the new one finds the event.
    answer = fresh(ask, EVENTS, {"category": "delavnice"})
    assert answer["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", answer
    by_category = fresh(ask, EVENTS, {"category": "ustvarjalnice"})["data"]["events"]
    assert [occurrence["event"]["title"] for occurrence in by_category] == ["Kvačkanje"]


def test_a_renamed_venue_changes_the_events_structured_data(ask, admin, calendar):
    venue = VenueFactory(name="Knjižnica Bežigrad")
    publish(
        EventPageFactory(parent=calendar, venue=venue, start=local(2020, 12, 3, 18), online_url="")
    )
    (occurrence,) = cached(ask, EVENTS)["events"]
    assert json.loads(occurrence["event"]["jsonLd"])["location"]["name"] == "Knjižnica Bežigrad"

    admin.edit_snippet(venue, name="Knjižnica Bežigrad, enota Glinška")

    (occurrence,) = fresh(ask, EVENTS)["data"]["events"]
    location = json.loads(occurrence["event"]["jsonLd"])["location"]
    assert location["name"] == "Knjižnica Bežigrad, enota Glinška"


# Redirects and what every page shows around its content.


def test_an_added_redirect_is_in_the_next_answer(ask, admin, site_tree):
    target = publish(PlainPageFactory(parent=site_tree["sl"], title="Novo", slug="novo"))
    assert cached(ask, REDIRECTS)["redirects"]["items"] == []

    admin.post(
        reverse("wagtailredirects:add"),
        {"old_path": "/staro", "redirect_page": target.pk, "is_permanent": "on", "site": ""},
    )

    assert Redirect.objects.filter(old_path="/staro").exists()
    assert fresh(ask, REDIRECTS)["data"]["redirects"]["items"] == [
        {"oldPath": "/staro", "newUrl": "/novo/"}
    ]


def test_a_changed_footer_is_in_the_next_answer(ask, admin, site_tree):
    footer = SiteFooter(locale=site_tree["sl"].locale, **FOOTER_CONTENT["sl"])
    footer.save()
    assert (
        cached(ask, FOOTER)["siteSettings"]["footer"]["cookieNotice"]["text"]
        == (FOOTER_CONTENT["sl"]["cookie_notice"])
    )

    form = {
        **FOOTER_CONTENT["sl"],
        "cookie_notice": "Piškotke uporabljamo le za statistiko.",
        "privacy_link_label": "",
        "privacy_page": "",
        "privacy_url": "",
        "partner_logos": inline_formset([]),
    }
    url = reverse("wagtailsnippets_home_sitefooter:edit", args=[footer.pk])
    assert admin.post(url, nested_form_data(form)).status_code == 302

    text = fresh(ask, FOOTER)["data"]["siteSettings"]["footer"]["cookieNotice"]["text"]
    assert text == "Piškotke uporabljamo le za statistiko."


def test_a_changed_main_menu_is_in_the_next_answer(ask, admin, site_tree):
    menu = MainMenu(locale=site_tree["sl"].locale)
    menu.items = [MainMenuItem(label="Katalog", url="https://plus.cobiss.net/", sort_order=0)]
    menu.save()
    assert cached(ask, NAVIGATION)["navigation"] == [
        {"label": "Katalog", "url": "https://plus.cobiss.net/"}
    ]
    assert cached(ask, MAIN_MENU)["mainMenu"]["items"] == [
        {"label": "Katalog", "url": "https://plus.cobiss.net/"}
    ]

    url = reverse("wagtailsnippets_home_mainmenu:edit", args=[menu.pk])
    form = admin.form(url, form_id="w-editor-form")
    assert form["items-0-label"] == ["Katalog"]
    assert admin.post(url, {**form, "items-0-label": "Katalog COBISS"}).status_code == 302

    assert fresh(ask, NAVIGATION)["data"]["navigation"] == [
        {"label": "Katalog COBISS", "url": "https://plus.cobiss.net/"}
    ]
    assert fresh(ask, MAIN_MENU)["data"]["mainMenu"]["items"] == [
        {"label": "Katalog COBISS", "url": "https://plus.cobiss.net/"}
    ]


# Translations in wagtail-localize.


@pytest.fixture
def english(project_index, admin, django_capture_on_commit_callbacks):
    """A Slovene project translated into English in wagtail-localize's editor, published."""
    source = slovene_project(project_index)
    translation = submit_for_translation(source, "en", django_capture_on_commit_callbacks)
    editor = TranslationEditor(admin.client, translation, django_capture_on_commit_callbacks)
    editor.translate_all(ENGLISH)
    assert editor.publish().status_code == 302
    return editor


def sitemap_urls(data) -> set[str]:
    return {item["url"] for item in data["sitemap"]["items"]}


def test_a_translation_converted_to_an_alias_leaves_the_site_like_an_unpublished_page(
    ask, admin, english
):
    page = english.page
    path = "/en/projects/tech-library/"
    assert cached(ask, PAGE, {"id": page.pk, "locale": "en"})["page"] == {"title": ENGLISH["title"]}
    assert path in sitemap_urls(cached(ask, SITEMAP, {"locale": "en"}))
    WebhookEndpoint.objects.create(name="Frontend", url="http://127.0.0.1:9/hooks", secret="s" * 32)

    admin.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))

    assert english.translation.__class__.objects.filter(pk=english.translation.pk).count() == 0
    assert fresh(ask, PAGE, {"id": page.pk, "locale": "en"})["data"]["page"] is None
    assert path not in sitemap_urls(fresh(ask, SITEMAP, {"locale": "en"})["data"])
    delivery = WebhookDelivery.objects.get(event="page.unpublished")
    assert delivery.payload["object"]["id"] == page.pk
    assert f"https://www.library.test{path}" in delivery.payload["urls"]
    assert f"page:{page.pk}" in delivery.payload["cacheTags"]


def test_a_deleted_translation_leaves_the_page_and_the_sitemap(ask, admin, english):
    page = english.page
    path = "/en/projects/tech-library/"
    assert cached(ask, PAGE, {"id": page.pk, "locale": "en"})["page"]
    assert path in sitemap_urls(cached(ask, SITEMAP, {"locale": "en"}))

    admin.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))

    assert not Translation.objects.filter(target_locale__language_code="en").exists()
    assert fresh(ask, PAGE, {"id": page.pk, "locale": "en"})["data"]["page"] is None
    assert path not in sitemap_urls(fresh(ask, SITEMAP, {"locale": "en"})["data"])


TRANSLATIONS = """
query Translations($id: ID) { page(id: $id, locale: "en") { translations { locale url } } }
"""


def test_an_unpublished_section_takes_the_pages_below_it_out_of_other_languages_answers(
    ask, admin, project_index, django_capture_on_commit_callbacks
):
    """The pages below an unpublished page stay live but leave the site with it: an English
    page must no longer name its Slovene version among its translations, until the section is
    published again."""
    project = publish(ProjectPageFactory(parent=project_index, slug="most"))
    english = translate(project, "en", slug="bridge")
    assert cached(ask, TRANSLATIONS, {"id": english.pk})["page"]["translations"] == [
        {"locale": "sl", "url": "/projekti/most/"}
    ]

    admin.post(reverse("wagtailadmin_pages:unpublish", args=[project_index.pk]))

    project.refresh_from_db()
    assert project.live, "only the section was unpublished"
    answer = fresh(ask, TRANSLATIONS, {"id": english.pk})["data"]["page"]
    assert answer["translations"] == []
    assert cached(ask, TRANSLATIONS, {"id": english.pk})["page"]["translations"] == []

    with django_capture_on_commit_callbacks(execute=True):
        project_index.get_latest_revision().publish()

    answer = fresh(ask, TRANSLATIONS, {"id": english.pk})["data"]["page"]
    assert answer["translations"] == [{"locale": "sl", "url": "/projekti/most/"}]


def machine_translate(editor, admin, on_commit) -> TranslationEditor:
    """``editor``'s translation after its source gained a sentence that was synced and
    machine-translated, and published."""
    source = editor.translation.source.get_source_instance()
    source.summary = "Nova knjižnica orodij."
    publish(source)
    sync(admin.client, editor.translation, on_commit)
    assert editor.machine_translate().status_code == 302
    editor.publish()
    return editor


def status_of(ask, page) -> str:
    return fresh(ask, STATUS, {"id": page.pk})["data"]["page"]["translationStatus"]


def test_stopping_and_restarting_a_translation_changes_its_reported_status(
    ask, admin, english, django_capture_on_commit_callbacks
):
    """While wagtail-localize syncs a translation, its machine-translated strings make it
    MACHINE_TRANSLATED; once syncing stops, only publication times count."""
    editor = machine_translate(english, admin, django_capture_on_commit_callbacks)
    page = editor.page
    assert cached(ask, STATUS, {"id": page.pk})["page"]["translationStatus"] == (
        "MACHINE_TRANSLATED"
    )

    translation = editor.translation
    url = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    admin.post(url, {"next": editor.url})

    translation.refresh_from_db()
    assert not translation.enabled
    assert status_of(ask, page) == "UP_TO_DATE"
    assert cached(ask, STATUS, {"id": page.pk})["page"]["translationStatus"] == "UP_TO_DATE"

    admin.post(editor.url, {"localize-restart-translation": "on"})

    translation.refresh_from_db()
    assert translation.enabled
    assert status_of(ask, page) == "MACHINE_TRANSLATED"


def test_a_string_reviewed_in_the_translation_editor_changes_the_reported_status(
    ask, admin, english, django_capture_on_commit_callbacks
):
    editor = machine_translate(english, admin, django_capture_on_commit_callbacks)
    page = editor.page
    assert cached(ask, STATUS, {"id": page.pk})["page"]["translationStatus"] == (
        "MACHINE_TRANSLATED"
    )

    with django_capture_on_commit_callbacks(execute=True):
        editor.translate({"summary": "A new library of tools."})

    assert status_of(ask, page) == "UP_TO_DATE"
