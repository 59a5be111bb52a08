"""The whole editorial loop in a real browser: an editor writes a Slovene project in the Wagtail
admin, a translator translates it into English with wagtail-localize and an editor publishes
that, readers see both languages on the reference frontend and switch between them, a draft is
previewed on the frontend while readers still get the published version, and the month calendar
leads to an event and its iCalendar file.

The tests run in order and share what they made (``story``): each step starts from the last.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.admin import (
    create_project,
    edit_title_and_preview,
    log_in,
    publish_translation,
    translate_page,
)
from tests.e2e.conftest import EDITOR, TRANSLATOR

SLOVENE_TITLE = "Bralni most"
ENGLISH_TITLE = "Reading bridge"
DRAFT_TITLE = "Bralni most (osnutek)"
SUMMARY_SL = "Knjižnici v Ljubljani in Trstu si izmenjujeta bralne klube in pisatelje."
SUMMARY_EN = "Libraries in Ljubljana and Trieste exchange reading clubs and writers."
PARTNER = {"organisation": "Biblioteca Civica Attilio Hortis", "city": "Trst", "country": "Italy"}
CONTACT = "Simona Resman"


@pytest.fixture(scope="module")
def story():
    """What the steps made, for the steps after them."""
    return {}


def frontend_path(stack, url: str) -> str:
    return f"{stack.frontend_url}{url}"


def test_editor_creates_and_publishes_a_slovene_project(new_page, stack, api, screenshot, story):
    index = api("PageRoute", locale="sl", urlPath="/projekti/")["page"]
    page = new_page("en-GB")
    log_in(page, stack.cms_url, *EDITOR)
    screenshot(page, "01a-editor-dashboard")

    story["project_id"] = create_project(
        page,
        stack.cms_url,
        parent_page_id=int(index["id"]),
        title=SLOVENE_TITLE,
        summary=SUMMARY_SL,
        start_year=2025,
        end_year=2027,
        partner={
            "organisation": PARTNER["organisation"],
            "city": PARTNER["city"],
            "country_name": PARTNER["country"],
        },
        contact_name=CONTACT,
    )
    screenshot(page, "01b-project-published")

    project = api("ProjectDetail", locale="sl", urlPath="/projekti/bralni-most/")["page"]
    assert project["title"] == SLOVENE_TITLE
    assert project["summary"] == SUMMARY_SL
    assert project["durationLabel"] == "2025–2027"
    assert [(p["organisation"], p["city"], p["country"]["name"]) for p in project["partners"]] == [
        (PARTNER["organisation"], PARTNER["city"], "Italija")
    ]
    assert [contact["displayName"] for contact in project["contacts"]] == [CONTACT]
    assert project["translations"] == [], "nothing is translated yet"
    story["url_sl"] = project["url"]


def test_translator_translates_it_and_an_editor_publishes_the_english(
    new_page, stack, api, screenshot, story
):
    translator = new_page("en-GB")
    log_in(translator, stack.cms_url, *TRANSLATOR)
    story["project_id_en"] = translate_page(
        translator,
        stack.cms_url,
        page_id=story["project_id"],
        # A partner's organisation and city are translated too (the name stays as it is).
        segments={
            SLOVENE_TITLE: ENGLISH_TITLE,
            SUMMARY_SL: SUMMARY_EN,
            PARTNER["organisation"]: PARTNER["organisation"],
            PARTNER["city"]: "Trieste",
        },
        slug="reading-bridge",
    )
    screenshot(translator, "02a-translator-saved-translation")

    # Translators cannot publish: until an editor does, English readers do not see it.
    unpublished = api("ProjectDetail", locale="en", urlPath="/projects/reading-bridge/")
    assert unpublished["page"] is None, "an unpublished translation reached the API"

    editor = new_page("en-GB")
    log_in(editor, stack.cms_url, *EDITOR)
    publish_translation(editor, stack.cms_url, page_id=story["project_id_en"])
    screenshot(editor, "02b-editor-published-english")

    project = api("ProjectDetail", locale="en", urlPath="/projects/reading-bridge/")["page"]
    assert project is not None, "the published English translation is not served"
    assert project["title"] == ENGLISH_TITLE
    assert project["summary"] == SUMMARY_EN
    assert [(p["organisation"], p["city"], p["country"]["name"]) for p in project["partners"]] == [
        (PARTNER["organisation"], "Trieste", "Italy")
    ]
    assert [t["locale"] for t in project["translations"]] == ["sl"]
    story["url_en"] = project["url"]


def test_readers_see_both_languages_and_switch_between_them(new_page, stack, screenshot, story):
    page = new_page("sl-SI")
    page.goto(frontend_path(stack, "/projekti/"))
    expect(page.locator("html")).to_have_attribute("lang", "sl")
    page.get_by_role("link", name=SLOVENE_TITLE, exact=True).click()
    expect(page).to_have_url(frontend_path(stack, story["url_sl"]))
    expect(page.get_by_role("heading", level=1)).to_have_text(SLOVENE_TITLE)
    main = page.get_by_role("main")
    expect(main).to_contain_text(PARTNER["organisation"])
    expect(main).to_contain_text("Italija")
    expect(main).to_contain_text(CONTACT)
    # Search engines learn the English version from the head's hreflang alternates.
    english_alternate = page.locator('head link[rel="alternate"][hreflang="en"]')
    expect(english_alternate).to_have_attribute(
        "href", re.compile(re.escape(story["url_en"]) + "$")
    )
    screenshot(page, "03a-project-sl")

    switcher = page.get_by_role("navigation", name="Jezik")
    switcher.get_by_role("link", name="English").click()
    expect(page).to_have_url(frontend_path(stack, story["url_en"]))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH_TITLE)
    expect(page.get_by_role("main")).to_contain_text("Italy")
    screenshot(page, "03b-project-en")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Slovenščina").click()
    expect(page).to_have_url(frontend_path(stack, story["url_sl"]))
    expect(page.get_by_role("heading", level=1)).to_have_text(SLOVENE_TITLE)

    page.goto(frontend_path(stack, "/en/projects/"))
    expect(page.get_by_role("link", name=ENGLISH_TITLE, exact=True)).to_be_visible()
    screenshot(page, "03c-project-list-en")


def test_preview_shows_the_draft_while_readers_get_the_published_version(
    new_page, stack, api, screenshot, story
):
    editor = new_page("en-GB")
    log_in(editor, stack.cms_url, *EDITOR)
    preview = edit_title_and_preview(
        editor, stack.cms_url, page_id=story["project_id"], new_title=DRAFT_TITLE
    )
    assert preview.frontend_url.startswith(f"{stack.frontend_url}/?"), preview.frontend_url
    assert "token=" in preview.frontend_url
    # The admin's preview frames the reference frontend, which renders the unsaved draft.
    expect(preview.frame.get_by_role("heading", level=1)).to_have_text(DRAFT_TITLE)
    expect(preview.frame.get_by_role("status")).to_contain_text("osnutk")
    screenshot(preview.tab, "04a-admin-preview-in-new-tab")

    on_frontend = new_page("sl-SI")
    response = on_frontend.goto(preview.frontend_url)
    assert response.headers["cache-control"] == "no-store"
    expect(on_frontend.get_by_role("heading", level=1)).to_have_text(DRAFT_TITLE)
    screenshot(on_frontend, "04b-frontend-preview")

    reader = new_page("sl-SI")
    reader.goto(frontend_path(stack, story["url_sl"]))
    expect(reader.get_by_role("heading", level=1)).to_have_text(SLOVENE_TITLE)
    expect(reader.get_by_role("main")).not_to_contain_text(DRAFT_TITLE)
    screenshot(reader, "04c-public-page-unchanged")
    project = api("ProjectDetail", locale="sl", urlPath="/projekti/bralni-most/")["page"]
    assert project["title"] == SLOVENE_TITLE


CALENDARS = {
    "sl": {
        "path": "/koledar/",
        "title": "december 2020",
        "weekdays": ["po", "to", "sr", "če", "pe", "so", "ne"],
        "next": "januar 2021",
        "event": "Bralni klub ob četrtkih",
    },
    "en": {
        "path": "/en/calendar/",
        "title": "December 2020",
        "weekdays": ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
        "next": "January 2021",
        "event": "Thursday reading club",
    },
}


@pytest.mark.parametrize("locale", ["sl", "en"])
def test_calendar_leads_from_a_day_to_the_event_and_its_ics_file(
    new_page, stack, screenshot, locale
):
    calendar = CALENDARS[locale]
    page = new_page("sl-SI" if locale == "sl" else "en-GB")
    page.goto(frontend_path(stack, f"{calendar['path']}?year=2020&month=12"))
    grid = page.get_by_role("table")
    expect(grid.locator("caption")).to_contain_text(re.compile(calendar["title"], re.IGNORECASE))
    headers = [text.strip().lower() for text in grid.locator("thead th").all_inner_texts()]
    assert headers == [day.lower() for day in calendar["weekdays"]]
    # The seed's widget: « month year », Monday first; 30 November is outside the month.
    assert grid.locator("tbody tr").first.locator("td").first.get_attribute("data-date") == (
        "2020-11-30"
    )
    screenshot(page, f"05a-calendar-{locale}")

    day = grid.locator('td[data-date="2020-12-03"]')
    day.get_by_role("link", name=re.compile(calendar["event"])).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(calendar["event"])
    screenshot(page, f"05b-event-{locale}")

    with page.expect_download() as download_info:
        page.locator("a.add-to-calendar").click()
    ics = download_info.value.path().read_text()
    assert ics.startswith("BEGIN:VCALENDAR")
    assert f"SUMMARY:{calendar['event']}" in ics
    assert "RRULE:FREQ=WEEKLY" in ics

    page.go_back()
    page.get_by_role("link", name=re.compile(calendar["next"], re.IGNORECASE)).click()
    expect(page.get_by_role("table").locator("caption")).to_contain_text(
        re.compile(calendar["next"], re.IGNORECASE)
    )
