"""The GraphQL types and fields that event pages declare in ``EventPage.graphql_fields``.

Kept apart from ``calendar_app.graphql`` (the queries, which read the models): this module
imports no model, so the models can import it. The event page type is named lazily, by its
label."""

import graphene
from django.utils import timezone
from grapple.models import GraphQLField

from cms.graphql.errors import ApiError
from cms.graphql.types import page_type

from .occurrences import Listed


class EventStatusEnum(graphene.Enum):
    """The event as a whole."""

    SCHEDULED = "SCHEDULED"
    CANCELLED = "CANCELLED"
    POSTPONED = "POSTPONED"
    MOVED_ONLINE = "MOVED_ONLINE"

    class Meta:
        name = "EventStatus"


# Whether readers sign up (``EventPage.registration``); no docstring, which would become the
# schema's description of the type.
class RegistrationEnum(graphene.Enum):
    NONE = "NONE"
    REQUIRED = "REQUIRED"

    class Meta:
        name = "Registration"


class EventOccurrence(graphene.ObjectType):
    """One time an event takes place."""

    start = graphene.DateTime(required=True)
    end = graphene.DateTime(required=True)
    all_day = graphene.Boolean(
        required=True, description="Whole days: `start` and `end` are local midnights."
    )
    status = graphene.Field(EventStatusEnum, required=True)
    is_changed = graphene.Boolean(
        required=True, description="This occurrence was moved or cancelled on its own."
    )
    original_start = graphene.DateTime(
        required=True, description="When it was due before a change (RECURRENCE-ID)."
    )
    event = graphene.Field(graphene.NonNull(lambda: page_type("calendar_app.EventPage")))

    @staticmethod
    def from_listed(item: Listed) -> "EventOccurrence":
        occurrence = item.occurrence
        return EventOccurrence(
            start=occurrence.start,
            end=occurrence.end,
            all_day=occurrence.all_day,
            status=occurrence.status,
            is_changed=occurrence.changed,
            original_start=occurrence.original_start,
            event=item.event,
        )


#: Most occurrences ``EventPage.nextOccurrences`` answers with.
MAX_NEXT_OCCURRENCES = 50


def check_limit(limit: int | None, maximum: int) -> None:
    if limit is None or not 1 <= limit <= maximum:
        got = "null" if limit is None else limit
        raise ApiError(f"limit must be between 1 and {maximum}, got {got}.")


def resolve_next_occurrences(event, info, limit: int = 5):
    check_limit(limit, MAX_NEXT_OCCURRENCES)
    found = event.stored_next_occurrences(now=timezone.now(), limit=limit)
    return [
        EventOccurrence.from_listed(Listed(occurrence, event))
        for occurrence in found
        if not occurrence.is_cancelled
    ]


def next_occurrences_field(field_name: str):
    """``nextOccurrences(limit)`` on EventPage, in grapple's (field, wrapper) form."""
    return GraphQLField(field_name, EventOccurrence), lambda field_type: graphene.List(
        graphene.NonNull(EventOccurrence),
        required=True,
        limit=graphene.Int(default_value=5, description=f"1 to {MAX_NEXT_OCCURRENCES}."),
        resolver=lambda event, info, limit=5: resolve_next_occurrences(event, info, limit),
        description="The next occurrences from now (cancelled ones left out).",
    )
