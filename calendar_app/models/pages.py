"""The calendar index, event pages, and their excluded dates and changed occurrences."""

import uuid
from collections import defaultdict
from datetime import datetime, time, timedelta

import graphene
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLField, GraphQLInt, GraphQLStreamfield, GraphQLString
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessMixin

from cms.blocks import BodyBlock, served_blocks
from cms.content.images import public_images
from cms.content.listing import is_preview, listing_of, prefetch
from cms.forms import CompletePageForm
from cms.graphql.html import GraphQLSafeHTML
from cms.graphql.images import PublicImage
from cms.graphql.json import JSONObject
from cms.graphql.localization import localized_for_listing
from cms.graphql.types import page_type, snippet_list, snippet_type
from cms.panels import InlinePanel, PageInLocaleChooserPanel, TermsInPageLocalePanel
from cms.widgets import SnippetChooser
from project_pages.models import TargetGroup

from .. import recurrence
from ..editor_widgets import MondayFirstDateInput, MondayFirstDateTimeInput
from ..forms import EventPageForm
from .snippets import EventCategory, Venue


class EventStatus(models.TextChoices):
    SCHEDULED = "SCHEDULED", _("Scheduled")
    CANCELLED = "CANCELLED", _("Cancelled")
    POSTPONED = "POSTPONED", _("Postponed")
    MOVED_ONLINE = "MOVED_ONLINE", _("Moved online")


class Registration(models.TextChoices):
    NONE = "NONE", _("No registration needed")
    REQUIRED = "REQUIRED", _("Registration required")


def site_zone():
    from zoneinfo import ZoneInfo

    return ZoneInfo(settings.TIME_ZONE)


