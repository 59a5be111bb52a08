"""What event editors see in the admin calendar: a month of occurrences (excluded, moved and
cancelled ones as readers get them, drafts marked), the list of events by next occurrence,
in their admin language and the language tree they choose, limited to the events the page
explorer shows them, at a fixed number of queries."""

import re
from datetime import UTC, date, datetime
from html import unescape

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import override_settings
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from calendar_app.models import EventExcludedDate, EventOccurrenceChange
from tests.calendar_app.factories import EventPageFactory, local
from tests.factories import PlainPageFactory, publish, translate

MONTH = "/admin/event-calendar/"
LIST = "/admin/event-calendar/list/"
#: Wednesday 10 March 2027, noon in Ljubljana.
NOW = datetime(2027, 3, 10, 11, 0, tzinfo=UTC)


@pytest.fixture
def calendars(calendar):
    return {"sl": calendar, "en": translate(calendar, "en", title="Calendar", slug="calendar")}


def event(parent, title, start, end, *, rule="", excluded=(), changes=(), live=True, **fields):
    """An event as editors leave it: its excluded dates and changed occurrences saved, and
    ``series_end`` worked out from them."""
    page = EventPageFactory(
        parent=parent, title=title, start=start, end=end, recurrence_rule=rule, **fields
    )
    for day in excluded:
        EventExcludedDate.objects.create(page=page, date=day)
    for change in changes:
        EventOccurrenceChange.objects.create(page=page, **change)
    page.save()
    if live:
        publish(page)
    else:
        page.live = False
        page.save()
        page.save_revision()
    return page


def tuesdays(parent, title="Bralni klub"):
    """Tuesdays of March 2027 at 18:00: none on the 9th, the 16th moved to Thursday the 18th
    at 10:00, the 23rd cancelled."""
    return event(
        parent,
        title,
        local(2027, 3, 2, 18),
        local(2027, 3, 2, 19, 30),
        rule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330",
        excluded=[date(2027, 3, 9)],
        changes=[
            {
                "original_date": date(2027, 3, 16),
                "change": "MOVED",
                "new_start": local(2027, 3, 18, 10),
                "new_end": local(2027, 3, 18, 11, 30),
            },
            {"original_date": date(2027, 3, 23), "change": "CANCELLED"},
        ],
    )


def cell(html: str, day: int, month: str = "marca") -> str:
    """The grid cell of ``day`` (of March 2027 unless said), found by its written date."""
    cells = re.findall(r"<td[^>]*>.*?</td>", grid(html), re.S)
    label = re.compile(rf">[a-zčšž]+, {day}\. {month} 2027<|>[A-Za-z]+ {day} March 2027<")
    (found,) = [text for text in cells if label.search(text)]
    return found


def grid(html: str) -> str:
    (table,) = re.findall(r'<table class="event-calendar__month">.*?</table>', html, re.S)
    return table


def text(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip())


@pytest.fixture
def editor(client):
    """A user of a group of their own, which edits (and so explores) ``page`` only."""

    def log_in(page, *, language="sl", username="urednica"):
        group = Group.objects.create(name=f"Editors of {page.title} ({username})")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=group, page=page, permission=Permission.objects.get(codename="change_page")
        )
        user = get_user_model().objects.create_user(username=username, password="x")
        user.groups.add(group)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return log_in


def test_month_places_excluded_moved_and_cancelled_occurrences(calendars, editor_in):
    tuesdays(calendars["sl"])
    html = editor_in("en").get(MONTH, {"year": 2027, "month": 3, "locale": "sl"}).content.decode()

    assert "18:00 Bralni klub" in text(cell(html, 2))
    assert "Bralni klub" not in cell(html, 9)  # excluded
    assert "Bralni klub" not in cell(html, 16)  # moved away...
    moved = text(cell(html, 18))  # ...to Thursday
    assert "10:00 Bralni klub Moved" in moved
    assert "Moved from Tuesday 16 March 2027 at 18:00" in moved
    assert "18:00 Bralni klub Cancelled" in text(cell(html, 23))
    assert "Cancelled" not in cell(html, 30)
    assert "Moved" not in cell(html, 30)


