"""The admin calendar's two views: a month of occurrences and a list of events by their
next occurrence. Both take the locale (language tree) from the query string, defaulting to
the editor's admin language; a value they cannot use is answered with a message and 400,
the page's furniture intact, so the editor can go on from there."""

from datetime import date
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from cms.content import bounds, formatting

from ..conf import site_zone
from . import display
from .selectors import (
    EventRow,
    editor_month,
    max_month_occurrences,
    past_events,
    upcoming_rows,
    week_rows,
)

#: The list's page size, unless ``per_page`` asks for another up to the maximum.
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
#: Characters of a value the editor sent that a message repeats.
MAX_ECHO = 30


class BadInput(ValueError):
    """A query string value the view cannot use; the message tells the editor why."""


def admin_language() -> str:
    """The editor's admin language as ``cms.content.formatting`` names it ('sl', 'en')."""
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def whole_number(text: str | None, *, name: str, lowest: int, highest: int, default: int) -> int:
    if text is None or text == "":
        return default
    try:
        number = int(text)
    except ValueError:
        number = None
    if number is None or not lowest <= number <= highest:
        raise BadInput(
            gettext("%(name)s must be a whole number from %(lowest)s to %(highest)s.")
            % {"name": name, "lowest": lowest, "highest": highest}
        )
    return number


class CalendarView(WagtailAdminTemplateMixin, View):
    """What both views share: the locale switch, the tabs and the answer to bad input."""

    header_icon = "date"
    page_title = _("Event calendar")
    url_name = ""

    def get(self, request):
        self.language = admin_language()
        self.locales = list(Locale.objects.order_by("pk"))
        status, error, context = 200, None, {}
        try:
            self.locale = self.chosen_locale()
            context = self.view_context()
        except BadInput as problem:
            status, error = 400, str(problem)
        return self.render_to_response(self.get_context_data(error=error, **context), status=status)

    def chosen_locale(self) -> Locale:
        code = self.request.GET.get("locale")
        by_code = {locale.language_code: locale for locale in self.locales}
        if code:
            if code not in by_code:
                raise BadInput(
                    gettext(
                        'There are no events in the language "%(code)s". Choose one of: %(codes)s.'
                    )
                    % {"code": code[:MAX_ECHO], "codes": ", ".join(by_code)}
                )
            return by_code[code]
        for preferred in (self.language, settings.LANGUAGE_CODE):
            if preferred in by_code:
                return by_code[preferred]
        return self.locales[0]

    def view_context(self) -> dict:
        raise NotImplementedError

    def url(self, name: str, **query) -> str:
        query = {key: value for key, value in query.items() if value is not None}
        address = reverse(f"event_calendar:{name}")
        return f"{address}?{urlencode(query)}" if query else address

    @property
    def locale_code(self) -> str | None:
        return getattr(getattr(self, "locale", None), "language_code", None)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["tabs"] = [
            {
                "label": label,
                "url": self.url(name, locale=self.locale_code),
                "current": name == self.url_name,
            }
            for name, label in (("month", gettext("Month")), ("list", gettext("List")))
        ]
        context["locale_links"] = [
            {
                "label": formatting.language_name(locale.language_code),
                "code": locale.language_code,
                "url": self.url(self.url_name, **self.kept_query(), locale=locale.language_code),
                "current": locale.language_code == self.locale_code,
            }
            for locale in self.locales
        ]
        return context

    def kept_query(self) -> dict:
        """What the locale switch keeps of the query string."""
        return {}


