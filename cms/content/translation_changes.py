"""wagtail-localize's actions, announced like the page changes they amount to.

wagtail-localize sends no signals of its own, and its views write with plain saves and deletes:

Convert to alias (``wagtail_localize.views.convert.convert_to_alias``)
    turns a live translation into an alias of its source, a page in another language, which
    the API never serves (``selectors.public_pages``): the page leaves the site. It is
    announced as ``page.unpublished`` with the page's URLs and tags, exactly as an unpublish
    is, so caches, the sitemap and webhooks follow. It is noticed on the save that sets the
    page's ``alias_of``, whichever view or code makes it.
Stop syncing, restart, delete or sync a translation, translate its strings
    change no page, but the ``translationStatus`` the API reports for the live translation
    (``translation_status`` reads ``Translation``, ``TranslationSource``, ``TranslationLog``
    and ``StringTranslation``): announced as ``page.translation_changed`` for that page (a
    sync that publishes is announced by the publish too). Those records change by the hundred
    (machine translation writes one per string), so the pages they concern are collected and
    announced once, when the transaction commits; rewording a string a person translated
    changes no status and is not announced.
"""

import threading
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.db.models import F, Q
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Page

from .changes import (
    PAGE_PUBLISHED,
    PAGE_TRANSLATION_CHANGED,
    PAGE_UNPUBLISHED,
    ContentChange,
    absolute,
    announce,
    never_fails,
    page_change,
    page_tag,
)

# Convert to alias.

_BECOMES_ALIAS = "_content_change_becomes_alias"


@never_fails
def _before_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if instance.alias_of_id is None:
        return
    if update_fields is not None and not {"alias_of", "alias_of_id"} & set(update_fields):
        return
    before = Page.objects.filter(pk=instance.pk).values_list("alias_of_id", "live").first()
    if before is not None and before == (None, True):
        setattr(instance, _BECOMES_ALIAS, True)


@never_fails
def _on_page_saved(sender, instance, raw=False, **kwargs):
    if raw or not getattr(instance, _BECOMES_ALIAS, False):
        return
    delattr(instance, _BECOMES_ALIAS)
    source_locale_id = (
        Page.objects.filter(pk=instance.alias_of_id).values_list("locale_id", flat=True).first()
    )
    # An alias of a page in its own language shows that page's content, and stays public.
    left_the_site = source_locale_id != instance.locale_id
    announce(page_change(PAGE_UNPUBLISHED if left_the_site else PAGE_PUBLISHED, instance))


# Translation records.

_noted = threading.local()


def _note(kind: str, pk, locale_id=None) -> None:
    """Note a changed record: the translation into ``locale_id`` (every target when ``None``)
    of the object behind a ``TranslationSource`` (``kind`` "source") or a
    ``TranslationContext`` ("context"), or a ``TranslationLog`` ("log"), to be announced when
    the transaction commits. Notes from a transaction that rolled back go out with the next
    commit: a change announced twice, never one missed."""
    if pk is None:
        return
    items = getattr(_noted, "items", None)
    if items is None:
        items = _noted.items = set()
    items.add((kind, pk, locale_id))
    transaction.on_commit(_announce_noted, robust=True)


@never_fails
def _announce_noted() -> None:
    items = getattr(_noted, "items", None)
    if not items:
        return
    _noted.items = set()
    concerns = _Concerns.of(items)
    pages = (
        Page.objects.live()
        .filter(translation_key__in=concerns.keys())
        .exclude(Q(alias_of__isnull=False) & ~Q(alias_of__locale_id=F("locale_id")))
        .select_related("locale")
    )
    for page in pages:
        if concerns.cover(page):
            announce(translation_change(page))