def test_month_is_monday_first_in_the_editors_language(calendars, editor_in):
    tuesdays(calendars["sl"])
    html = editor_in("en").get(MONTH, {"year": 2027, "month": 3, "locale": "sl"}).content.decode()

    headers = re.findall(r'<th scope="col">(.*?)</th>', grid(html))
    assert headers[0] == "Monday"
    assert headers[-1] == "Sunday"
    assert "<caption>March 2027</caption>" in html
    # The grid starts on Monday 1 March 2027; the 18th shows the moved occurrence in English.
    assert "Monday 1 March 2027" in re.findall(r"<td.*?</td>", grid(html), re.S)[0]
    assert "Moved from Tuesday 16 March 2027 at 18:00" in text(cell(html, 18))
    assert "February 2027" in html
    assert "April 2027" in html


def test_month_in_slovene(calendars, editor_in):
    html = editor_in("sl").get(MONTH, {"year": 2027, "month": 2}).content.decode()

    headers = re.findall(r'<th scope="col">(.*?)</th>', grid(html))
    assert headers == ["Ponedeljek", "Torek", "Sreda", "Četrtek", "Petek", "Sobota", "Nedelja"]
    assert "<caption>Februar 2027</caption>" in html
    # February 2027 begins on a Monday and has four weeks exactly.
    assert grid(html).count("<tr>") == 5  # the header row and four weeks
    assert "ponedeljek, 1. februarja 2027" in html


def test_today_is_marked_and_linked(calendars, editor_in):
    with time_machine.travel(NOW, tick=False):
        response = editor_in("sl").get(MONTH)
    html = response.content.decode()
    assert "<caption>Marec 2027</caption>" in html
    (today,) = re.findall(r'<td[^>]*aria-current="date".*?</td>', html, re.S)
    assert "sreda, 10. marca 2027" in today
    assert f'href="{MONTH}?locale=sl"' in html  # "Danes" (today) keeps the language


def test_locale_switch_shows_the_other_language_tree(calendars, editor_in):
    tuesdays(calendars["sl"])
    event(calendars["en"], "Book club", local(2027, 3, 4, 17), local(2027, 3, 4, 18))
    client = editor_in("sl")

    # Without a choice, the tree of the editor's admin language.
    slovene = client.get(MONTH, {"year": 2027, "month": 3}).content.decode()
    english = client.get(MONTH, {"year": 2027, "month": 3, "locale": "en"}).content.decode()

    assert "Bralni klub" in slovene
    assert "Book club" not in slovene
    assert "Book club" in english
    assert "Bralni klub" not in english
    # The switch keeps the month, and says which tree is shown.
    assert 'href="/admin/event-calendar/?year=2027&amp;month=3&amp;locale=en"' in slovene
    assert re.search(r'lang="en"[^>]*aria-current="true"', english)


def test_drafts_are_shown_marked(calendars, editor_in):
    event(
        calendars["sl"], "Nova delavnica", local(2027, 3, 5, 10), local(2027, 3, 5, 12), live=False
    )
    changed = event(calendars["sl"], "Pravljična ura", local(2027, 3, 6, 10), local(2027, 3, 6, 11))
    changed.title = "Pravljična ura za najmlajše"
    changed.save_revision()

    html = editor_in("en").get(MONTH, {"year": 2027, "month": 3, "locale": "sl"}).content.decode()

    assert "Nova delavnica Draft" in text(cell(html, 5))
    assert "Pravljična ura za najmlajše Has draft changes" in text(cell(html, 6))
    assert f'href="/admin/pages/{changed.pk}/edit/"' in cell(html, 6)


def test_only_explorable_events_are_shown(site_tree, calendars, editor, client):
    tuesdays(calendars["sl"])
    event(calendars["en"], "Book club", local(2027, 3, 4, 17), local(2027, 3, 4, 18))

    editor(calendars["en"], language="en")  # edits the English calendar only
    slovene = client.get(MONTH, {"year": 2027, "month": 3, "locale": "sl"}).content.decode()
    english = client.get(MONTH, {"year": 2027, "month": 3, "locale": "en"}).content.decode()
    assert "Bralni klub" not in slovene
    assert "Book club" in english
    listed = client.get(LIST, {"locale": "sl", "when": "past"}).content.decode()
    assert "Bralni klub" not in listed

    other = PlainPageFactory(parent=site_tree["sl"])
    client.logout()
    editor(other, username="drugi")  # explores another page, not the calendars
    for locale in ("sl", "en"):
        html = client.get(MONTH, {"year": 2027, "month": 3, "locale": locale}).content.decode()
        assert "Bralni klub" not in html
        assert "Book club" not in html


