"""What editors do in the admin: create events with the repeat fields, and the validation
messages they see when a date, a rule, an exclusion or the place is wrong."""

from datetime import date

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from calendar_app.models import (
    EventExcludedDate,
    EventIndexPage,
    EventOccurrenceChange,
    EventPage,
)
from cms.home.models import HomePage
from project_pages.models import ProjectIndexPage
from tests.calendar_app.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    VenueFactory,
    local,
)
from tests.factories import HomePageFactory, LocaleFactory, publish

#: The messages asserted here are the English ones (conftest.in_english).
pytestmark = pytest.mark.usefixtures("in_english")


#: The fields only a list of values can fill (nested_form_data would number them).
LIST_FIELDS = ("repeat_weekdays", "repeat_months", "audiences", "categories")


def event_form(**overrides) -> dict:
    """The add/edit form as an editor submits it: a one-off event at a venue, unless
    ``overrides`` say otherwise (``repeat_weekdays=["TH"]``, ``excluded_dates=[...]``…)."""
    data = {
        "title": "Bralni klub",
        "slug": "bralni-klub",
        "summary": "Pogovor o prebrani knjigi.",
        "body": streamfield([("paragraph", {"text": rich_text("<p>Za vse bralce.</p>")})]),
        "image": "",
        "start": "2020-11-05 18:00",
        "end": "2020-11-05 19:30",
        "repeat": "",
        "repeat_interval": "1",
        "repeat_ordinal": "",
        "repeat_month_day": "",
        "repeat_until": "",
        "repeat_count": "",
        "recurrence_rule": "",
        "excluded_dates": [],
        "occurrence_changes": [],
        "status": "SCHEDULED",
        "venue": "",
        "online_url": "",
        "registration": "NONE",
        "registration_url": "",
        "capacity": "",
        "price": "",
        "related_project": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    lists = {name: data.pop(name) for name in LIST_FIELDS if name in data}
    data["excluded_dates"] = inline_formset([{"date": day} for day in data["excluded_dates"]])
    data["occurrence_changes"] = inline_formset(
        [
            {"new_start": "", "new_end": "", "change": "CANCELLED", **change}
            for change in data["occurrence_changes"]
        ]
    )
    if data.pop("all_day", False):
        data["all_day"] = "on"
    return {**nested_form_data(data), **lists}


WEEKLY_ON_THURSDAYS = {
    "repeat": "WEEKLY",
    "repeat_weekdays": ["TH"],
    "repeat_until": "2021-01-28",
}


class TestEventPagesInTheTree(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        LocaleFactory(language_code="sl")
        root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=root, slug="domov-test")
        cls.calendar = EventIndexPageFactory(parent=cls.home)
        cls.venue = VenueFactory(name="Knjižnica Otona Župančiča")

    def setUp(self):
        self.login()

    def test_events_live_only_below_the_calendar(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(ProjectIndexPage, EventPage)
        self.assertCanCreateAt(EventIndexPage, EventPage)

    def test_calendar_is_one_per_home_page(self):
        self.assertCanCreateAt(HomePage, EventIndexPage)
        response = self.client.get(f"/admin/pages/add/calendar_app/eventindexpage/{self.home.pk}/")
        assert response.status_code == 302  # max_count_per_parent: the home has its calendar

    def test_editor_creates_a_one_off_event(self):
        self.assertCanCreate(self.calendar, EventPage, event_form(venue=str(self.venue.pk)))
        event = EventPage.objects.get(slug="bralni-klub")
        assert (event.recurrence_rule, event.start) == ("", local(2020, 11, 5, 18))


def add_url(calendar) -> str:
    return f"/admin/pages/add/calendar_app/eventpage/{calendar.pk}/"


def post_errors(client, url: str, data: dict) -> dict[str, str]:
    """The messages shown when ``data`` is posted to be published, by field (formset fields
    included)."""
    response = client.post(url, {**data, "action-publish": "Publish"})
    assert response.status_code == 200, "the form should be shown again with errors"
    form = response.context["form"]
    errors = dict(form.errors)
    for formset in form.formsets.values():
        for form_errors in formset.errors:
            for field, messages in form_errors.items():
                errors.setdefault(field, []).extend(messages)
        if formset.non_form_errors():
            errors.setdefault("__formset__", []).extend(formset.non_form_errors())
    assert errors, "the form should name what is wrong"
    assert not EventPage.objects.filter(slug=data["slug"], live=True).exists()
    return {field: " ".join(messages) for field, messages in errors.items()}


@pytest.fixture
def venue(site_tree):
    return VenueFactory(name="Knjižnica Otona Župančiča", locale=site_tree["sl"].locale)


@pytest.mark.django_db
def test_editor_publishes_a_weekly_event_with_an_exclusion_and_a_cancellation(
    admin_client, calendar, venue
):
    data = event_form(
        **WEEKLY_ON_THURSDAYS,
        excluded_dates=["2020-12-24"],
        occurrence_changes=[{"original_date": "2020-12-31", "change": "CANCELLED"}],
        venue=str(venue.pk),
    )
    response = admin_client.post(add_url(calendar), {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.context["form"].errors

    event = EventPage.objects.get(slug="bralni-klub")
    assert (event.live, event.has_unpublished_changes) == (True, False)
    assert event.recurrence_rule == "FREQ=WEEKLY;BYDAY=TH;UNTIL=20210128"
    assert (event.start, event.end) == (local(2020, 11, 5, 18), local(2020, 11, 5, 19, 30))
    assert list(event.excluded_dates.values_list("date", flat=True)) == [date(2020, 12, 24)]
    change = event.occurrence_changes.get()
    assert (change.original_date, change.change) == (
        date(2020, 12, 31),
        EventOccurrenceChange.Change.CANCELLED,
    )
    assert event.series_end == local(2021, 1, 28, 19, 30)
    assert event.venue == venue
    published = event.live_revision.as_object()
    assert published.recurrence_rule == event.recurrence_rule


@pytest.mark.django_db
def test_every_other_week_on_two_days_builds_its_rule(admin_client, calendar, venue):
    data = event_form(
        repeat="WEEKLY",
        repeat_interval="2",
        repeat_weekdays=["TU", "TH"],
        repeat_count="6",
        start="2020-12-01 17:00",
        end="2020-12-01 18:00",
        venue=str(venue.pk),
    )
    response = admin_client.post(add_url(calendar), {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="bralni-klub")
    assert event.recurrence_rule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6"


@pytest.mark.django_db
def test_end_before_start_is_refused(admin_client, calendar, venue):
    data = event_form(start="2020-12-03 18:00", end="2020-12-03 17:00", venue=str(venue.pk))
    errors = post_errors(admin_client, add_url(calendar), data)
    assert errors["end"] == "The event cannot end before it starts."


@pytest.mark.django_db
def test_rule_must_include_the_start_day(admin_client, calendar, venue):
    data = event_form(  # 5 November 2020 is a Thursday
        **{**WEEKLY_ON_THURSDAYS, "repeat_weekdays": ["TU"]}, venue=str(venue.pk)
    )
    errors = post_errors(admin_client, add_url(calendar), data)
    assert errors["repeat"].startswith("The first date is not one of the days chosen")


@pytest.mark.django_db
def test_excluded_date_must_be_an_occurrence(admin_client, calendar, venue):
    data = event_form(
        **WEEKLY_ON_THURSDAYS, excluded_dates=["2020-12-23"], venue=str(venue.pk)
    )  # a Wednesday
    errors = post_errors(admin_client, add_url(calendar), data)
    assert "23. 12. 2020 is not a date the event takes place on." in " ".join(errors.values())


@pytest.mark.django_db
def test_changed_occurrence_must_be_an_occurrence(admin_client, calendar, venue):
    data = event_form(
        **WEEKLY_ON_THURSDAYS,
        occurrence_changes=[{"original_date": "2020-12-30"}],
        venue=str(venue.pk),
    )
    errors = post_errors(admin_client, add_url(calendar), data)
    assert "30. 12. 2020 is not a date the event takes place on." in " ".join(errors.values())


@pytest.mark.django_db
def test_rule_whose_every_occurrence_is_excluded_is_refused(admin_client, calendar, venue):
    data = event_form(
        repeat="WEEKLY",
        repeat_weekdays=["TH"],
        repeat_count="2",
        excluded_dates=["2020-11-05", "2020-11-12"],
        venue=str(venue.pk),
    )
    errors = post_errors(admin_client, add_url(calendar), data)
    assert "Every occurrence is excluded" in " ".join(errors.values())


@pytest.mark.django_db
def test_weekly_last_day_must_start_on_a_monday(admin_client, calendar, venue):
    data = event_form(  # "the last of Tuesday and Thursday" every week, from a Thursday
        repeat="CUSTOM",
        recurrence_rule="FREQ=WEEKLY;BYDAY=TU,TH;BYSETPOS=-1;UNTIL=20210128",
        venue=str(venue.pk),
    )
    errors = post_errors(admin_client, add_url(calendar), data)
    assert "must start on a Monday" in errors["recurrence_rule"]


@pytest.mark.django_db
def test_custom_rule_with_an_unsupported_part_names_the_supported_ones(
    admin_client, calendar, venue
):
    data = event_form(
        repeat="CUSTOM",
        recurrence_rule="FREQ=WEEKLY;BYDAY=TH;BYHOUR=18",
        venue=str(venue.pk),
    )
    errors = post_errors(admin_client, add_url(calendar), data)
    assert errors["recurrence_rule"] == (
        "BYHOUR is not supported. Supported parts: FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, "
        "BYSETPOS, COUNT, UNTIL."
    )


@pytest.mark.django_db
def test_custom_rule_must_be_written(admin_client, calendar, venue):
    errors = post_errors(
        admin_client, add_url(calendar), event_form(repeat="CUSTOM", venue=str(venue.pk))
    )
    assert errors["recurrence_rule"] == "Write the rule, or choose how it repeats above."


@pytest.mark.django_db
def test_registration_required_needs_its_address(admin_client, calendar, venue):
    data = event_form(registration="REQUIRED", venue=str(venue.pk))
    errors = post_errors(admin_client, add_url(calendar), data)
    assert errors["registration_url"] == "Give the address where readers sign up."


@pytest.mark.django_db
def test_an_event_without_venue_or_online_address_is_to_be_announced(admin_client, calendar, venue):
    response = admin_client.post(add_url(calendar), {**event_form(), "action-publish": "Publish"})
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="bralni-klub")
    assert (event.venue, event.online_url, event.venue_to_be_announced) == (None, "", True)
    form = admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert "the event shows as &#x27;Venue to be announced&#x27;" in form


@pytest.mark.django_db
def test_every_mistake_is_named_at_once(admin_client, calendar):
    data = event_form(
        **WEEKLY_ON_THURSDAYS,
        excluded_dates=["2020-12-23"],
        occurrence_changes=[{"original_date": "2020-12-30"}],
        registration="REQUIRED",
    )
    errors = post_errors(admin_client, add_url(calendar), data)
    assert "venue" not in errors  # to be announced
    assert errors["registration_url"] == "Give the address where readers sign up."
    # On the rows at fault (see test_recurrence_editor.py for which row).
    assert "23. 12. 2020" in errors["date"]
    assert "30. 12. 2020" in errors["original_date"]


@pytest.mark.django_db
def test_online_only_event_is_accepted(admin_client, calendar):
    data = event_form(online_url="https://meet.example.org/knjiznica")
    response = admin_client.post(add_url(calendar), {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.context["form"].errors
    assert EventPage.objects.get(slug="bralni-klub").venue is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "Every Thursday at 18:00 until 28 January 2021"),
        ("sl", "Vsak četrtek ob 18.00 do 28. januarja 2021"),
    ],
)
def test_edit_form_describes_the_rule_in_words(editor_in, calendar, language, words):
    event = publish(
        EventPageFactory(
            parent=calendar,
            start=local(2020, 11, 5, 18),
            end=local(2020, 11, 5, 19, 30),
            recurrence_rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20210128",
        )
    )
    response = editor_in(language).get(f"/admin/pages/{event.pk}/edit/")
    form = response.context["form"]
    assert form.fields["repeat"].widget.summary == words
    assert words in response.content.decode()
    # The repeat fields are filled in from the stored rule.
    assert form.initial["repeat"] == "WEEKLY"
    assert form.initial["repeat_weekdays"] == ["TH"]
    assert form.initial["repeat_until"] == date(2021, 1, 28)


@pytest.mark.django_db
def test_edit_form_of_a_one_off_event_says_it_does_not_repeat(editor_in, calendar):
    event = publish(EventPageFactory(parent=calendar))
    response = editor_in("en").get(f"/admin/pages/{event.pk}/edit/")
    assert response.context["form"].fields["repeat"].widget.summary == "Does not repeat"


@pytest.mark.django_db
def test_editor_adds_an_exclusion_to_a_published_weekly_event(admin_client, calendar, venue):
    event = publish(
        EventPageFactory(
            parent=calendar,
            slug="bralni-klub",
            start=local(2020, 11, 5, 18),
            end=local(2020, 11, 5, 19, 30),
            recurrence_rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20210128",
        )
    )
    data = event_form(**WEEKLY_ON_THURSDAYS, excluded_dates=["2020-12-24"], venue=str(venue.pk))
    response = admin_client.post(
        f"/admin/pages/{event.pk}/edit/", {**data, "action-publish": "Publish"}
    )
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(pk=event.pk)
    assert list(event.excluded_dates.values_list("date", flat=True)) == [date(2020, 12, 24)]


@pytest.mark.django_db
def test_editor_moves_the_start_and_the_exclusions_together(admin_client, calendar, venue):
    """A stored exclusion that the new rule no longer gives is replaced in the same post:
    validation reads the dates being posted, not the ones stored."""
    event = EventPageFactory(
        parent=calendar,
        slug="bralni-klub",
        start=local(2020, 11, 5, 18),
        end=local(2020, 11, 5, 19, 30),
        recurrence_rule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20210128",
    )
    event.excluded_dates.create(date=date(2020, 12, 24))
    publish(event)
    data = event_form(
        **{**WEEKLY_ON_THURSDAYS, "repeat_weekdays": ["WE"]},
        start="2020-11-04 18:00",
        end="2020-11-04 19:30",
        excluded_dates=["2020-12-23"],
        venue=str(venue.pk),
    )
    # The stored exclusion comes first, as the edit form lists it, and is deleted.
    stored = EventExcludedDate.objects.get(page=event)
    data.update(
        nested_form_data(
            {
                "excluded_dates": inline_formset(
                    [
                        {"id": str(stored.pk), "date": "2020-12-24", "DELETE": "on"},
                        {"id": "", "date": "2020-12-23"},
                    ],
                    initial=1,
                )
            }
        )
    )
    response = admin_client.post(
        f"/admin/pages/{event.pk}/edit/", {**data, "action-publish": "Publish"}
    )
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(pk=event.pk)
    assert event.recurrence_rule == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20210128"
    assert list(event.excluded_dates.values_list("date", flat=True)) == [date(2020, 12, 23)]
    assert (event.live, event.has_unpublished_changes) == (True, False)