class MonthView(CalendarView):
    """A Monday-first month of the editor's event occurrences."""

    template_name = "calendar_app/admin/month.html"
    url_name = "month"

    def kept_query(self) -> dict:
        return {"year": getattr(self, "year", None), "month": getattr(self, "month", None)}

    def view_context(self) -> dict:
        today = timezone.localdate(timezone=site_zone())
        self.year = whole_number(
            self.request.GET.get("year"),
            name=gettext("The year"),
            lowest=bounds.EARLIEST_YEAR,
            highest=bounds.LATEST_YEAR,
            default=today.year,
        )
        self.month = whole_number(
            self.request.GET.get("month"),
            name=gettext("The month"),
            lowest=1,
            highest=12,
            default=today.month,
        )
        grid = editor_month(
            user=self.request.user,
            locale=self.locale,
            year=self.year,
            month=self.month,
            limit=max_month_occurrences(),
        )
        return {
            "title": formatting.month_title(self.year, self.month, self.language),
            "weekday_names": formatting.weekday_names(self.language),
            "weeks": [[self.day(grid, day, today) for day in week] for week in grid.weeks],
            "hidden": grid.hidden,
            "hidden_note": ngettext(
                "Only the first %(limit)s occurrences are shown; %(count)s more is not.",
                "Only the first %(limit)s occurrences are shown; %(count)s more are not.",
                grid.hidden,
            )
            % {"limit": max_month_occurrences(), "count": grid.hidden},
            "previous": self.month_link(self.year, self.month - 1),
            "next": self.month_link(self.year, self.month + 1),
            "today_url": self.url("month", locale=self.locale_code),
        }

    def day(self, grid, day: date, today: date) -> dict:
        hidden = grid.hidden_by_day.get(day, 0)
        return {
            "number": day.day,
            "label": formatting.written_date(day, self.language, weekday=True),
            "in_month": day.month == self.month,
            "is_today": day == today,
            "entries": [
                display.entry(item.event, item.occurrence, self.language, day=day)
                for item in grid.by_day.get(day, [])
            ],
            "hidden": ngettext("and %(count)s more", "and %(count)s more", hidden)
            % {"count": hidden}
            if hidden
            else "",
        }

    def month_link(self, year: int, month: int) -> dict | None:
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        if not bounds.EARLIEST_YEAR <= year <= bounds.LATEST_YEAR:
            return None
        return {
            "label": formatting.month_title(year, month, self.language),
            "url": self.url("month", year=year, month=month, locale=self.locale_code),
        }


class EventPaginator(WagtailPaginator):
    @cached_property
    def items_count_label(self):
        return ngettext("%(count)s event", "%(count)s events", self.count) % {"count": self.count}


class ListView(CalendarView):
    """The editor's events with their next occurrence: upcoming, this week's, or past ones."""

    template_name = "calendar_app/admin/list.html"
    url_name = "list"
    FILTERS = {
        "upcoming": (_("Upcoming"), _("Next occurrence")),
        "week": (_("This week"), _("This week")),
        "past": (_("Past"), _("Last occurrence ended")),
    }

    def kept_query(self) -> dict:
        return {"when": getattr(self, "when", None)}

    def view_context(self) -> dict:
        self.when = self.request.GET.get("when") or "upcoming"
        if self.when not in self.FILTERS:
            raise BadInput(
                gettext('"%(value)s" is not a filter of this list. Choose one of: %(filters)s.')
                % {"value": self.when[:MAX_ECHO], "filters": ", ".join(self.FILTERS)}
            )
        per_page = whole_number(
            self.request.GET.get("per_page"),
            name=gettext("The page size"),
            lowest=1,
            highest=MAX_PAGE_SIZE,
            default=DEFAULT_PAGE_SIZE,
        )
        items = self.found()
        paginator = EventPaginator(items, per_page)
        number = whole_number(
            self.request.GET.get("p"),
            name=gettext("The page number"),
            lowest=1,
            highest=paginator.num_pages,
            default=1,
        )
        page = paginator.page(number)
        rows = [self.row(item) for item in page.object_list]
        label, column = self.FILTERS[self.when]
        return {
            "filters": [
                {
                    "label": text,
                    "url": self.url("list", when=name, locale=self.locale_code),
                    "current": name == self.when,
                }
                for name, (text, _column) in self.FILTERS.items()
            ],
            "filter_label": label,
            "when_column": column,
            "rows": rows,
            "page_obj": page,
            "paginator": paginator,
            "elided_page_range": list(paginator.get_elided_page_range(number)),
        }

    def found(self):
        user, locale, now = self.request.user, self.locale, timezone.now()
        if self.when == "past":
            return past_events(user=user, locale=locale, now=now)
        if self.when == "week":
            return week_rows(user=user, locale=locale, today=timezone.localdate(now, site_zone()))
        return upcoming_rows(user=user, locale=locale, now=now)

    def row(self, item) -> dict:
        if not isinstance(item, EventRow):  # a past event: its last occurrence is over
            return {
                "title": item.get_admin_display_title(),
                "edit_url": display.edit_url(item),
                "entries": [],
                "ended": display.ended(item, self.language),
                "marks": display.event_marks(item),
            }
        return {
            "title": item.event.get_admin_display_title(),
            "edit_url": display.edit_url(item.event),
            "entries": [
                display.entry(item.event, occurrence, self.language)
                for occurrence in item.occurrences
            ],
            "ended": None,
            "marks": display.event_marks(item.event),
        }