class EventIndexPage(HeadlessMixin, Page):
    """The calendar of one language tree: its intro, and the events below it."""

    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("introduction"),
        help_text=_("Shown above the calendar."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    graphql_fields = [GraphQLSafeHTML("intro", required=True)]

    subpage_types = ["calendar_app.EventPage"]
    base_form_class = CompletePageForm
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("calendar")
        verbose_name_plural = _("calendars")


class EventPage(HeadlessMixin, Page):
    """One event, once or repeating: a workshop, a talk, Sister Libraries Day."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences for lists and calendar entries."),
    )
    body = StreamField(
        BodyBlock(), blank=True, verbose_name=_("body"), help_text=_("The full description.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Shown with the event; give it a description, which becomes its alt text."),
    )
    start = models.DateTimeField(
        _("start"), help_text=_("When the (first) event starts, in the library's time zone.")
    )
    end = models.DateTimeField(
        _("end"), help_text=_("When it ends. For a multi-day event, the last day.")
    )
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Takes whole days: the times above are ignored.")
    )
    recurrence_rule = models.CharField(
        _("recurrence rule"),
        max_length=250,
        blank=True,
        help_text=_("How the event repeats, as an RFC 5545 rule. Set it with the fields above."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_("Cancelling or postponing keeps the event listed, marked as such."),
    )
    venue = models.ForeignKey(
        Venue,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("venue"),
        help_text=_(
            "Where it takes place. Leave empty for an online-only event; with no online "
            "address either, the event shows as 'Venue to be announced'."
        ),
    )
    online_url = models.URLField(
        _("online address"),
        blank=True,
        help_text=_("Link to join online (a stream or a video call), if any."),
    )
    audiences = ParentalManyToManyField(
        TargetGroup,
        blank=True,
        related_name="events",
        verbose_name=_("audiences"),
        help_text=_("Who the event is for."),
    )
    categories = ParentalManyToManyField(
        EventCategory, blank=True, related_name="events", verbose_name=_("categories")
    )
    registration = models.CharField(
        _("registration"), max_length=10, choices=Registration.choices, default=Registration.NONE
    )
    registration_url = models.URLField(
        _("registration address"), blank=True, help_text=_("Where readers sign up.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Places available.")
    )
    price = models.CharField(
        _("price"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty if the event is free, e.g. '5 EUR'."),
    )
    price_amount = models.DecimalField(
        _("price in euros"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_(
            "The price as a number, e.g. 5 or 7.50, for search engines. Leave empty if there "
            "is no single price."
        ),
    )
    related_project = models.ForeignKey(
        "project_pages.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("related project"),
        help_text=_("The international project this event belongs to, if any."),
    )
    series_end = models.DateTimeField(null=True, editable=False, db_index=True)
    ical_uid = models.UUIDField(default=uuid.uuid4, editable=False)
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)
    imported_uid = models.CharField(max_length=255, blank=True, db_index=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    # The repeat fields show as the choice of "Repeats" needs them (forms.FIELDS_BY_FREQUENCY,
    # static/calendar_app/recurrence-editor.js), with the repetition in words below.
    when_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("start", widget=MondayFirstDateTimeInput()),
                        FieldPanel("end", widget=MondayFirstDateTimeInput()),
                    ]
                ),
                FieldPanel("all_day"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel([FieldPanel("repeat_interval"), FieldPanel("repeat_ordinal")]),
                FieldPanel("repeat_weekdays"),
                FieldRowPanel([FieldPanel("repeat_month_day"), FieldPanel("repeat_months")]),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                FieldPanel("recurrence_rule"),
            ],
            heading=_("Repeat"),
        ),
        InlinePanel(
            "excluded_dates",
            heading=_("Excluded dates"),
            label=_("Excluded date"),
            add_label=_("Add an excluded date"),
            help_text=_("Days the event does not take place; pick them from the next dates."),
        ),
        InlinePanel(
            "occurrence_changes",
            heading=_("Changed occurrences"),
            label=_("Change"),
            add_label=_("Add a change"),
            help_text=_("One date cancelled or moved; pick it from the next dates."),
        ),
        FieldPanel("status"),
    ]
    where_panels = [
        TermsInPageLocalePanel("venue", widget=SnippetChooser(Venue)),
        FieldPanel("online_url"),
        TermsInPageLocalePanel("audiences"),
        TermsInPageLocalePanel("categories"),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldRowPanel(
                    [FieldPanel("capacity"), FieldPanel("price"), FieldPanel("price_amount")]
                ),
            ],
            heading=_("Registration"),
        ),
        PageInLocaleChooserPanel("related_project", "project_pages.ProjectPage"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(when_panels, heading=_("Date and repeat")),
            ObjectList(where_panels, heading=_("Place and audience")),
            ObjectList(Page.promote_panels, heading=_("Promotion")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    base_form_class = EventPageForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("series_end"),
    ]

    graphql_fields = [
        GraphQLString("summary", required=True),
        GraphQLStreamfield("body", source="served_body", required=True),
        GraphQLField("image", PublicImage, source="listed_image"),
        GraphQLField("start", graphene.DateTime, required=True, source="served_start"),
        GraphQLField("end", graphene.DateTime, required=True, source="served_end"),
        GraphQLField("all_day", graphene.Boolean, required=True),
        GraphQLString("recurrence_rule", required=True),
        GraphQLString("recurrence_description", required=True),
        GraphQLField("status", lambda: _enum("EventStatus"), required=True),
        GraphQLField("venue", lambda: snippet_type(Venue), source="venue_in_locale"),
        GraphQLString("online_url", required=True),
        GraphQLField(
            "venue_to_be_announced",
            graphene.Boolean,
            required=True,
            description="No venue and no online address yet (e.g. an imported event without "
            "LOCATION): show 'venue to be announced'. `venue` is then null and `onlineUrl` empty.",
        ),
        GraphQLField(
            "audiences",
            lambda: snippet_list(TargetGroup),
            source="audiences_in_locale",
            required=True,
        ),
        GraphQLField(
            "categories",
            lambda: snippet_list(EventCategory),
            source="categories_in_locale",
            required=True,
        ),
        GraphQLField("registration", lambda: _enum("Registration"), required=True),
        GraphQLString("registration_url", required=True),
        GraphQLInt("capacity"),
        GraphQLString("price", required=True),
        GraphQLField("is_free", graphene.Boolean, required=True),
        lambda: _listing_field("next_occurrences"),
        GraphQLString("ics_url", required=True),
        # Still non-null: grapple refuses ``required`` with a deprecation, so the type says it.
        GraphQLField(
            "json_ld",
            graphene.NonNull(graphene.JSONString),
            deprecation_reason="Use `structuredData`: the same schema.org data as a JSON object, "
            "not a string, with the venue's full address and the price.",
        ),
        GraphQLField(
            "structured_data",
            JSONObject,
            required=True,
            description="schema.org `Event` as JSON-LD, for a "
            '`<script type="application/ld+json">`: dates, place, price, image, organiser.',
        ),
        GraphQLField(
            "related_project",
            lambda: page_type("project_pages.ProjectPage"),
            source="served_related_project",
        ),
    ]

    parent_page_types = ["calendar_app.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def schedule(self, excluded=None, changes=None) -> recurrence.Schedule:
        """This event's dates as the recurrence module reads them."""
        if excluded is None:
            excluded = [item.date for item in self.excluded_dates.all()]
        if changes is None:
            changes = [item.as_change() for item in self.occurrence_changes.all()]
        return recurrence.Schedule(
            start=self.start,
            end=self.end,
            all_day=self.all_day,
            rule=self.recurrence_rule,
            excluded_dates=frozenset(excluded),
            changes=tuple(changes),
            status=self.status,
        )

    def listed_schedule(self) -> recurrence.Schedule:
        """``schedule()`` of a published event as the API and feeds read it: the excluded
        dates and changed occurrences of the event's whole listing are read at the first call,
        in one query each (the admin's form works on the unsaved relations instead, and so does
        a preview: its rows are the editor's unsaved ones, in memory)."""
        if is_preview(self):
            return self.schedule()
        listing_of(self).load("schedule", _load_schedule_changes)
        return self.schedule(self.listed_excluded_dates, self.listed_changes)

    def changed_listing_paths(self) -> list[str]:
        """The calendar months that show this event, for ``cms.content.changes``: the month it
        starts in and, for a series, the months with an occurrence from a year ago to a year
        ahead (older months of an endless series are left to the frontends' cache lifetimes)."""
        calendar_url = self.get_parent().get_url()
        if not calendar_url or self.start is None or self.end is None:
            return []
        zone = site_zone()
        now = timezone.now()
        months = {(self.start.astimezone(zone).year, self.start.astimezone(zone).month)}
        window_start = max(self.start, now - timedelta(days=366))
        window_end = now + timedelta(days=366)
        if self.recurrence_rule and window_start < window_end:
            for occurrence in recurrence.expand(
                self.schedule(), window_start=window_start, window_end=window_end, zone=zone
            ):
                local = occurrence.start.astimezone(zone)
                months.add((local.year, local.month))
        return [f"{calendar_url}?year={year}&month={month}" for year, month in sorted(months)]

    #: The excluded dates and changed occurrences (``recurrence.OccurrenceChange``) the editor's
    #: form is posting, set by ``EventPageForm.clean``: until the form is saved, the page's own
    #: relations still hold the stored ones (or none, for a new page). None: the relations.
    posted_schedule: tuple[list | None, list | None] | None = None
    #: What ``clean`` found in the schedule, for the form to place on its fields and rows.
    schedule_problems: recurrence.Problems | None = None

    def clean(self):
        super().clean()
        errors: dict[str, list[str]] = {}
        if self.registration == Registration.REQUIRED and not self.registration_url:
            errors["registration_url"] = [_("Give the address where readers sign up.")]
        if self.price_amount and not self.price:
            errors["price"] = [_("Give the price as readers should see it, e.g. '5 EUR'.")]
        if self.start is not None and self.end is not None:
            excluded, changes = self.posted_schedule or (None, None)
            problems = recurrence.check(self.schedule(excluded, changes), site_zone())
            # The editor's form puts the rule's problems, and an excluded date's or changed
            # occurrence's, where they belong (EventPageForm._post_clean); whatever has no row
            # there (the stored dates, an import) is said on the rule.
            self.schedule_problems = problems
            rows = {"excluded_dates": excluded is not None, "changes": changes is not None}
            field_names = {"start": "start", "end": "end", "rule": "recurrence_rule"}
            for key, message in problems.fields.items():
                if not rows.get(key):
                    errors.setdefault(field_names.get(key, "recurrence_rule"), []).append(message)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.start and self.end:
            try:
                self.series_end = recurrence.series_end(self.schedule(), site_zone())
            except recurrence.RuleError:
                self.series_end = None
        super().save(*args, **kwargs)

    # What the API serves, by the names in graphql_fields.

    @property
    def recurrence_description(self) -> str:
        """The rule in words. One that cannot be read (only a preview's: a saved rule was
        checked) is shown as written; ``nextOccurrences`` and ``jsonLd`` say what is wrong."""
        from ..describe import describe_rule

        try:
            return describe_rule(self.recurrence_rule, self.locale.language_code, start=self.start)
        except (ValueError, IndexError, KeyError):  # recurrence.RuleError included
            return self.recurrence_rule

    @property
    def is_free(self) -> bool:
        """No price written, or an amount of 0."""
        if self.price_amount is not None:
            return self.price_amount == 0
        return not self.price

    @property
    def venue_to_be_announced(self) -> bool:
        """Neither a venue nor an online address: where it takes place is not known yet."""
        return self.venue_id is None and not self.online_url

    # Relations are loaded for the event's whole listing at the first read (cms.content.listing).

    @property
    def venue_in_locale(self):
        if self.venue is None:
            return None
        served = localized_for_listing(
            self, "venue", lambda event: [event.venue] if event.venue else []
        )
        return served[0] if served else None

    @property
    def audiences_in_locale(self):
        prefetch(self, "audiences")
        return localized_for_listing(self, "audiences", lambda event: event.audiences.all())

    @property
    def categories_in_locale(self):
        prefetch(self, "categories")
        return localized_for_listing(self, "categories", lambda event: event.categories.all())

    @property
    def listed_image(self):
        """``image`` with its renditions while it may be served (else None), loaded for the
        whole listing; the API's ``image`` and ``jsonLd`` read it."""
        if self.image_id is None:
            return None
        listing_of(self).load("public_image", _load_public_images)
        return self.public_image

    def served_body(self, info):
        return served_blocks(self.body, request=info.context)

    @property
    def served_start(self) -> datetime:
        """``start`` in the library's time zone, as occurrences are served: read from the
        database it is UTC, from a preview's draft local, and the API answers the same either
        way."""
        return timezone.localtime(self.start, site_zone())

    @property
    def served_end(self) -> datetime:
        return timezone.localtime(self.end, site_zone())

    @property
    def ics_url(self) -> str:
        """The event's iCalendar feed; empty in the preview of an event that is not live (the
        feed serves live events only, so a link would answer 404)."""
        from django.urls import reverse

        if self.pk is None or not self.live:
            return ""
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "calendar_app:event_ics", args=[self.pk]
        )

    @property
    def json_ld(self) -> dict:
        """The older, string form of ``structured_data`` (``jsonLd``, deprecated)."""
        return self.structured_data

    @property
    def structured_data(self) -> dict:
        from ..jsonld import event_json_ld

        return event_json_ld(self)

    def served_related_project(self, info):
        """The related project's public version in the requested language, or None.

        wagtail-localize leaves a translated event pointing at the original's project (see
        ``cms.content.chosen``). The first event of a listing to ask looks the versions up
        for every event of the listing (which carry ``related_project_key``, see
        ``selectors.with_event_relations``).
        """
        if self.related_project_id is None:
            return None
        from cms.content.chosen import public_version

        if not hasattr(self, "related_project_key"):
            return public_version(self.related_project, request=info.context)
        listing_of(self).load(
            "related_projects", lambda events: _attach_related_projects(events, info.context)
        )
        return self.public_related_project


