"""The calendar index and event pages: their fields, editing panels, API fields and checks.
What an event serves is in ``serving``, its schedule and the rows that change it in
``schedule``."""

import uuid

import graphene
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from grapple.models import GraphQLField, GraphQLInt, GraphQLStreamfield, GraphQLString
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessMixin

from cms.blocks import BodyBlock
from cms.content.listing import ListedColumns
from cms.forms import CompletePageForm
from cms.graphql.html import GraphQLSafeHTML
from cms.graphql.images import PublicImage
from cms.graphql.json import JSONObject
from cms.graphql.types import page_type, snippet_list, snippet_type
from cms.panels import InlinePanel, PageInLocaleChooserPanel, TermsInPageLocalePanel
from cms.widgets import SnippetChooser
from project_pages.models import TargetGroup

from .. import recurrence
from ..conf import site_zone
from ..editor_widgets import MondayFirstDateTimeInput
from ..forms import EventPageForm
from ..graphql_fields import EventStatusEnum, RegistrationEnum, next_occurrences_field
from .schedule import ScheduledEvent
from .serving import ServedEvent
from .snippets import EventCategory, Venue

# ``site_zone`` too, where benchmarks/generate.py imports it from.
__all__ = ["EventIndexPage", "EventPage", "EventStatus", "Registration", "site_zone"]


class EventStatus(models.TextChoices):
    """The event as a whole; one occurrence is cancelled or moved by a changed occurrence."""

    SCHEDULED = "SCHEDULED", _("Scheduled")
    CANCELLED = "CANCELLED", _("Cancelled")
    POSTPONED = "POSTPONED", _("Postponed")
    MOVED_ONLINE = "MOVED_ONLINE", _("Moved online")


class Registration(models.TextChoices):
    """Whether readers must sign up, at ``registration_url``."""

    NONE = "NONE", _("No registration needed")
    REQUIRED = "REQUIRED", _("Registration required")


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


class EventPage(ListedColumns, HeadlessMixin, ScheduledEvent, ServedEvent, Page):
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
        GraphQLField("status", EventStatusEnum, required=True),
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
        GraphQLField("registration", RegistrationEnum, required=True),
        GraphQLString("registration_url", required=True),
        GraphQLInt("capacity"),
        GraphQLString("price", required=True),
        GraphQLField("is_free", graphene.Boolean, required=True),
        next_occurrences_field("next_occurrences"),
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
