"""The Wagtail admin as an editor and a translator use it, for the browser tests.

Each function takes a Playwright ``Page`` and the CMS's base URL (``http://127.0.0.1:8000``, no
trailing slash), drives the admin the way a person would (accessible names where Wagtail gives
them, ids where it does not) and waits for the admin to confirm the outcome: a success message
or the editor it leads to, never a fixed sleep.

The admin's language is the user's: ``log_in`` sets it in the user's profile (Slovene is the
admin's default, so an unset profile would leave it to the browser's language), and the users are
shared by the whole run, so every login says which language it wants. Signing in, choosing the
language and finding the menu go by ids, roles and values that do not change with the language;
the helpers that fill forms by their labels (``create_project``, ``translate_page``,
``publish_translation``, ``edit_title_and_preview``) expect the admin in English.
"""

import re
from dataclasses import dataclass

from playwright.sync_api import FrameLocator, Locator, Page, expect

EDIT_URL = re.compile(r"/admin/pages/(\d+)/edit/")
#: The admin's languages (``WAGTAILADMIN_PERMITTED_LANGUAGES``) and a browser locale for each.
BROWSER_LOCALES = {"sl": "sl-SI", "en": "en-GB"}
CALENDAR_PATHS = {"month": "/admin/event-calendar/", "list": "/admin/event-calendar/list/"}


def log_in(page: Page, cms_url: str, username: str, password: str, *, language: str = "en") -> None:
    """Sign in on Wagtail's login form (in whatever language it is shown) and make ``language``
    the user's admin language; leaves ``page`` on the dashboard, in that language."""
    page.goto(f"{cms_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{cms_url}/admin/")
    set_admin_language(page, cms_url, language=language)
    page.goto(f"{cms_url}/admin/")


def set_admin_language(page: Page, cms_url: str, *, language: str) -> None:
    """Choose ``language`` ("sl", "en") as the signed-in user's preferred admin language on the
    account page, by the option's value; waits until the admin answers in it."""
    page.goto(f"{cms_url}/admin/account/")
    choice = page.locator("select[name='locale-preferred_language']")
    if choice.input_value() != language:
        choice.select_option(value=language)
        page.locator("form").filter(has=choice).locator("button[type=submit]").last.click()
        _success_message(page)
    expect(page.locator("html")).to_have_attribute("lang", language)


def open_menu_item(page: Page, name: str) -> None:
    """Click the sidebar's menu item ``name`` as the admin's language names it (e.g. "Koledar
    dogodkov"), and wait for the page it leads to."""
    link = page.locator("#wagtail-sidebar").get_by_role("link", name=name, exact=True)
    href = link.get_attribute("href") or ""
    link.click()
    page.wait_for_url(re.compile(re.escape(href.split("?")[0]) + r"(\?.*)?$"))


def open_tab(page: Page, name: str) -> Locator:
    """Open the editor's tab ``name`` as the admin's language names it (an event's "Datum in
    ponavljanje" in Slovene, "Date and repeat" in English) and return its panel."""
    # A tab's name goes on with the count of its fields' errors, hidden when there are none.
    named = re.compile(rf"^{re.escape(name)}(\s|\(|$)")
    tab = page.get_by_role("tablist").get_by_role("tab", name=named)
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true")
    panel = page.locator(tab.get_attribute("href") or "")
    expect(panel).to_be_visible()
    return panel


def open_calendar(page: Page, cms_url: str, *, view: str = "month", **query: str | int) -> None:
    """Open the admin's event calendar: ``view`` "month" (query ``year``, ``month``) or "list"
    (``when``: "upcoming", "week", "past"), ``locale`` the language tree; waits for its
    heading."""
    path = CALENDAR_PATHS[view]
    search = "&".join(f"{key}={value}" for key, value in query.items())
    page.goto(f"{cms_url}{path}{'?' if search else ''}{search}")
    expect(page.get_by_role("main").get_by_role("heading", level=1)).to_be_visible()


def calendar_table(page: Page) -> Locator:
    """The calendar's month grid or list (the admin has another table, of its keyboard
    shortcuts, in a dialog outside ``main``)."""
    return page.get_by_role("main").get_by_role("table")