def _attach_related_projects(events: list[EventPage], request) -> None:
    from django.apps import apps

    from cms.content.chosen import public_versions, served_locale

    keys = {event.related_project_key for event in events if event.related_project_key}
    projects = public_versions(
        keys,
        locale=served_locale(request),
        model=apps.get_model("project_pages", "ProjectPage"),
        request=request,
    )
    for event in events:
        event.public_related_project = projects.get(event.related_project_key)


def _load_public_images(events: list[EventPage]) -> None:
    # By id, not through the ``image`` relation: a preview's event has no loaded relations.
    ids = {event.image_id for event in events if event.image_id is not None}
    images = public_images().prefetch_renditions().in_bulk(ids) if ids else {}
    for event in events:
        event.public_image = images.get(event.image_id)


def _load_schedule_changes(events: list[EventPage]) -> None:
    ids = [event.pk for event in events]
    excluded = defaultdict(list)
    for page_id, day in EventExcludedDate.objects.filter(page_id__in=ids).values_list(
        "page_id", "date"
    ):
        excluded[page_id].append(day)
    changes = defaultdict(list)
    for change in EventOccurrenceChange.objects.filter(page_id__in=ids):
        changes[change.page_id].append(change.as_change())
    for event in events:
        event.listed_excluded_dates = excluded[event.pk]
        event.listed_changes = changes[event.pk]


