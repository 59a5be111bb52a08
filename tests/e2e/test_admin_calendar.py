"""The admin's event calendar as a Slovene editor uses it: from the menu to a month of the demo's
events, on to the next month, into the English events, through the list's filters and to an
event's editor; and its two views pass axe-core.

The demo's events are those of late 2020 (a weekly reading club from November 2020 to January
2021, excluded on 24 December and cancelled on 31 December) and one yearly event, Sister
Libraries Day on 13 September, the only one still ahead: the test reaches the months of 2020 by
the month view's query string and works out this week and the next 13 September from today.
"""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.admin import (
    CALENDAR_PATHS,
    EDIT_URL,
    calendar_day,
    calendar_table,
    open_calendar,
    open_menu_item,
    open_tab,
)
from tests.e2e.conftest import EDITOR

#: The site's ``TIME_ZONE``: the calendar's days and weeks are Ljubljana's.
ZONE = ZoneInfo("Europe/Ljubljana")
CALENDAR = CALENDAR_PATHS["month"]
WEEKDAYS_SL = ["Ponedeljek", "Torek", "Sreda", "Četrtek", "Petek", "Sobota", "Nedelja"]
MONTHS_SL = [
    "Januar",
    "Februar",
    "Marec",
    "April",
    "Maj",
    "Junij",
    "Julij",
    "Avgust",
    "September",
    "Oktober",
    "November",
    "December",
]
READING_CLUB = {"sl": "Bralni klub ob četrtkih", "en": "Thursday reading club"}
SISTER_LIBRARIES_DAY = {"sl": "Dan Sestrskega programa", "en": "Sister Libraries Day"}


def caption(page: Page) -> Locator:
    return calendar_table(page).locator("caption")


def fits(element: Locator) -> bool:
    """Whether ``element``'s content fits in its box (a button's icon once pushed the month
    links' names out of sight, while they stayed in the text that locators see)."""
    return element.evaluate(
        "e => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1"
    )


def next_sister_libraries_day(today: date) -> date:
    this_year = date(today.year, 9, 13)
    return this_year if today <= this_year else date(today.year + 1, 9, 13)


