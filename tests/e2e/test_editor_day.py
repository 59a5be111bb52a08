"""A Slovene editor's day with the event editor, in a real browser and the admin in Slovene:
a weekly event written through the repeat editor (only the fields a weekly repeat needs, the
repetition in words, one date excluded and one moved from the list of next dates), previewed
on the reference frontend before it was ever published, saved as a draft and found in the
admin's month calendar; and a project that was never published, previewed as well.

The dates are worked out from today (in the library's time zone), so the test never goes
stale: the event starts three weeks ahead and repeats for eight weeks after that.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from playwright.sync_api import Locator, Page, expect

from tests.e2e.admin import (
    EDIT_URL,
    add_page,
    autosaved_as_page,
    calendar_day,
    choose_snippet,
    field,
    open_calendar,
    open_tab,
    preview_in_new_tab,
    save_draft,
)
from tests.e2e.conftest import EDITOR

#: The site's ``TIME_ZONE``: the event's times and the calendar's days are Ljubljana's.
ZONE = ZoneInfo("Europe/Ljubljana")
#: Slovene, Monday first: the days as the calendar writes a date ("torek, 5. januarja 2027"),
#: as the summary says "every ..." (accusative), and the months in the genitive ("do 8. marca").
WEEKDAYS = ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"]
EVERY_WEEKDAY = [
    "vsak ponedeljek",
    "vsak torek",
    "vsako sredo",
    "vsak četrtek",
    "vsak petek",
    "vsako soboto",
    "vsako nedeljo",
]
MONTHS_GENITIVE = [
    "januarja",
    "februarja",
    "marca",
    "aprila",
    "maja",
    "junija",
    "julija",
    "avgusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
]
VENUE = "Knjižnica Otona Župančiča"
EVENT_TITLE = "Pravljična ura za najmlajše"
EVENT_SUMMARY = "Vsak teden pravljice, pesmice in igre za otroke od tretjega leta naprej."
PROJECT_TITLE = "Knjižni nahrbtnik"
PROJECT_SUMMARY = "Knjižnice v treh državah si izmenjujejo nahrbtnike s slikanicami za družine."
#: The hidden fields a weekly repeat does not read, and the ones it does (the admin's labels).
WEEKLY_HIDDEN = ["Kateri", "Dan v mesecu", "Pravilo ponavljanja"]
WEEKLY_SHOWN = ["Vsak", "Do", "Število ponovitev"]


@dataclass(frozen=True)
class Series:
    """The weekly event's dates: the first, the last day it may take place, the one excluded,
    and the one moved (to the next day, an hour later)."""

    first: date
    until: date
    excluded: date
    moved_from: date
    moved_to: date

    @classmethod
    def from_today(cls, today: date) -> "Series":
        first = today + timedelta(weeks=3)
        return cls(
            first=first,
            until=first + timedelta(weeks=8),
            excluded=first + timedelta(weeks=1),
            moved_from=first + timedelta(weeks=2),
            moved_to=first + timedelta(weeks=2, days=1),
        )


def long_date(day: date) -> str:
    """'8. marca 2027', as the summary and the list of next dates write a date."""
    return f"{day.day}. {MONTHS_GENITIVE[day.month - 1]} {day.year}"


def written_date(day: date) -> str:
    """'torek, 5. januarja 2027', as the admin calendar's days name themselves."""
    return f"{WEEKDAYS[day.weekday()]}, {long_date(day)}"


def at(day: date, hour: int, minute: int = 0) -> str:
    """A date and time as the admin's pickers take it."""
    return datetime.combine(day, time(hour, minute)).strftime("%Y-%m-%d %H:%M")


def fill_date(input_: Locator, value: str) -> None:
    """Type into a date picker's field as an editor does: click it (its calendar opens), type,
    then click the field's help text beside it, which closes the calendar (it would cover the
    fields below)."""
    pickers = input_.page.locator(".xdsoft_datetimepicker").filter(visible=True)
    input_.click()
    expect(pickers).to_have_count(1)
    input_.fill(value)
    input_.locator("xpath=ancestor::*[@data-field][1]").locator("[data-field-help]").click()
    expect(pickers).to_have_count(0)
    expect(input_).to_have_value(value)


