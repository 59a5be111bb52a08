"""Where each translation stands: the statuses the API reports and the translators' report.

A page's status is one of:

``SOURCE``
    The original: a page in the default language, or one with no version in the language it was
    translated from.
``UP_TO_DATE``
    A translation that matches its source as last published.
``OUTDATED``
    The source changed after the translation was last brought up to date, or some of the
    source's strings have no translation (readers see the source language there). An untranslated
    wagtail-localize alias reports ``OUTDATED`` too: it shows the source language's text.
``MACHINE_TRANSLATED``
    An up-to-date wagtail-localize translation with strings a machine translated that nobody has
    reviewed yet (editing a string in the translation editor makes it a person's translation).

wagtail-localize itself only says "Up to date" or "Waiting for translations" (every string of
the source translated, or not: ``Translation.get_status_display``); it does not notice a source
that changed since its content was last extracted ("synced"), and ``Translation``'s
``translations_last_updated_at``/``destination_last_updated_at`` are never written. So a
wagtail-localize translation is ``OUTDATED`` when

* the source page was published after its ``TranslationSource`` was last synced
  (``last_updated_at``), or
* the translation was last applied (a ``TranslationLog``) before that sync, or
* some of the source's strings have no (valid) translation, as localize counts them.

Those records describe the page only while wagtail-localize produced its current revision
(the one the latest ``TranslationLog`` for it points to). A translation made without
wagtail-localize (``copy_for_translation``), or whose content was written outside it, compares
publication times instead: it is ``OUTDATED`` when its source was published after it.

A source republished without changes counts as a change until it is synced.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)


class TranslationStatus(StrEnum):
    SOURCE = "SOURCE"
    UP_TO_DATE = "UP_TO_DATE"
    OUTDATED = "OUTDATED"
    MACHINE_TRANSLATED = "MACHINE_TRANSLATED"


#: Report statuses: no translation readers can see, or one that is behind its source.
UNTRANSLATED = "UNTRANSLATED"
OUTDATED = TranslationStatus.OUTDATED.value

_PAGE_FIELDS = (
    "pk",
    "translation_key",
    "locale_id",
    "locale__language_code",
    "alias_of_id",
    "alias_of__locale_id",
    "live",
    "last_published_at",
    "latest_revision_created_at",
    "live_revision_id",
    "latest_revision_id",
)


def translation_status(page: Page) -> str:
    """The status of one page (see the module's docstring)."""
    return translation_statuses([page])[page.pk]


def translation_statuses(pages: Iterable[Page]) -> dict[int, str]:
    """``{page.pk: status}`` for a listing, in two queries however many pages there are.

    The pages' own rows are read again (with every version of them in other languages), so
    pages loaded with ``only()``/``defer()`` cost no extra query.
    """
    return _statuses({page.pk for page in pages if page.pk is not None})


def _statuses(pks: set[int]) -> dict[int, str]:
    if not pks:
        return {}
    rows = list(
        Page.objects.filter(
            translation_key__in=Page.objects.filter(pk__in=pks).values("translation_key")
        ).values(*_PAGE_FIELDS)
    )
    versions: dict = defaultdict(dict)
    for row in rows:
        versions[row["translation_key"]][row["locale_id"]] = row
    targets = [row for row in rows if row["pk"] in pks]
    localize = _localize_translations(
        keys={row["translation_key"] for row in targets},
        locale_ids={row["locale_id"] for row in targets},
    )
    default_code = default_language_code()
    return {
        row["pk"]: _page_status(
            row,
            versions[row["translation_key"]],
            localize.get((row["translation_key"], row["locale_id"])),
            default_code,
        )
        for row in targets
    }


def default_language_code() -> str:
    """The default locale's language code, as ``Locale.get_default()`` finds it (no query)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def _count(queryset) -> Coalesce:
    """The number of rows of ``queryset`` (correlated with OuterRef) as a subquery."""
    counted = queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")[:1]
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def _localize_translations(*, keys, locale_ids) -> dict:
    """wagtail-localize's records for the objects ``keys`` into ``locale_ids``, with localize's
    own progress count (``Translation.get_progress``) and the latest time each was applied:
    ``{(translation_key, target_locale_id): row}``, in one query."""
    if not keys:
        return {}
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    valid = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )
    logs = TranslationLog.objects.filter(
        source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
    ).order_by("-created_at", "-pk")
    translations = (
        Translation.objects.filter(source__object_id__in=keys, target_locale_id__in=locale_ids)
        .annotate(
            total_segments=_count(segments),
            translated_segments=_count(segments.filter(Exists(valid))),
            machine_segments=_count(
                segments.filter(
                    Exists(
                        valid.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
                    )
                )
            ),
            last_applied_at=Subquery(logs.values("created_at")[:1]),
            last_applied_revision_id=Subquery(logs.values("revision_id")[:1]),
        )
        .values(
            "pk",
            "enabled",
            "target_locale_id",
            "source_id",
            "source__object_id",
            "source__locale_id",
            "source__last_updated_at",
            "total_segments",
            "translated_segments",
            "machine_segments",
            "last_applied_at",
            "last_applied_revision_id",
        )
        # Should two sources be translated into one locale, the enabled and latest one counts.
        .order_by("enabled", "source__last_updated_at", "pk")
    )
    return {(row["source__object_id"], row["target_locale_id"]): row for row in translations}


def _page_status(row, versions, localize, default_code) -> str:
    if row["locale__language_code"] == default_code:
        return TranslationStatus.SOURCE
    if row["alias_of_id"] is not None and row["alias_of__locale_id"] != row["locale_id"]:
        return TranslationStatus.OUTDATED
    default_version = next(
        (
            version
            for version in versions.values()
            if version["locale__language_code"] == default_code
        ),
        None,
    )
    source = versions.get(localize["source__locale_id"]) if localize else default_version
    if source is None or source["pk"] == row["pk"]:
        return TranslationStatus.SOURCE
    current_revision_id = row["live_revision_id"] if row["live"] else row["latest_revision_id"]
    if (
        localize is not None
        and localize["enabled"]
        and localize["last_applied_revision_id"] is not None
        and localize["last_applied_revision_id"] == current_revision_id
    ):
        return _localize_status(localize, source_changed_at=source["last_published_at"])
    translated_at = row["last_published_at"] or row["latest_revision_created_at"]
    if _later(source["last_published_at"], translated_at):
        return TranslationStatus.OUTDATED
    return TranslationStatus.UP_TO_DATE


def _later(moment: datetime | None, than: datetime | None) -> bool:
    """True when ``moment`` is known and after ``than`` (or ``than`` never happened)."""
    return moment is not None and (than is None or moment > than)


def _localize_status(localize, *, source_changed_at: datetime | None) -> str:
    synced_at = localize["source__last_updated_at"]
    if (
        _later(source_changed_at, synced_at)
        or _later(synced_at, localize["last_applied_at"])
        or localize["translated_segments"] < localize["total_segments"]
    ):
        return TranslationStatus.OUTDATED
    if localize["machine_segments"]:
        return TranslationStatus.MACHINE_TRANSLATED
    return TranslationStatus.UP_TO_DATE


# The translators' report.


@dataclass(frozen=True)
class ReportRow:
    status: str  # UNTRANSLATED or OUTDATED
    kind: str  # "page" or "snippet"
    type: str  # the model's verbose name, e.g. "project page"
    title: str
    edit_url: str  # admin path: the translation's (or its draft's or alias's), else the source's
    translation_key: str


def untranslated_and_outdated(locale: Locale | str) -> list[ReportRow]:
    """What translators into ``locale`` have to do: live pages and translatable snippets with
    no (live, non-alias) version in ``locale``, and the ``locale`` versions that are
    ``OUTDATED``. Pages first (untranslated, then outdated, in tree order), then snippets by
    model (untranslated, then outdated, oldest first).

    The default language's version is the source shown for an untranslated item; content that
    exists only in other languages is listed with its first version. A snippet translated
    without wagtail-localize has no timestamps to compare, so it is never reported outdated.
    """
    if isinstance(locale, str):
        locale = Locale.objects.get(language_code=locale)
    return _page_rows(locale) + _snippet_rows(locale)


def _page_rows(locale: Locale) -> list[ReportRow]:
    default_code = default_language_code()
    pages = list(
        Page.objects.filter(depth__gt=1, live=True)
        .exclude(alias_of__isnull=False)
        .order_by("path")
        .values(
            "pk",
            "title",
            "translation_key",
            "locale_id",
            "locale__language_code",
            "content_type_id",
        )
    )
    by_key = defaultdict(list)
    for page in pages:
        by_key[page["translation_key"]].append(page)
    # Where an untranslated page is edited in this language: its draft or wagtail-localize's
    # alias (whose editor offers "Translate this page").
    placeholders = dict(
        Page.objects.filter(locale=locale, depth__gt=1)
        .filter(Q(live=False) | Q(alias_of__isnull=False))
        .values_list("translation_key", "pk")
    )
    rows = []
    translated = []
    for key, group in by_key.items():
        in_locale = [page for page in group if page["locale_id"] == locale.pk]
        if in_locale:
            translated.extend(in_locale)
            continue
        source = next(
            (page for page in group if page["locale__language_code"] == default_code), group[0]
        )
        rows.append(_page_row(UNTRANSLATED, source, key, edit_pk=placeholders.get(key)))
    statuses = _statuses({page["pk"] for page in translated})
    rows.extend(
        _page_row(OUTDATED, page, page["translation_key"])
        for page in translated
        if statuses.get(page["pk"]) == TranslationStatus.OUTDATED
    )
    return rows


def _page_row(status: str, page: dict, key, *, edit_pk: int | None = None) -> ReportRow:
    model = ContentType.objects.get_for_id(page["content_type_id"]).model_class() or Page
    return ReportRow(
        status=status,
        kind="page",
        type=str(model._meta.verbose_name),
        title=page["title"],
        edit_url=reverse("wagtailadmin_pages:edit", args=[edit_pk or page["pk"]]),
        translation_key=str(key),
    )


def translatable_snippet_models() -> list[type]:
    """The snippet models with a version per language, e.g. target groups and venues."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _snippet_rows(locale: Locale) -> list[ReportRow]:
    default_code = default_language_code()
    url_finder = AdminURLFinder()
    rows = []
    for model in translatable_snippet_models():
        by_key = defaultdict(list)
        for instance in model.objects.select_related("locale").order_by("pk"):
            if getattr(instance, "live", True):
                by_key[instance.translation_key].append(instance)
        translated = {}
        for key, group in by_key.items():
            in_locale = [instance for instance in group if instance.locale_id == locale.pk]
            if in_locale:
                translated[key] = in_locale[0]
                continue
            source = next((i for i in group if i.locale.language_code == default_code), group[0])
            rows.append(_snippet_row(UNTRANSLATED, source, url_finder))
        for key in _outdated_snippet_keys(model, translated, locale):
            rows.append(_snippet_row(OUTDATED, translated[key], url_finder))
    return rows


def _snippet_row(status: str, instance, url_finder: AdminURLFinder) -> ReportRow:
    model = type(instance)
    edit_url = url_finder.get_edit_url(instance) or reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit",
        args=[quote(instance.pk)],
    )
    return ReportRow(
        status=status,
        kind="snippet",
        type=str(model._meta.verbose_name),
        title=str(instance),
        edit_url=edit_url,
        translation_key=str(instance.translation_key),
    )


def _outdated_snippet_keys(model, translated: dict, locale: Locale) -> list:
    """The keys of ``translated`` (``{translation_key: instance in locale}``) whose enabled
    wagtail-localize translation is behind its source. Snippets have no publication times, so
    a change since the last sync is found by comparing the source's content with the content
    localize extracted, as ``TranslationSource.update_or_create_from_instance`` does."""
    localize = _localize_translations(keys=set(translated), locale_ids={locale.pk})
    sources = {
        source.pk: source
        for source in TranslationSource.objects.filter(
            pk__in=[row["source_id"] for row in localize.values() if row["enabled"]]
        )
    }
    outdated = []
    for key in translated:
        row = localize.get((key, locale.pk))
        if row is None or not row["enabled"] or row["source__locale_id"] == locale.pk:
            continue
        source = sources[row["source_id"]]
        try:
            original = source.get_source_instance()
        except ObjectDoesNotExist:
            continue
        if _content_json(original) != json.loads(source.content_json) or (
            _localize_status(row, source_changed_at=None) == TranslationStatus.OUTDATED
        ):
            outdated.append(key)
    return outdated


def _content_json(instance) -> dict:
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))