@dataclass
class _Concerns:
    """Which live language versions the noted records are about: ``versions``, (translation
    key, locale id) pairs; ``all_but``, every version of a key but its source's locale (a
    source synced); ``unless_published``, versions a translation was applied to as a revision,
    unless that revision went live (then its publish announced it)."""

    versions: set = field(default_factory=set)
    all_but: dict = field(default_factory=dict)
    unless_published: dict = field(default_factory=dict)

    @classmethod
    def of(cls, items) -> "_Concerns":
        # Only called where wagtail-localize is an installed app (see ``connect``).
        from wagtail_localize.models import TranslationContext, TranslationLog, TranslationSource

        def ids(kind):
            return {pk for noted_kind, pk, _ in items if noted_kind == kind}

        sources = {
            pk: (key, locale_id)
            for pk, key, locale_id in TranslationSource.objects.filter(
                pk__in=ids("source")
            ).values_list("pk", "object_id", "locale_id")
        }
        contexts = dict(
            TranslationContext.objects.filter(pk__in=ids("context")).values_list("pk", "object_id")
        )
        concerns = cls()
        for kind, pk, locale_id in items:
            if kind == "context" and pk in contexts:
                concerns.versions.add((contexts[pk], locale_id))
            elif kind == "source" and pk in sources:
                key, source_locale_id = sources[pk]
                if locale_id is None:
                    concerns.all_but[key] = source_locale_id
                else:
                    concerns.versions.add((key, locale_id))
        for key, locale_id, revision_id in TranslationLog.objects.filter(
            pk__in=ids("log")
        ).values_list("source__object_id", "locale_id", "revision_id"):
            concerns.unless_published[(key, locale_id)] = revision_id
        return concerns

    def keys(self) -> set:
        return {key for key, _ in self.versions | set(self.unless_published)} | set(self.all_but)

    def cover(self, page: Page) -> bool:
        version = (page.translation_key, page.locale_id)
        if version in self.versions:
            return True
        if version in self.unless_published:
            return self.unless_published[version] != page.live_revision_id
        source_locale_id = self.all_but.get(page.translation_key)
        return source_locale_id is not None and source_locale_id != page.locale_id


def translation_change(page: Page) -> ContentChange:
    """A live translation whose reported ``translationStatus`` may have changed: the answers
    that show the page (its own tag) and its address."""
    url = absolute(page.get_url())
    return ContentChange(
        event=PAGE_TRANSLATION_CHANGED,
        label=page.specific_class._meta.label_lower,
        object_id=page.pk,
        locale=page.locale.language_code,
        title=page.title,
        urls=(url,) if url else (),
        tags=(page_tag(page.pk),),
    )


@never_fails
def _on_translation_changed(sender, instance, raw=False, **kwargs):
    # Translation saved (stopped, restarted) or deleted.
    if not raw:
        _note("source", instance.source_id, instance.target_locale_id)


@never_fails
def _on_source_synced(sender, instance, raw=False, **kwargs):
    if not raw:
        _note("source", instance.pk, None)


@never_fails
def _on_translation_applied(sender, instance, raw=False, **kwargs):
    # TranslationLog: the translation was saved, as a draft or published.
    if not raw:
        _note("log", instance.pk)


#: What the status counts of a string's translation, besides its being there.
_COUNTED_FIELDS = ("translation_type", "has_error")
_COUNTED_BEFORE = "_content_change_counted_before"


@never_fails
def _before_string_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk is not None:
        before = sender.objects.filter(pk=instance.pk).values_list(*_COUNTED_FIELDS).first()
        setattr(instance, _COUNTED_BEFORE, before)


@never_fails
def _on_string_translated(sender, instance, raw=False, **kwargs):
    # Added, deleted, or turned from a machine's into a person's, or valid into invalid: a
    # wording changed within a person's translation leaves the status as it was.
    before = instance.__dict__.pop(_COUNTED_BEFORE, None)
    if raw or before == tuple(getattr(instance, name) for name in _COUNTED_FIELDS):
        return
    _note("context", instance.context_id, instance.locale_id)


def connect() -> None:
    """Wire page saves and wagtail-localize's records to ``content_changed``
    (HeadlessConfig.ready)."""
    pre_save.connect(_before_page_saved, dispatch_uid="content-changes-alias-pre-save")
    post_save.connect(_on_page_saved, dispatch_uid="content-changes-alias-saved")
    if not apps.is_installed("wagtail_localize"):
        return
    # wagtail-localize is optional: its models can be imported only where it is installed.
    from wagtail_localize.models import (
        StringTranslation,
        Translation,
        TranslationLog,
        TranslationSource,
    )

    for signal in (post_save, post_delete):
        saved = signal is post_save
        signal.connect(
            _on_translation_changed,
            sender=Translation,
            dispatch_uid=f"content-changes-translation-{saved}",
        )
        signal.connect(
            _on_string_translated,
            sender=StringTranslation,
            dispatch_uid=f"content-changes-string-translation-{saved}",
        )
    pre_save.connect(
        _before_string_saved,
        sender=StringTranslation,
        dispatch_uid="content-changes-string-translation-pre-save",
    )
    post_save.connect(
        _on_source_synced, sender=TranslationSource, dispatch_uid="content-changes-source-synced"
    )
    post_save.connect(
        _on_translation_applied, sender=TranslationLog, dispatch_uid="content-changes-applied"
    )