def next_dates(page: Page) -> Locator:
    """The repeat editor's list of next dates."""
    return page.locator("[data-recurrence-dates] > li")


def next_date(page: Page, day: date) -> Locator:
    return next_dates(page).filter(has_text=long_date(day))


def added_rows(page: Page, relation: str) -> Locator:
    """The inline rows of ``relation`` ("excluded_dates", "occurrence_changes") not deleted."""
    return page.locator(f"#id_{relation}-FORMS > [data-inline-panel-child]:not(.deleted)")


def frontend_full_date(tab: Page, day: date) -> str:
    """How the reference frontend writes a day in Slovene (``Intl``'s full date in the
    library's time zone: "ponedeljek, 11. januar 2027"), from the browser's own ``Intl``."""
    return tab.evaluate(
        """([year, month, day]) => new Intl.DateTimeFormat('sl', {
            dateStyle: 'full', timeZone: 'Europe/Ljubljana'
        }).format(new Date(Date.UTC(year, month - 1, day, 12)))""",
        [day.year, day.month, day.day],
    )


def test_slovene_editor_writes_a_weekly_event_previews_it_and_finds_the_draft(
    admin_as, stack, api, screenshot
):
    series = Series.from_today(datetime.now(ZONE).date())
    calendar = api("PageRoute", locale="sl", urlPath="/koledar/")["page"]
    page = admin_as(EDITOR, "sl")

    # Adding a page below the calendar leads straight to a new event (its only page type).
    add_url = add_page(
        page, stack.cms_url, parent_page_id=calendar["id"], page_type="calendar_app/eventpage"
    )
    content = open_tab(page, "Vsebina")

    # A title and a summary are no event yet: autosave answers with the form's errors, pauses
    # and creates nothing.
    with page.expect_response(
        lambda response: response.url == add_url and response.request.method == "POST"
    ) as autosaved:
        field(content, "Naziv").fill(EVENT_TITLE)
        field(content, "Povzetek").fill(EVENT_SUMMARY)
    assert autosaved.value.status == 400
    assert autosaved.value.json()["success"] is False
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "paused"
    )
    expect(page).to_have_url(add_url)
    screenshot(page, "day-01a-autosave-paused-on-an-incomplete-event")

    # When, and the repeat: with "Se ne ponavlja" none of the repeat fields shows.
    when = open_tab(page, "Datum in ponavljanje")
    fill_date(field(when, "Začetek"), at(series.first, 17))
    fill_date(field(when, "Konec"), at(series.first, 18, 30))
    repeat = field(when, "Ponavljanje")
    expect(repeat.locator("option:checked")).to_have_text("Se ne ponavlja")
    for label in [*WEEKLY_SHOWN, *WEEKLY_HIDDEN]:
        expect(field(when, label)).to_be_hidden()
    summary = when.locator("[data-recurrence-summary]")
    expect(summary).to_have_text("Se ne ponavlja")

    # Weekly: the interval, the days of the week and the end show; the rest stays hidden.
    repeat.select_option(label="Tedensko")
    for label in WEEKLY_SHOWN:
        expect(field(when, label)).to_be_visible()
    for label in WEEKLY_HIDDEN:
        expect(field(when, label)).to_be_hidden()
    expect(when.get_by_label("januar", exact=True)).to_be_hidden()  # "V mesecih"
    weekday = WEEKDAYS[series.first.weekday()]
    when.get_by_label(weekday, exact=True).check()
    fill_date(field(when, "Do"), series.until.isoformat())

    # The repetition in words, in Slovene: the day, the time, "do" and the date in the genitive.
    every = EVERY_WEEKDAY[series.first.weekday()]
    sentence = f"{every[:1].upper()}{every[1:]} ob 17.00 do {long_date(series.until)}"
    expect(summary).to_have_text(sentence)
    expect(when.locator(".recurrence-editor__heading-summary")).to_have_text(f" – {sentence}")
    expect(next_date(page, series.excluded)).to_contain_text(f"{weekday}, ")
    expect(next_date(page, series.until)).to_be_visible()
    expect(next_date(page, series.until + timedelta(weeks=1))).to_have_count(0)
    screenshot(page, "day-01b-weekly-repeat-and-summary")

    # Exclude one of the next dates: a row with that date, and the date leaves the list.
    next_date(page, series.excluded).get_by_role("button", name="Izključi ta datum").click()
    excluded_rows = added_rows(page, "excluded_dates")
    expect(excluded_rows).to_have_count(1)
    expect(excluded_rows.locator("input[name$='-date']")).to_have_value(series.excluded.isoformat())
    expect(next_date(page, series.excluded)).to_have_count(0)

    # Move another: its row comes with the date, cancelled until the editor says otherwise.
    moved = next_date(page, series.moved_from)
    moved.get_by_role("button", name="Prestavi ali odpovej ta datum").click()
    change_rows = added_rows(page, "occurrence_changes")
    expect(change_rows).to_have_count(1)
    change = change_rows.first
    expect(field(change, "Prvotni datum")).to_have_value(series.moved_from.isoformat())
    expect(next_date(page, series.moved_from)).to_contain_text("(odpovedano)")
    field(change, "Sprememba").select_option(label="Prestavljeno na drug čas")
    fill_date(field(change, "Novi začetek"), at(series.moved_to, 18))
    fill_date(field(change, "Novi konec"), at(series.moved_to, 19, 30))
    moved_entry = next_date(page, series.moved_to)
    expect(moved_entry).to_contain_text(f"{long_date(series.moved_to)} ob 18.00")
    expect(moved_entry).to_contain_text("(prestavljeno)")
    expect(next_date(page, series.moved_from)).to_have_count(0)
    expect(when.locator("[data-recurrence-errors]")).to_be_hidden()
    screenshot(page, "day-01c-excluded-and-moved")

    # Where: one of the library's venues (without one, nor an online address, the event would
    # show as "venue to be announced"). Autosave makes the complete event a page: a draft, in
    # the editor from now on.
    open_tab(page, "Kraj in občinstvo")
    choose_snippet(page, "venue", VENUE)
    event_id = autosaved_as_page(page)
    screenshot(page, "day-01d-venue-and-autosaved")

    # The preview of the event that was never published, on the reference frontend.
    preview = preview_in_new_tab(page)
    assert preview.frontend_url.startswith(f"{stack.frontend_url}/?"), preview.frontend_url
    frame = preview.frame
    expect(frame.get_by_role("heading", level=1)).to_have_text(EVENT_TITLE)
    expect(frame.get_by_role("status")).to_contain_text("osnutk")
    event = frame.locator("article.event")
    # The API's sentence leaves the time to "Kdaj" (When), just above it.
    expect(event).to_contain_text(f"{every[:1].upper()}{every[1:]} do {long_date(series.until)}")
    expect(event).to_contain_text(VENUE)
    upcoming = frame.locator("section[aria-labelledby='next-occurrences'] li")
    # The first five: the excluded date is not among them, the moved one is at its new time.
    expect(upcoming).to_have_count(5)
    expect(upcoming.first).to_contain_text(frontend_full_date(preview.tab, series.first))
    expect(
        upcoming.filter(has_text=frontend_full_date(preview.tab, series.excluded))
    ).to_have_count(0)
    expect(
        upcoming.filter(has_text=frontend_full_date(preview.tab, series.moved_from))
    ).to_have_count(0)
    expect(upcoming.nth(1)).to_contain_text(frontend_full_date(preview.tab, series.moved_to))
    expect(upcoming.nth(1)).to_contain_text("18:00")
    screenshot(preview.tab, "day-02-event-preview")
    preview.tab.close()

    # Saved as a draft: still nothing for readers.
    expect(save_draft(page)).to_contain_text(EVENT_TITLE)
    expect(page).to_have_url(re.compile(rf"/admin/pages/{event_id}/edit/$"))
    screenshot(page, "day-03-event-draft-saved")
    slug = page.locator("#id_slug").input_value()
    assert api("PageRoute", locale="sl", urlPath=f"/koledar/{slug}/")["page"] is None

    # The admin calendar: the draft in its month, marked; the excluded day empty; the moved
    # occurrence on its new day, marked, with where it came from.
    open_calendar(page, stack.cms_url, year=series.first.year, month=series.first.month)
    first = calendar_day(page, written_date(series.first))
    first_entry = first.locator("li").filter(
        has=page.get_by_role("link", name=EVENT_TITLE, exact=True)
    )
    expect(first_entry).to_contain_text("17:00")
    expect(first_entry).to_contain_text("Osnutek")
    expect(first_entry.get_by_role("link")).to_have_attribute("href", EDIT_URL)
    screenshot(page, "day-04a-calendar-first-month")

    open_calendar(page, stack.cms_url, year=series.excluded.year, month=series.excluded.month)
    excluded_day = calendar_day(page, written_date(series.excluded))
    expect(excluded_day.get_by_role("link", name=EVENT_TITLE)).to_have_count(0)
    open_calendar(page, stack.cms_url, year=series.moved_to.year, month=series.moved_to.month)
    original_day = calendar_day(page, written_date(series.moved_from))
    expect(original_day.get_by_role("link", name=EVENT_TITLE)).to_have_count(0)
    moved_day = calendar_day(page, written_date(series.moved_to))
    moved_item = moved_day.locator("li").filter(
        has=page.get_by_role("link", name=EVENT_TITLE, exact=True)
    )
    expect(moved_item).to_contain_text("18:00")
    expect(moved_item).to_contain_text("Prestavljeno")
    expect(moved_item).to_contain_text("Osnutek")
    expect(moved_item).to_contain_text(f"Prvotni termin: {written_date(series.moved_from)}")
    # The week after the moved one goes on as before.
    later = series.moved_from + timedelta(weeks=1)
    open_calendar(page, stack.cms_url, year=later.year, month=later.month)
    expect(
        calendar_day(page, written_date(later)).get_by_role("link", name=EVENT_TITLE)
    ).to_be_visible()
    screenshot(page, "day-04b-calendar-excluded-and-moved")


