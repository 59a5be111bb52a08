"""One publish, one transaction (``make_publishing_atomic``, installed by ``HomeConfig.ready``)."""

from django.db import transaction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.actions.unpublish import UnpublishAction


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
    # Unpublishing likewise: the page and its aliases go offline together, with the log entry.
    for action in (PublishRevisionAction, UnpublishAction):
        if not getattr(action.execute, "_atomic_publishing", False):
            action.execute = transaction.atomic(action.execute)
            action.execute._atomic_publishing = True
