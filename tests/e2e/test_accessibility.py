"""The reference frontend is usable without a mouse and passes axe-core: the library's readers
include blind and partially sighted people, who use screen readers and keyboards."""

import datetime

import pytest
from playwright.sync_api import expect

PAGES = [
    "/projekti/",
    "/en/projects/",
    "/projekti/?targetGroup=blind-and-partially-sighted-users",
    "/projekti/tech-library/",
    "/en/projects/tech-library/",
    "/koledar/?year=2020&month=12",
    "/en/calendar/?year=2020&month=12",
    "/en/calendar/thursday-reading-club/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_axe_violations(new_page, stack, axe, path):
    page = new_page()
    response = page.goto(f"{stack.frontend_url}{path}")
    assert response.status == 200
    assert axe(page) == []


def test_every_page_has_landmarks_a_skip_link_and_one_heading(new_page, stack):
    page = new_page()
    page.goto(f"{stack.frontend_url}/projekti/tech-library/")
    for role in ("banner", "main", "contentinfo"):
        expect(page.get_by_role(role)).to_have_count(1)
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    expect(skip_link).to_have_attribute("href", "#main")
    skip_link.press("Enter")
    expect(page.locator("#main")).to_be_focused()


def day_in_focus(page) -> str | None:
    return page.evaluate("document.activeElement.closest('td')?.dataset.date ?? null")


def test_calendar_days_are_reached_with_the_arrow_keys(new_page, stack):
    page = new_page("en-GB")
    page.goto(f"{stack.frontend_url}/en/calendar/?year=2020&month=12")
    first_day = page.locator('table td[tabindex="0"]')
    expect(first_day).to_have_count(1)
    first_day.focus()
    start = day_in_focus(page)
    assert start is not None

    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    moved = day_in_focus(page)
    expected = datetime.date.fromisoformat(start) + datetime.timedelta(days=8)
    assert moved == expected.isoformat()
    expect(page.locator('table td[tabindex="0"]')).to_have_count(1)

    page.locator('td[data-date="2020-12-10"]').focus()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowUp")
    assert day_in_focus(page) == "2020-12-02"

    # A day with one event: Enter opens it.
    page.locator('td[data-date="2020-12-10"]').focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thursday reading club")