def calendar_day(page: Page, written_date: str) -> Locator:
    """The month grid's cell of a day, by the date it gives screen readers, in the admin's
    language ("četrtek, 10. decembra 2020", "Thursday 10 December 2020")."""
    return calendar_table(page).locator("td").filter(has=page.get_by_text(written_date, exact=True))


def create_project(
    page: Page,
    cms_url: str,
    *,
    parent_page_id: int,
    title: str,
    summary: str,
    start_year: int,
    end_year: int,
    partner: dict[str, str],
    contact_name: str,
) -> int:
    """Add a project page below the project index ``parent_page_id`` and publish it.

    Fills the title and summary (Content tab), the years and one contact person chosen from
    the existing ``Person`` snippets by ``contact_name`` (Project facts tab), and one partner
    from ``partner`` (keys ``organisation``, ``city`` and ``country_name``, the country as the
    English admin names it; Partners tab). Returns the new page's id; leaves ``page`` on the
    explorer listing that Wagtail shows after publishing, with its success message.
    """
    page.goto(f"{cms_url}/admin/pages/add/project_pages/projectpage/{parent_page_id}/")

    page.get_by_role("tab", name="Content").click()
    field(page, "Title").fill(title)
    field(page, "Summary").fill(summary)

    page.get_by_role("tab", name="Project facts").click()
    field(page, "Start year").fill(str(start_year))
    field(page, "End year").fill(str(end_year))
    page.get_by_role("button", name="Add a contact person").click()
    contact = page.locator("#id_contacts-FORMS > [data-inline-panel-child]").last
    contact.get_by_role("button", name="Choose a contact person").click()
    _choose_in_modal(page, contact_name)
    expect(contact.locator("[data-chooser-title]")).to_have_text(
        re.compile(re.escape(contact_name))
    )

    page.get_by_role("tab", name="Partners").click()
    page.get_by_role("button", name="Add a partner").click()
    row = page.locator("#id_partners-FORMS > [data-inline-panel-child]").last
    field(row, "Organisation").fill(partner["organisation"])
    field(row, "City").fill(partner["city"])
    field(row, "Country").select_option(label=partner["country_name"])

    _footer_action(page, "Publish")
    message = _success_message(page)
    expect(message).to_contain_text(title)
    href = message.get_by_role("link", name="Edit").get_attribute("href") or ""
    found = EDIT_URL.search(href)
    assert found, f"No edit link in the success message: {message.inner_text()!r}"
    return int(found.group(1))


def translate_page(
    page: Page,
    cms_url: str,
    *,
    page_id: int,
    locale_name: str = "English",
    segments: dict[str, str],
    slug: str | None = None,
) -> int:
    """As a translator, translate the page ``page_id`` into ``locale_name`` with
    wagtail-localize and return the translated page's id.

    Submits the page on wagtail-localize's "Translate page" form, which opens its translation
    editor for the new page; there each source text in ``segments`` (e.g. the title and the
    summary) gets its translation, and ``slug``, if given, becomes the translation of the slug
    (Promotion tab). The editor saves each string as it is entered; a translator cannot
    publish (the main button submits for review, see ``test_translation_review``): the strings
    wait in wagtail-localize for an editor to publish them (``publish_translation``). Leaves
    ``page`` in the translation editor.

    A Slovene page published while English was enabled already has an English alias (live,
    showing the Slovene text); submitting the translation turns that alias into the
    translation, so the returned page may be live before anyone publishes the translation.
    """
    page.goto(f"{cms_url}/admin/localize/submit/page/{page_id}/")
    page.get_by_role("checkbox", name=locale_name, exact=True).check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(EDIT_URL)
    expect(_success_message(page)).to_contain_text("submitted for translation")
    translated_id = int(EDIT_URL.search(page.url).group(1))

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
                # The source text's paragraph, then the translation's: the first is the source.
                _translate_segment(texts.first.locator("xpath=.."), remaining.pop(source))
        slug_field = page.locator("li").filter(
            has=page.get_by_role("heading", name="Slug", exact=True), visible=True
        )
        if slug is not None and slug_field.count():
            _translate_segment(slug_field.locator("xpath=./ul/li"), slug)
            slug = None
    assert not remaining, f"No segments for {sorted(remaining)} in the translation editor"
    assert slug is None, "No slug in the translation editor"
    return translated_id


