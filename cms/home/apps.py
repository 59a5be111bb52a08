from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_save, pre_save


class HomeConfig(AppConfig):
    name = "cms.home"
    label = "home"
    verbose_name = "Site home"

    def ready(self):
        from calendar_app.models import EventIndexPage

        from .roles import let_event_managers_into_new_calendars
        from .translation_drafts import keep_converted_translation_offline

        post_save.connect(
            let_event_managers_into_new_calendars,
            sender=EventIndexPage,
            dispatch_uid="event-managers-into-new-calendars",
        )
        pre_save.connect(
            keep_converted_translation_offline,
            dispatch_uid="keep-converted-translation-offline",
        )
        make_publishing_atomic()


def make_publishing_atomic() -> None:
    """One publish, one transaction: if anything fails half-way (a ``page_published``
    receiver, updating aliases, the audit log entry), the previous live version stays live.

    Wagtail saves the page as live and only then sends its signals, updates aliases and writes
    the log entry, each committed on its own (upstream fix proposed in wagtail/wagtail#13879,
    not released). Wrapping ``PublishRevisionAction.execute`` covers every way in: the admin's
    edit and create views, workflow approval, bulk publishing, wagtail-localize,
    ``publish_scheduled`` and code. The alternatives were worse here: ``ATOMIC_REQUESTS``
    wraps every view, so ``/healthz`` and ``/graphql/`` no longer answer their own 503 when the
    database is down and the query-count tests each gain a savepoint; overriding Wagtail's admin
    views covers the admin only. A draft saved before the failing publish stays saved.
    """
    from wagtail.actions.publish_revision import PublishRevisionAction
    from wagtail.actions.unpublish import UnpublishAction

    # Unpublishing likewise: the page and its aliases go offline together, with the log entry.
    for action in (PublishRevisionAction, UnpublishAction):
        if not getattr(action.execute, "_atomic_publishing", False):
            action.execute = transaction.atomic(action.execute)
            action.execute._atomic_publishing = True