def test_slovene_editor_previews_a_project_never_published(admin_as, stack, api, screenshot):
    projects = api("PageRoute", locale="sl", urlPath="/projekti/")["page"]
    page = admin_as(EDITOR, "sl")
    add_page(
        page, stack.cms_url, parent_page_id=projects["id"], page_type="project_pages/projectpage"
    )
    content = open_tab(page, "Vsebina")
    field(content, "Naziv").fill(PROJECT_TITLE)
    field(content, "Povzetek").fill(PROJECT_SUMMARY)
    # A title and a summary make a project: autosave makes it a page, then "Save draft".
    project_id = autosaved_as_page(page)
    expect(save_draft(page)).to_contain_text(PROJECT_TITLE)
    expect(page).to_have_url(re.compile(rf"/admin/pages/{project_id}/edit/$"))
    screenshot(page, "day-05a-project-draft-saved")

    preview = preview_in_new_tab(page)
    frame = preview.frame
    expect(frame.get_by_role("heading", level=1)).to_have_text(PROJECT_TITLE)
    expect(frame.get_by_role("status")).to_contain_text("osnutk")
    expect(frame.get_by_role("main")).to_contain_text(PROJECT_SUMMARY)
    screenshot(preview.tab, "day-05b-project-preview")

    # Once "There is no published project with id N": now the draft itself, no error.
    on_frontend = preview.tab.context.new_page()
    response = on_frontend.goto(preview.frontend_url)
    assert response.status == 200
    expect(on_frontend.get_by_role("heading", level=1)).to_have_text(PROJECT_TITLE)

    # Readers get nothing of it.
    slug = page.locator("#id_slug").input_value()
    assert api("PageRoute", locale="sl", urlPath=f"/projekti/{slug}/")["page"] is None
