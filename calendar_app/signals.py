"""A calendar entry's identity and version as iCalendar clients see them.

``ical_uid`` names the event for good and ``ical_sequence`` goes up with every published change
(RFC 5545 UID and SEQUENCE). Both belong to the page row, not to a revision: Wagtail publishes
a revision by saving the content stored in it, which holds the values of the day the revision
was made, and copying a page (or creating its translation) copies every field.
"""

import uuid

from django.db.models import F
from django.db.models.signals import pre_save
from wagtail.signals import page_published

from .models import EventPage


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


def connect():
    pre_save.connect(
        keep_calendar_identity, sender=EventPage, dispatch_uid="calendar_app.keep_identity"
    )
    page_published.connect(
        increment_ical_sequence, sender=EventPage, dispatch_uid="calendar_app.ical_sequence"
    )
