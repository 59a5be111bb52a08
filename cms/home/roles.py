"""The editorial groups (README, "Editorial roles") keep their reach as the page tree grows, and
translators keep to the languages they translate into (``cms.translator_limits``).

The migration ``home.0004_editorial_groups`` creates the groups and their permissions. Most of
those are on the root page and so hold for pages created later; event managers' are on each
calendar, since on the root they would reach projects too.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupPagePermission, Page

EVENT_MANAGERS = "Event managers"
#: What event managers may do on a calendar and the events below it.
CALENDAR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def let_event_managers_into_new_calendars(sender, instance, created, raw=False, **kwargs):
    """A calendar created after the migration (``load_demo``, the admin, a translation or
    ``sync_locales``' alias in a new language) is the event managers' to work in, like the
    calendars that existed then. Nothing happens where the group has been deleted."""
    if not created or raw:
        return
    group = Group.objects.filter(name=EVENT_MANAGERS).first()
    if group is None:
        return
    for permission in Permission.objects.filter(
        content_type=ContentType.objects.get_for_model(Page),
        codename__in=CALENDAR_PAGE_PERMISSIONS,
    ):
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=instance.pk, permission=permission
        )
