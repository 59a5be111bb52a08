"""A calendar entry's identity and version as iCalendar clients see them, and its rows in the
occurrence table (``occurrence_table``).

``ical_uid`` names the event for good and ``ical_sequence`` goes up with every published change
(RFC 5545 UID and SEQUENCE). Both belong to the page row, not to a revision: Wagtail publishes
a revision by saving the content stored in it, which holds the values of the day the revision
was made, and copying a page (or creating its translation) copies every field.
"""

import uuid

from django.db.models import F
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.signals import page_published, page_unpublished

from . import occurrence_table
from .models import EventExcludedDate, EventOccurrenceChange, EventPage, MaterialisedSeries

#: The page fields the rows are made of; a save of any other (a draft's ``save_revision``, a
#: move) leaves them valid.
SCHEDULE_FIELDS = frozenset({"start", "end", "all_day", "recurrence_rule", "status", "live"})


def keep_calendar_identity(sender, instance, raw=False, update_fields=None, **kwargs):
    """``pre_save`` of EventPage: a new page never takes another page's UID (a copy, a
    translation); a saved page keeps its UID and never goes back in SEQUENCE."""
    if raw:
        return
    if update_fields is not None and not {"ical_uid", "ical_sequence"} & set(update_fields):
        return
    if instance._state.adding or instance.pk is None:
        if sender.objects.filter(ical_uid=instance.ical_uid).exists():
            instance.ical_uid = uuid.uuid4()
            instance.ical_sequence = 0
            instance.imported_uid = ""  # a copy is not the event that was imported
        return
    stored = sender.objects.filter(pk=instance.pk).values("ical_uid", "ical_sequence").first()
    if stored is not None:
        instance.ical_uid = stored["ical_uid"]
        instance.ical_sequence = max(instance.ical_sequence or 0, stored["ical_sequence"])


def increment_ical_sequence(sender, instance, **kwargs):
    """``page_published`` of EventPage: subscribers' calendars replace their copy only when the
    SEQUENCE is higher than the one they hold."""
    sender.objects.filter(pk=instance.pk).update(ical_sequence=F("ical_sequence") + 1)
    instance.ical_sequence = (
        sender.objects.filter(pk=instance.pk).values_list("ical_sequence", flat=True).first()
    )


def write_occurrences(sender, instance, **kwargs):
    """``page_published`` of EventPage (a scheduled publication too): the rows of the version
    just published, in the publication's transaction."""
    occurrence_table.materialise(instance)


def remove_occurrences(sender, instance, **kwargs):
    """``page_unpublished`` of EventPage (expiry too)."""
    occurrence_table.forget(instance.pk)


def distrust_occurrences(sender, instance, raw=False, update_fields=None, **kwargs):
    """``post_save`` of EventPage: a save of its schedule that is not a publication (or comes
    before the ``page_published`` of one) makes its rows untrusted until they are written
    again; the listings expand it meanwhile."""
    if raw or (update_fields is not None and not SCHEDULE_FIELDS & set(update_fields)):
        return
    MaterialisedSeries.objects.filter(page_id=instance.pk).delete()


def distrust_occurrences_of_page(sender, instance, raw=False, **kwargs):
    """``post_save``/``post_delete`` of an excluded date or a changed occurrence."""
    if not raw and instance.page_id is not None:
        MaterialisedSeries.objects.filter(page_id=instance.page_id).delete()


def connect():
    pre_save.connect(
        keep_calendar_identity, sender=EventPage, dispatch_uid="calendar_app.keep_identity"
    )
    page_published.connect(
        increment_ical_sequence, sender=EventPage, dispatch_uid="calendar_app.ical_sequence"
    )
    page_published.connect(
        write_occurrences, sender=EventPage, dispatch_uid="calendar_app.write_occurrences"
    )
    page_unpublished.connect(
        remove_occurrences, sender=EventPage, dispatch_uid="calendar_app.remove_occurrences"
    )
    post_save.connect(
        distrust_occurrences, sender=EventPage, dispatch_uid="calendar_app.distrust_occurrences"
    )
    for model in (EventExcludedDate, EventOccurrenceChange):
        for signal in (post_save, post_delete):
            signal.connect(
                distrust_occurrences_of_page,
                sender=model,
                dispatch_uid=f"calendar_app.distrust_{model.__name__}_{signal is post_save}",
            )