def _translate_segment(segment: Locator, translation: str) -> None:
    """Type ``translation`` into one segment (a list item) of wagtail-localize's editor and save
    it; waits until the editor shows it saved."""
    segment.get_by_role("button", name=re.compile(r"^(Translate|Edit)$")).click()
    segment.get_by_role("textbox").fill(translation)
    segment.get_by_role("button", name="Save", exact=True).click()
    expect(segment).to_have_class(re.compile(r"\b(complete|errored)\b"))
    expect(segment).to_have_class(re.compile(r"\bcomplete\b"))
    # The last: a name kept as it is shows twice, as the source and as its translation.
    expect(segment.get_by_text(translation, exact=True).last).to_be_visible()


def publish_translation(page: Page, cms_url: str, *, page_id: int) -> None:
    """As an editor, publish the wagtail-localize translation ``page_id`` with the strings its
    translator saved: "Publish in <language>" in its translation editor. Waits for the
    "Published ... in <language>." message (and fails if wagtail-localize warns that strings
    were left untranslated); leaves ``page`` in the translation editor."""
    page.goto(f"{cms_url}/admin/pages/{page_id}/edit/")
    _footer_action(page, re.compile(r"^Publish in "))
    expect(_success_message(page)).to_contain_text("Published")


@dataclass(frozen=True)
class Preview:
    """A page's preview: the CMS's preview in its own tab, and the decoupled frontend's preview
    URL (with the preview token) that the CMS loads in an ``<iframe>`` there."""

    tab: Page
    frontend_url: str

    @property
    def frame(self) -> FrameLocator:
        """The frontend inside the preview tab."""
        return self.tab.frame_locator("iframe")


def edit_title_and_preview(page: Page, cms_url: str, *, page_id: int, new_title: str) -> Preview:
    """As an editor, change the title of the page ``page_id`` without publishing it and open the
    preview of the changed page: the editor's "Toggle preview" side panel, then its "Preview in
    new tab" link.

    Nothing is published, nor saved: only the preview (wagtail-headless-preview's token) holds
    the new title, and the live page keeps the old one. Returns the preview tab, a new page in
    ``page``'s browser context, and the frontend URL from the ``<iframe>`` that
    wagtail-headless-preview renders there; ``page`` stays in the page editor, with the changed
    title unsaved.
    """
    page.goto(f"{cms_url}/admin/pages/{page_id}/edit/")
    field(page, "Title").fill(new_title)
    page.get_by_role("button", name="Toggle preview").click()
    panel = page.locator("[data-controller='w-preview']")
    new_tab_link = panel.get_by_role("link", name="Preview in new tab")
    expect(new_tab_link).to_be_visible()
    return _open_preview_tab(page, new_tab_link)


def preview_in_new_tab(page: Page) -> Preview:
    """Open the preview of what the page editor (or the form of a new page) holds, saved or
    not, in any admin language: the editor's preview side panel, then its "Preview in new
    tab" link (by Wagtail's data attributes, which do not change with the language). Leaves
    ``page`` in the editor, with the preview panel open."""
    toggle = page.locator("button[data-side-panel-toggle='preview']")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    new_tab_link = page.locator("[data-controller='w-preview'] [data-w-preview-target='newTab']")
    expect(new_tab_link).to_be_visible()
    return _open_preview_tab(page, new_tab_link)


def _open_preview_tab(page: Page, new_tab_link: Locator) -> Preview:
    with page.context.expect_page() as opened:
        new_tab_link.click()
    tab = opened.value
    iframe = tab.locator("iframe")
    expect(iframe).to_have_attribute("src", re.compile(r"[?&]token="))
    return Preview(tab=tab, frontend_url=iframe.get_attribute("src") or "")


#: Wagtail's editor notices edits, and autosaves them, only once it has taken the form's first
#: state, two seconds after it opens ("w-unsaved:watch-edits"); until then its slug may not
#: follow the title either. ``add_page`` waits for that event, not for a time.
_WATCH_EDITS = """document.addEventListener('w-unsaved:watch-edits', () => {
    window.e2eEditsWatched = true;
});"""