def test_slovene_editor_goes_from_the_menu_to_an_events_editor(admin_as, stack, screenshot):
    page = admin_as(EDITOR, "sl")
    today = datetime.now(ZONE).date()

    # The menu leads to this month, in Slovene, Monday first.
    open_menu_item(page, "Koledar dogodkov")
    expect(page).to_have_url(f"{stack.cms_url}{CALENDAR}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Koledar dogodkov")
    expect(caption(page)).to_have_text(f"{MONTHS_SL[today.month - 1]} {today.year}")
    expect(calendar_table(page).locator("thead th")).to_have_text(WEEKDAYS_SL)
    views = page.get_by_role("navigation", name="Pogledi koledarja")
    expect(views.get_by_role("link", name="Mesec")).to_have_attribute("aria-current", "page")
    screenshot(page, "calendar-01-this-month-sl")

    # The demo's reading club on Thursdays of December 2020: none on the 24th, the 31st
    # cancelled, each occurrence a link to the event's editor.
    open_calendar(page, stack.cms_url, year=2020, month=12)
    expect(caption(page)).to_have_text("December 2020")
    tenth = calendar_day(page, "četrtek, 10. decembra 2020")
    expect(tenth).to_contain_text("18:00")
    expect(tenth.get_by_role("link", name=READING_CLUB["sl"])).to_have_attribute("href", EDIT_URL)
    expect(calendar_day(page, "četrtek, 24. decembra 2020").get_by_role("link")).to_have_count(0)
    last = calendar_day(page, "četrtek, 31. decembra 2020")
    expect(last.get_by_role("link", name=READING_CLUB["sl"])).to_be_visible()
    expect(last).to_contain_text("Odpovedan")
    screenshot(page, "calendar-02-december-2020-sl")

    # The next month, by a link that shows its name (the screen reader's adds "Next month:").
    months = page.get_by_role("navigation", name="Meseci")
    next_month = months.get_by_role("link", name="Naslednji mesec: Januar 2021")
    expect(next_month).to_contain_text("Januar 2021")
    for link in months.get_by_role("link").all():
        assert fits(link), f"{link.inner_text()!r} overflows its button"
    next_month.click()
    expect(caption(page)).to_have_text("Januar 2021")
    expect(page).to_have_url(re.compile(r"[?&]year=2021&month=1(&|$)"))
    seventh = calendar_day(page, "četrtek, 7. januarja 2021")
    expect(seventh.get_by_role("link", name=READING_CLUB["sl"])).to_be_visible()
    screenshot(page, "calendar-03-january-2021-sl")

    # The English events of the same month; the admin stays Slovene.
    languages = page.get_by_role("navigation", name="Jezik dogodkov")
    languages.get_by_role("link", name="English").click()
    expect(languages.get_by_role("link", name="English")).to_have_attribute("aria-current", "true")
    expect(page).to_have_url(re.compile(r"[?&]locale=en(&|$)"))
    expect(caption(page)).to_have_text("Januar 2021")
    expect(calendar_table(page).locator("thead th").first).to_have_text("Ponedeljek")
    seventh = calendar_day(page, "četrtek, 7. januarja 2021")
    expect(seventh.get_by_role("link", name=READING_CLUB["en"])).to_be_visible()
    expect(seventh.get_by_role("link", name=READING_CLUB["sl"])).to_have_count(0)
    screenshot(page, "calendar-04-january-2021-english-events")

    # The list of the English events: this week's, then the upcoming ones.
    views.get_by_role("link", name="Seznam").click()
    expect(page).to_have_url(re.compile(r"/admin/event-calendar/list/\?locale=en$"))
    expect(views.get_by_role("link", name="Seznam")).to_have_attribute("aria-current", "page")
    filters = page.get_by_role("navigation", name="Kateri dogodki")

    filters.get_by_role("link", name="Ta teden").click()
    expect(filters.get_by_role("link", name="Ta teden")).to_have_attribute("aria-current", "page")
    monday = today - timedelta(days=today.weekday())
    if monday <= next_sister_libraries_day(monday) <= monday + timedelta(days=6):
        expect(page.get_by_role("link", name=SISTER_LIBRARIES_DAY["en"])).to_be_visible()
    else:
        expect(page.get_by_text("Ni ustreznih dogodkov.")).to_be_visible()
    screenshot(page, "calendar-05-list-this-week")

    filters.get_by_role("link", name="Prihajajoči").click()
    expect(filters.get_by_role("link", name="Prihajajoči")).to_have_attribute(
        "aria-current", "page"
    )
    expect(page.get_by_role("columnheader", name="Naslednji termin")).to_be_visible()
    day = next_sister_libraries_day(today)
    row = page.get_by_role("row").filter(
        has=page.get_by_role("link", name=SISTER_LIBRARIES_DAY["en"], exact=True)
    )
    expect(row).to_contain_text(f"13. septembra {day.year}")
    expect(row).to_contain_text("Objavljeno")
    screenshot(page, "calendar-06-list-upcoming")

    # The occurrence leads to the event's editor.
    row.get_by_role("link", name=SISTER_LIBRARIES_DAY["en"], exact=True).click()
    page.wait_for_url(EDIT_URL)
    expect(page.locator("#id_title")).to_have_value(SISTER_LIBRARIES_DAY["en"])
    expect(page.get_by_role("tablist").get_by_role("tab").first).to_have_text(
        re.compile(r"^\s*Vsebina")
    )
    when = open_tab(page, "Datum in ponavljanje")
    expect(when.locator("input[name='start']")).to_have_value(re.compile(r"^2013-09-13"))
    screenshot(page, "calendar-07-event-editor")


@pytest.mark.parametrize(
    "path",
    [
        f"{CALENDAR}?year=2020&month=12",
        f"{CALENDAR}list/",
        f"{CALENDAR}list/?when=week&locale=en",
        f"{CALENDAR}list/?when=past",
    ],
)
def test_admin_calendar_has_no_serious_or_critical_axe_violations(admin_as, stack, axe, path):
    page = admin_as(EDITOR, "sl")
    response = page.goto(f"{stack.cms_url}{path}")
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("Koledar dogodkov")
    # The whole page, Wagtail's menu, header and dialogs included: they pass as well.
    assert axe(page) == []