class EventExcludedDate(Orderable):
    """A date on which a repeating event does not take place (and is not shown)."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="excluded_dates")
    date = models.DateField(
        _("date"), help_text=_("A date the rule would give, e.g. a public holiday.")
    )

    panels = [FieldPanel("date", widget=MondayFirstDateInput())]

    class Meta(Orderable.Meta):
        verbose_name = _("excluded date")


class EventOccurrenceChange(Orderable):
    """One occurrence of a repeating event cancelled or moved; the others stay as they are."""

    class Change(models.TextChoices):
        CANCELLED = "CANCELLED", _("Cancelled (shown as cancelled)")
        MOVED = "MOVED", _("Moved to another time")

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="occurrence_changes")
    original_date = models.DateField(
        _("original date"), help_text=_("The date the occurrence was due on.")
    )
    change = models.CharField(
        _("change"), max_length=10, choices=Change.choices, default=Change.CANCELLED
    )
    new_start = models.DateTimeField(
        _("new start"), null=True, blank=True, help_text=_("Moved: the new start.")
    )
    new_end = models.DateTimeField(
        _("new end"), null=True, blank=True, help_text=_("Moved: the new end.")
    )

    panels = [
        FieldPanel("original_date", widget=MondayFirstDateInput()),
        FieldPanel("change"),
        FieldRowPanel(
            [
                FieldPanel("new_start", widget=MondayFirstDateTimeInput()),
                FieldPanel("new_end", widget=MondayFirstDateTimeInput()),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("changed occurrence")

    def as_change(self) -> recurrence.OccurrenceChange:
        return recurrence.OccurrenceChange(
            original_date=self.original_date,
            status=recurrence.Status.CANCELLED
            if self.change == self.Change.CANCELLED
            else recurrence.Status.MOVED,
            start=self.new_start if self.change == self.Change.MOVED else None,
            end=self.new_end if self.change == self.Change.MOVED else None,
        )


def _enum(name):
    from .. import graphql

    return getattr(graphql, f"{name}Enum")


def _listing_field(name):
    from ..graphql import next_occurrences_field

    return next_occurrences_field(name)


def local_midnight(day) -> datetime:
    return datetime.combine(day, time(), site_zone())