def test_anonymous_visitors_are_sent_to_log_in(calendars, client):
    tuesdays(calendars["sl"])
    for url in (MONTH, LIST):
        response = client.get(url, {"year": 2027, "month": 3})
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"year": "1899", "month": "3"}, "The year must be a whole number from 1900 to 2100."),
        ({"year": "2027", "month": "13"}, "The month must be a whole number from 1 to 12."),
        ({"year": "dva", "month": "3"}, "The year must be a whole number from 1900 to 2100."),
        ({"year": "99999999999999999999"}, "The year must be a whole number from 1900 to 2100."),
        ({"locale": "xx"}, 'There are no events in the language "xx"'),
    ],
)
def test_bad_month_input_gets_a_message(calendars, editor_in, query, message):
    response = editor_in("en").get(MONTH, query)
    assert response.status_code == 400
    assert message in text(response.content.decode())
    assert 'role="alert"' in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"when": "soon"}, '"soon" is not a filter of this list.'),
        ({"per_page": "1000"}, "The page size must be a whole number from 1 to 100."),
        ({"p": "7"}, "The page number must be a whole number from 1 to 1."),
        ({"p": "x"}, "The page number must be a whole number from 1 to 1."),
    ],
)
def test_bad_list_input_gets_a_message(calendars, editor_in, query, message):
    response = editor_in("en").get(LIST, query)
    assert response.status_code == 400
    assert message in text(response.content.decode())


def test_the_edges_of_the_years_have_no_link_beyond(calendars, editor_in):
    client = editor_in("en")
    first = client.get(MONTH, {"year": 1900, "month": 1}).content.decode()
    last = client.get(MONTH, {"year": 2100, "month": 12}).content.decode()
    assert "Previous month:" not in first
    assert "Next month: February 1900" in text(first)
    assert "Next month:" not in last
    assert "Previous month: November 2100" in text(last)


@override_settings(CALENDAR_ADMIN_MAX_OCCURRENCES=3)
def test_a_full_month_says_how_many_occurrences_it_leaves_out(calendars, editor_in):
    tuesdays(calendars["sl"])  # four occurrences in March (the 9th is excluded)
    event(calendars["sl"], "Razstava", local(2027, 3, 31, 10), local(2027, 3, 31, 12))
    html = editor_in("en").get(MONTH, {"year": 2027, "month": 3, "locale": "sl"}).content.decode()

    assert "Only the first 3 occurrences are shown; 2 more are not." in text(html)
    assert "and 1 more" in text(cell(html, 30))
    assert "and 1 more" in text(cell(html, 31))


def listing(html: str) -> str:
    (table,) = re.findall(r'<table class="listing event-calendar__list">.*?</table>', html, re.S)
    return table


def list_titles(html: str) -> list[str]:
    return re.findall(r'<td><a href="/admin/pages/\d+/edit/">(.*?)</a></td>', listing(html))


@pytest.fixture
def listed_events(calendars):
    """Around Wednesday 10 March 2027: a past talk, the Tuesday club (next on the 18th, moved),
    a draft workshop this Friday, an exhibition in May and a monthly series."""
    sl = calendars["sl"]
    return [
        event(sl, "Predavanje", local(2027, 2, 1, 18), local(2027, 2, 1, 19)),
        tuesdays(sl),
        event(sl, "Delavnica", local(2027, 3, 12, 10), local(2027, 3, 12, 12), live=False),
        event(sl, "Razstava", local(2027, 5, 3, 9), local(2027, 5, 20, 17)),
        event(
            sl,
            "Pravljice",
            local(2027, 1, 13, 17),
            local(2027, 1, 13, 18),
            rule="FREQ=MONTHLY;BYDAY=2WE",
        ),
    ]


