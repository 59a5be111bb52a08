"""A translation goes live through a review, in a real browser and in Slovene, the admin's
default language (``cms.translation_review``): a translator translates a Slovene project into
English in wagtail-localize's editor and submits it ("Pošlji v pregled"), never seeing a way to
delete, unpublish or end it; an editor finds it on the dashboard ("Čakam na vaš pregled"),
approves it, and readers get the English page; a second round is sent back with a comment that
the translator reads in the editor.

The Slovene labels are Wagtail's and wagtail-localize's own catalogues' (and the project's for
"Pošlji v pregled"), so a test that fails on one of them may mean a string lost its translation.
The tests run in order and share what they made (``story``).
"""

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.admin import EDIT_URL, create_project, log_in
from tests.e2e.conftest import EDITOR, TRANSLATOR

SLOVENE_TITLE = "Knjige brez meja"
SLUG_SL = "knjige-brez-meja"
ENGLISH_TITLE = "Books without borders"
SLUG_EN = "books-without-borders"
SUMMARY_SL = "Knjižnici v Novi Gorici in Trstu si izposojata potujoče zbirke."
SUMMARY_EN = "Libraries in Nova Gorica and Trieste lend each other travelling collections."
SUMMARY_EN_REVISED = "Libraries in Nova Gorica and Trieste share travelling collections."
PARTNER = {"organisation": "Biblioteca Statale Isontina", "city": "Trst", "country": "Italy"}
CITY_EN = "Trieste"
CONTACT = "Simona Resman"
COMMENT = "Prosim, uskladite povzetek s slogovnim priročnikom."

#: wagtail-localize's editor in Slovene (its djangojs catalogue) and what a translator must not
#: be offered there.
TRANSLATE_BUTTON = re.compile(r"^(Prevedi|Uredi)$")
SAVE_BUTTON = "Shrani"
SUBMIT_FOR_REVIEW = "Pošlji v pregled"
RESUBMIT_FOR_REVIEW = "Znova pošlji v pregled"
ENDING_ACTIONS = {
    "delete": "Izbriši",
    "convert-to-alias": "Pretvori v vzdevek strani",
    "unpublish": "Umakni iz objave",
    "stop-syncing": "Ustavi sinhroniziran prevod",
}


@pytest.fixture(scope="module")
def story():
    """What the steps made, for the steps after them."""
    return {}


def editor_footer(page: Page) -> Locator:
    """wagtail-localize's footer ("Dejanja", its "Actions")."""
    footer = page.get_by_role("navigation", name="Dejanja", exact=True)
    expect(footer).to_be_visible()
    return footer


def main_action(page: Page) -> Locator:
    """The footer's main button: the first of its dropdown button (wagtail-localize puts the
    last action it lists there, the others in "More actions")."""
    return editor_footer(page).locator(".w-dropdown-button > :is(button, a)").first


def open_more_actions(page: Page) -> Locator:
    """Open the footer's dropdown of the other actions (its toggle is named in English only,
    by wagtail-localize) and return its content (a tooltip in the footer)."""
    toggle = editor_footer(page).get_by_role("button", name="More actions")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    return editor_footer(page).get_by_role("tooltip")


def translate_segments(page: Page, segments: dict[str, str]) -> None:
    """In wagtail-localize's editor (in Slovene), type each source text's translation in
    ``segments``, looking through every tab; waits until each shows as saved."""
    remaining = dict(segments)
    tabs = page.get_by_role("tablist").get_by_role("tab")
    expect(tabs.first).to_be_visible()
    for index in range(tabs.count()):
        tab = tabs.nth(index)
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true")
        for source in list(remaining):
            texts = page.locator("li > p").filter(visible=True).get_by_text(source, exact=True)
            if texts.count():
                translate_segment(texts.first.locator("xpath=.."), remaining.pop(source))
    assert not remaining, f"No segments for {sorted(remaining)} in the translation editor"


def translate_segment(segment: Locator, translation: str) -> None:
    segment.get_by_role("button", name=TRANSLATE_BUTTON).click()
    segment.get_by_role("textbox").fill(translation)
    segment.get_by_role("button", name=SAVE_BUTTON, exact=True).click()
    expect(segment).to_have_class(re.compile(r"\b(complete|errored)\b"))
    expect(segment).to_have_class(re.compile(r"\bcomplete\b"))
    expect(segment.get_by_text(translation, exact=True)).to_be_visible()