def add_page(page: Page, cms_url: str, *, parent_page_id: int, page_type: str) -> str:
    """Open the form of a new page below ``parent_page_id`` by its "Add child page" link's
    address, which leads straight to the form when the parent takes one page type only
    (``page_type``, "app_label/model"); waits until the editor watches for edits and returns
    the form's address (autosave posts to it until it has created the page)."""
    page.add_init_script(_WATCH_EDITS)
    page.goto(f"{cms_url}/admin/pages/{parent_page_id}/add_subpage/")
    page.wait_for_url(re.compile(rf"/admin/pages/add/{re.escape(page_type)}/\d+/$"))
    page.wait_for_function("window.e2eEditsWatched === true")
    return page.url


def autosaved_as_page(page: Page) -> int:
    """Wait until autosave has made the new page's complete form a page (a draft): the editor
    then shows its edit view's address and "saved". Returns the page's id. (A "Save draft"
    clicked while that autosave is under way is refused, as Wagtail 8 stands: it posts the new
    page's form again, whose slug the autosaved page then already has.)"""
    expect(page).to_have_url(EDIT_URL)
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "saved"
    )
    return int(EDIT_URL.search(page.url).group(1))


def choose_snippet(page: Page, field_name: str, name: str) -> None:
    """In the editor's open tab, choose the snippet ``name`` (e.g. a venue) for the chooser
    field ``field_name``, in any admin language: its "Choose …" button, then ``name`` in the
    chooser's listing; waits until the field shows it chosen."""
    chooser = page.locator(f"#id_{field_name}-chooser")
    chooser.locator(".unchosen [data-chooser-action-choose]").click()
    _choose_in_modal(page, name)
    expect(chooser.locator("[data-chooser-title]")).to_have_text(re.compile(re.escape(name)))


def save_draft(page: Page) -> Locator:
    """Click the editor footer's main button, "Save draft" in any admin language (Wagtail's
    ``action-save`` button), and return the admin's success message."""
    page.locator(".footer__container button.action-save").click()
    return _success_message(page)


def field(scope: Page | Locator, label: str) -> Locator:
    """The form field labelled ``label`` (a required field's label ends in "*"), not the
    panel or the anchors that the label also names."""
    named = scope.get_by_label(re.compile(rf"^\s*{re.escape(label)}\*?\s*$"))
    return named.and_(scope.locator("input, textarea, select"))


def _choose_in_modal(page: Page, name: str) -> None:
    """Click ``name`` (or the one entry whose name contains it, e.g. "Simona Šinko" for "dr.
    Simona Šinko") in the listing of a chooser modal that is opening; waits for it to close."""
    modal = page.get_by_role("dialog")
    modal.get_by_role("link", name=name).click()
    expect(modal).to_be_hidden()


def _footer_action(page: Page, name: str | re.Pattern[str]) -> None:
    """Click the button ``name`` in the editor's footer: the main one, or one in the dropdown of
    more actions next to it (where Wagtail 8 puts "Publish")."""
    # "Actions (footer)" in Wagtail's page editor, "Actions" in wagtail-localize's.
    footer = page.get_by_role("navigation", name=re.compile(r"^Actions\b"))
    expect(footer).to_be_visible()
    button = footer.get_by_role("button", name=name, exact=isinstance(name, str) or None)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    button.click()


def _success_message(page: Page) -> Locator:
    """The admin's success message after a form was sent; fails at once, with its text, on an
    error or a warning instead (e.g. wagtail-localize's "Published ... with missing
    translations")."""
    success = page.locator(".messages li.success")
    problem = page.locator(".messages li.error, .messages li.warning")
    expect(success.or_(problem).first).to_be_visible()
    if problem.count():
        raise AssertionError(f"The admin reported: {problem.first.inner_text().strip()!r}")
    return success.first


def publish_in_editor(page: Page) -> None:
    """Publish what the page editor holds (its footer's "Publish") and wait for the admin's
    confirmation; the admin in English."""
    footer = page.get_by_role("navigation", name="Actions (footer)")
    button = footer.get_by_role("button", name="Publish", exact=True)
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    button.click()
    _success_message(page)
