"""What the API serves of an event page beyond its stored fields, by the names in
``EventPage.graphql_fields``: the rule in words, the served times, the relations in the
requested language, the feeds' addresses and the structured data."""

from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from cms.blocks import served_blocks
from cms.content.chosen import public_version, public_versions, served_locale
from cms.content.images import public_images
from cms.content.listing import listing_of, prefetch
from cms.graphql.localization import localized_for_listing

from ..conf import site_zone
from ..describe import describe_rule
from ..jsonld import event_json_ld


class ServedEvent:
    """The served part of ``EventPage``. Relations are loaded for the event's whole listing at
    the first read (``cms.content.listing``), so a listing costs a query per relation, not per
    event."""

    @property
    def recurrence_description(self) -> str:
        """The rule in words. One that cannot be read (only a preview's: a saved rule was
        checked) is shown as written; ``nextOccurrences`` and ``jsonLd`` say what is wrong."""
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

    @property
    def venue_in_locale(self):
        prefetch(self, "venue")  # joined already, except in a month grid (MONTH_COLUMNS)
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
        if not hasattr(self, "related_project_key"):
            return public_version(self.related_project, request=info.context)
        listing_of(self).load(
            "related_projects", lambda events: _attach_related_projects(events, info.context)
        )
        return self.public_related_project


def _attach_related_projects(events: list, request) -> None:
    keys = {event.related_project_key for event in events if event.related_project_key}
    projects = public_versions(
        keys,
        locale=served_locale(request),
        model=apps.get_model("project_pages", "ProjectPage"),
        request=request,
    )
    for event in events:
        event.public_related_project = projects.get(event.related_project_key)


def _load_public_images(events: list) -> None:
    # By id, not through the ``image`` relation: a preview's event has no loaded relations.
    ids = {event.image_id for event in events if event.image_id is not None}
    images = public_images().prefetch_renditions().in_bulk(ids) if ids else {}
    for event in events:
        event.public_image = images.get(event.image_id)