def message(page: Page, level: str) -> Locator:
    """The admin's first message of ``level`` ("success", "warning", "error")."""
    found = page.locator(f".messages li.{level}").first
    expect(found).to_be_visible()
    return found


def awaiting_review(page: Page) -> Locator:
    """The dashboard's panel "Awaiting your review" ("Čakam na vaš pregled")."""
    return page.get_by_role("region", name="Čakam na vaš pregled", exact=True)


def review_row(page: Page, title: str) -> Locator:
    """The dashboard's "Awaiting your review" ("Čakam na vaš pregled") row of ``title``."""
    panel = awaiting_review(page)
    expect(panel).to_be_visible()
    row = panel.locator("tbody tr").filter(has=page.get_by_role("link", name=title, exact=True))
    expect(row).to_have_count(1)
    return row


def review_action(page: Page, title: str, action: str) -> None:
    """Choose ``action`` (e.g. "Potrdi") in the "Dejanja" dropdown of ``title``'s review row."""
    row = review_row(page, title)
    row.get_by_role("button", name="Dejanja").click()
    row.get_by_role("button", name=action, exact=True).click()


def test_editor_publishes_a_slovene_project_with_a_partner_in_trst(new_page, stack, api, story):
    """The source (the admin in English: ``create_project`` fills the form by its labels)."""
    index = api("PageRoute", locale="sl", urlPath="/projekti/")["page"]
    editor = new_page("en-GB")
    log_in(editor, stack.cms_url, *EDITOR)
    story["project_id"] = create_project(
        editor,
        stack.cms_url,
        parent_page_id=int(index["id"]),
        title=SLOVENE_TITLE,
        summary=SUMMARY_SL,
        start_year=2026,
        end_year=2027,
        partner={
            "organisation": PARTNER["organisation"],
            "city": PARTNER["city"],
            "country_name": PARTNER["country"],
        },
        contact_name=CONTACT,
    )
    project = api("ProjectDetail", locale="sl", urlPath=f"/projekti/{SLUG_SL}/")["page"]
    assert [partner["city"] for partner in project["partners"]] == [PARTNER["city"]]
    assert project["translations"] == []


def test_translator_submits_the_english_translation_for_review(
    admin_as, stack, api, screenshot, story
):
    translator = admin_as(TRANSLATOR, "sl")
    translator.goto(f"{stack.cms_url}/admin/localize/submit/page/{story['project_id']}/")
    translator.get_by_role("checkbox", name="English", exact=True).check()
    translator.get_by_role("button", name="Pošlji", exact=True).click()
    translator.wait_for_url(EDIT_URL)
    expect(message(translator, "success")).to_contain_text("poslana v prevod")
    story["english_id"] = int(EDIT_URL.search(translator.url).group(1))
    screenshot(translator, "review-01a-translator-editor")

    translate_segments(
        translator,
        {
            SLOVENE_TITLE: ENGLISH_TITLE,
            SUMMARY_SL: SUMMARY_EN,
            PARTNER["city"]: CITY_EN,
            SLUG_SL: SLUG_EN,
        },
    )

    # The main button submits for review; nothing that deletes, unpublishes or ends the
    # translation is offered.
    main = main_action(translator)
    expect(main).to_have_text(SUBMIT_FOR_REVIEW)
    expect(main).not_to_have_text(ENDING_ACTIONS["delete"])
    others = open_more_actions(translator)
    # "Stop Synced translation" is the only other action wagtail-localize lists for a
    # translator, and the review script hides it: the dropdown opens empty.
    expect(others.locator("a, button").filter(visible=True)).to_have_count(0)
    for label in ENDING_ACTIONS.values():
        expect(editor_footer(translator).get_by_text(label)).not_to_be_visible()
    screenshot(translator, "review-01b-translator-actions")

    main.click()
    expect(message(translator, "success")).to_contain_text("je poslana v pregled")
    expect(main_action(translator)).to_have_text(SUBMIT_FOR_REVIEW)
    screenshot(translator, "review-01c-translator-submitted")

    # Until an editor approves it, English readers get nothing of it.
    assert api("ProjectDetail", locale="en", urlPath=f"/projects/{SLUG_EN}/")["page"] is None
    slovene = api("ProjectDetail", locale="sl", urlPath=f"/projekti/{SLUG_SL}/")["page"]
    assert slovene["translations"] == []