def test_list_of_upcoming_events_by_next_occurrence(listed_events, editor_in):
    with time_machine.travel(NOW, tick=False):
        response = editor_in("en").get(LIST, {"locale": "sl"})
    html = response.content.decode()

    # Pravljice runs today (the 2nd Wednesday) 17:00, after noon: still upcoming, first.
    assert list_titles(html) == ["Pravljice", "Delavnica", "Bralni klub", "Razstava"]
    rows = re.findall(r"<tr>.*?</tr>", listing(html), re.S)
    assert "Wednesday 10 March 2027 at 17:00" in text(rows[1])
    assert "Friday 12 March 2027 at 10:00" in text(rows[2])
    assert "Draft" in text(rows[2])
    assert "Thursday 18 March 2027 at 10:00 Moved" in text(rows[3])
    assert "4 events" in text(html)


def test_list_of_this_weeks_events(listed_events, editor_in):
    with time_machine.travel(NOW, tick=False):
        html = editor_in("en").get(LIST, {"when": "week", "locale": "sl"}).content.decode()
    # Monday 8 to Sunday 14 March: the club is excluded on Tuesday the 9th.
    assert list_titles(html) == ["Pravljice", "Delavnica"]


def test_list_of_past_events_latest_first(listed_events, calendars, editor_in):
    event(calendars["sl"], "Starejše predavanje", local(2026, 5, 4, 18), local(2026, 5, 4, 19))
    with time_machine.travel(NOW, tick=False):
        html = editor_in("en").get(LIST, {"when": "past", "locale": "sl"}).content.decode()
    assert list_titles(html) == ["Predavanje", "Starejše predavanje"]
    assert "Monday 1 February 2027 at 19:00" in html
    assert "2 events" in text(html)


def test_list_pages(listed_events, editor_in):
    with time_machine.travel(NOW, tick=False):
        client = editor_in("en")
        first = client.get(LIST, {"per_page": 3, "locale": "sl"}).content.decode()
        second = client.get(LIST, {"per_page": 3, "p": 2, "locale": "sl"}).content.decode()
    assert list_titles(first) == ["Pravljice", "Delavnica", "Bralni klub"]
    assert list_titles(second) == ["Razstava"]
    assert "Page 2 of 2" in second


def many_events(parent, numbers: range) -> None:
    """Every third a weekly series with an exclusion, a moved and a cancelled occurrence; the
    others once in March 2027, half of them drafts."""
    for n in numbers:
        if n % 3 == 0:
            tuesdays(parent, title=f"Klub {n}")
        else:
            day = 1 + n % 28
            start, end = local(2027, 3, day, 9), local(2027, 3, day, 10)
            event(parent, f"Dogodek {n}", start, end, live=n % 2 == 0)


@pytest.mark.parametrize(
    ("url", "query", "now"),
    [
        (MONTH, {"year": 2027, "month": 3}, NOW),
        (LIST, {}, datetime(2027, 3, 1, 6, tzinfo=UTC)),
        (LIST, {"when": "week"}, datetime(2027, 3, 1, 6, tzinfo=UTC)),
        (LIST, {"when": "past"}, datetime(2027, 4, 15, tzinfo=UTC)),
    ],
)
def test_queries_do_not_grow_with_the_events(calendars, editor, count_queries, url, query, now):
    counts, made = {}, 0
    with time_machine.travel(now, tick=False):
        client = editor(calendars["sl"])
    for size in (3, 30):
        many_events(calendars["sl"], range(made, size))
        made = size
        with time_machine.travel(now, tick=False), count_queries() as counter:
            response = client.get(url, query)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count('href="/admin/pages/') >= (size if url == MONTH else 1)
        counts[size] = counter.count
    assert counts[3] == counts[30], counts


def test_the_menu_offers_the_calendar_to_page_editors_only(site_tree, calendars, editor, client):
    editor(calendars["sl"])
    assert "/admin/event-calendar/" in client.get("/admin/").content.decode()

    client.logout()
    user = get_user_model().objects.create_user(username="brez-strani", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert "/admin/event-calendar/" not in client.get("/admin/").content.decode()
    # The calendar itself opens for such a user, and is empty.
    tuesdays(calendars["sl"])
    html = client.get(MONTH, {"year": 2027, "month": 3, "locale": "sl"}).content.decode()
    assert "Bralni klub" not in html
