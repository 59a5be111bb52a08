"""What a reader does on the reference frontend besides the editorial loop: page through and
filter the projects, meet clear error pages, and dismiss the cookie notice."""

import math
import re

from playwright.sync_api import expect

from tests.e2e.conftest import PROJECTS_PER_PAGE


def test_project_list_pages_and_filters(new_page, stack, api):
    everything = api("ProjectList", locale="en", perPage=PROJECTS_PER_PAGE)["projects"]
    total = everything["pagination"]["total"]
    pages = math.ceil(total / PROJECTS_PER_PAGE)
    assert pages >= 3, "the demo should span several pages"
    page = new_page("en-GB")
    page.goto(f"{stack.frontend_url}/en/projects/")
    cards = page.locator("ul.project-list > li")
    expect(cards).to_have_count(PROJECTS_PER_PAGE)
    expect(cards.first.get_by_role("heading", level=2)).to_have_text(
        everything["items"][0]["title"]
    )

    pagination = page.get_by_role("navigation", name="Pages")
    expect(pagination.get_by_role("link", name="Page 1")).to_have_attribute("aria-current", "page")
    pagination.get_by_role("link", name=f"Page {pages}").click()
    expect(page).to_have_url(f"{stack.frontend_url}/en/projects/?page={pages}")
    expect(cards).to_have_count(total - (pages - 1) * PROJECTS_PER_PAGE)

    filtered = api("ProjectList", locale="en", targetGroup="public-library-staff")["projects"]
    page.get_by_label("Target group").select_option("public-library-staff")
    page.get_by_role("button", name="Show projects").click()
    expect(page).to_have_url(re.compile(r"/en/projects/\?(.+&)?targetGroup=public-library-staff"))
    expect(cards).to_have_count(filtered["pagination"]["total"])
    titles = [title.strip() for title in cards.locator("h2").all_inner_texts()]
    assert titles == [item["title"] for item in filtered["items"]]
    expect(page.get_by_label("Target group")).to_have_value("public-library-staff")

    page.get_by_role("link", name="Clear filters").click()
    expect(cards).to_have_count(PROJECTS_PER_PAGE)


def test_bad_addresses_get_clear_error_pages(new_page, stack):
    page = new_page("en-GB")
    cases = [
        ("/en/no-such-page/", 404, "Page not found"),
        ("/en/projects/?page=99", 400, "page"),
        ("/en/projects/?status=SOMETIMES", 400, "PLANNED, ONGOING, COMPLETED"),
        ("/en/calendar/?year=2020&month=13", 400, "month"),
    ]
    for path, status, text in cases:
        response = page.goto(f"{stack.frontend_url}{path}")
        assert response.status == status, path
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        expect(page.get_by_role("main")).to_contain_text(text)
        # The error page is a whole page of the site: the reader can go on from it.
        expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()


def test_a_forged_preview_token_asks_the_editor_to_preview_again(new_page, stack):
    page = new_page("sl-SI")
    response = page.goto(
        f"{stack.frontend_url}/?content_type=project_pages.projectpage&token=id=1:forged"
    )
    assert response.status == 403
    assert response.headers["cache-control"] == "no-store"
    expect(page.get_by_role("main")).to_contain_text("znova pritisnite Predogled")


def test_the_cookie_notice_stays_closed(new_page, stack):
    page = new_page("sl-SI")
    page.goto(f"{stack.frontend_url}/koledar/")
    notice = page.locator("#cookie-notice")
    expect(notice).to_contain_text("piškotkov")
    notice.get_by_role("button", name="zapri").click()
    expect(notice).to_be_hidden()
    page.reload()
    expect(page.locator("#cookie-notice")).to_be_hidden()