def test_editor_approves_it_from_the_dashboard(admin_as, stack, screenshot, story):
    editor = admin_as(EDITOR, "sl")
    row = review_row(editor, ENGLISH_TITLE)
    expect(row).to_contain_text("Tim Translator")
    screenshot(editor, "review-02a-editor-dashboard")

    # The title leads to the translation, in wagtail-localize's editor.
    row.get_by_role("link", name=ENGLISH_TITLE, exact=True).click()
    editor.wait_for_url(re.compile(rf"/admin/pages/{story['english_id']}/edit/"))
    expect(editor.get_by_role("main")).to_contain_text(SUMMARY_EN)
    expect(editor.get_by_role("main")).to_contain_text(CITY_EN)
    # An editor may publish: the main button is wagtail-localize's own.
    expect(main_action(editor)).to_have_text(re.compile(r"^\s*Objavi v English\s*$"))
    screenshot(editor, "review-02b-editor-opens-translation")

    editor.go_back()
    with editor.expect_navigation():
        review_action(editor, ENGLISH_TITLE, "Potrdi")
    # Wagtail says nothing on the dashboard after an approval: the row goes.
    expect(awaiting_review(editor).filter(has_text=ENGLISH_TITLE)).to_have_count(0)
    screenshot(editor, "review-02c-editor-approved")


def test_the_english_page_is_live(new_page, stack, api, screenshot, story):
    project = api("ProjectDetail", locale="en", urlPath=f"/projects/{SLUG_EN}/")["page"]
    assert project is not None, "the approved translation is not served"
    assert project["title"] == ENGLISH_TITLE
    assert project["summary"] == SUMMARY_EN
    assert [(p["organisation"], p["city"]) for p in project["partners"]] == [
        (PARTNER["organisation"], CITY_EN)
    ]
    assert [t["locale"] for t in project["translations"]] == ["sl"]

    reader = new_page("en-GB")
    reader.goto(f"{stack.frontend_url}{project['url']}")
    expect(reader.get_by_role("heading", level=1)).to_have_text(ENGLISH_TITLE)
    expect(reader.get_by_role("main").locator(".city")).to_have_text(CITY_EN)
    screenshot(reader, "review-03-english-live")


def test_translator_cannot_take_the_live_translation_off_the_site(admin_as, stack, api, story):
    """Nothing offers it (above); going to the admin's own URLs is refused too."""
    translator = admin_as(TRANSLATOR, "sl")
    for action in ("delete", "unpublish"):
        translator.goto(f"{stack.cms_url}/admin/pages/{story['english_id']}/{action}/")
        expect(translator).to_have_url(f"{stack.cms_url}/admin/")
        expect(message(translator, "error")).to_be_visible()
    assert api("ProjectDetail", locale="en", urlPath=f"/projects/{SLUG_EN}/")["page"] is not None


def test_a_second_round_is_sent_back_with_a_comment(admin_as, stack, api, screenshot, story):
    translator = admin_as(TRANSLATOR, "sl")
    translator.goto(f"{stack.cms_url}/admin/pages/{story['english_id']}/edit/")
    translate_segments(translator, {SUMMARY_SL: SUMMARY_EN_REVISED})
    main_action(translator).click()
    expect(message(translator, "success")).to_contain_text("je poslana v pregled")

    editor = admin_as(EDITOR, "sl")
    review_action(editor, ENGLISH_TITLE, "Zahtevajte spremembe")
    dialog = editor.get_by_role("dialog")
    dialog.get_by_role("textbox").fill(COMMENT)
    with editor.expect_navigation():
        dialog.locator("form button[type=submit]").click()
    screenshot(editor, "review-04a-editor-requested-changes")

    # The live page keeps the approved text.
    project = api("ProjectDetail", locale="en", urlPath=f"/projects/{SLUG_EN}/")["page"]
    assert project["summary"] == SUMMARY_EN

    translator.goto(f"{stack.cms_url}/admin/pages/{story['english_id']}/edit/")
    told = message(translator, "warning")
    expect(told).to_contain_text("prosi za spremembe")
    expect(told).to_contain_text(COMMENT)
    expect(main_action(translator)).to_have_text(RESUBMIT_FOR_REVIEW)
    screenshot(translator, "review-04b-translator-reads-the-comment")
