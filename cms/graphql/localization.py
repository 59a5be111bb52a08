"""Show translatable snippets in the language of the page that uses them.

wagtail-localize copies a page's many-to-many links as they are, so an English page can point
at Slovene snippets (and a page translated by hand may too). The API shows each snippet's
version in the page's locale where there is one, and the original otherwise.
"""

from collections import defaultdict
from collections.abc import Iterable

import graphene
from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from grapple.models import GraphQLField, GraphQLString

from cms.content.listing import listing_of
from cms.content.locales import is_fallback
from cms.content.selectors import fallback_enabled

#: (model, translation_key, locale_id) -> the translation, or None when there is none.
TranslationCache = dict


def warm_translations(objects: Iterable, locale_id: int, cache: TranslationCache) -> None:
    """Look up the ``locale_id`` versions of ``objects`` in one query per model."""
    wanted = defaultdict(set)
    for obj in objects:
        if obj.locale_id != locale_id and (type(obj), obj.translation_key, locale_id) not in cache:
            wanted[type(obj)].add(obj.translation_key)
    for model, keys in wanted.items():
        for key in keys:
            cache[(model, key, locale_id)] = None
        for translation in model.objects.filter(translation_key__in=keys, locale_id=locale_id):
            cache[(model, translation.translation_key, locale_id)] = translation


def localized(objects: list, locale_id: int, cache: TranslationCache | None = None) -> list:
    """``objects`` in ``locale_id``. One without a translation is served as it is when
    fallback is on (it says so with ``isFallback``) and left out otherwise. Pass the listing's
    shared ``cache`` (already warmed) to spend no query; without one this costs one query per
    model."""
    cache = {} if cache is None else cache
    warm_translations(objects, locale_id, cache)
    served = []
    for obj in objects:
        if obj.locale_id != locale_id:
            obj = cache.get((type(obj), obj.translation_key, locale_id)) or (
                obj if fallback_enabled() else None
            )
        if obj is not None:
            served.append(obj)
    return served


def localized_for_listing(item, name: str, snippets_of) -> list:
    """``snippets_of(item)`` (the snippets ``item`` links to, loaded already: see
    ``listing.prefetch``) in ``item``'s locale.

    The first item of a listing to ask looks up the translations for every item of the
    listing under ``name``: no query where every snippet is in its page's language, else one
    per snippet model and locale.
    """
    listing = listing_of(item)

    def warm(items: list) -> None:
        by_locale = defaultdict(list)
        for other in items:
            by_locale[other.locale_id].extend(snippets_of(other))
        for locale_id, objects in by_locale.items():
            warm_translations(objects, locale_id, listing.snippet_translations)

    listing.load(("snippet translations", name), warm)
    return localized(list(snippets_of(item)), item.locale_id, listing.snippet_translations)


class ServedLocaleMixin:
    """For translatable snippets: what the API says about the language each one is served in
    (see ``served_locale_graphql_fields``)."""

    @property
    def locale_code(self) -> str:
        return self.locale.language_code

    def served_as_fallback(self, info) -> bool:
        return is_fallback(self, request=info.context)


def served_locale_graphql_fields() -> list:
    return [
        GraphQLString("locale", source="locale_code", required=True),
        GraphQLField("is_fallback", graphene.Boolean, source="served_as_fallback", required=True),
    ]


#: The most rows a snippet listing returns (taxonomies and venues are short lists).
MAX_SNIPPETS = 500


def snippets_in_locale(model, locale):
    """A translatable snippet model's rows in ``locale`` (at most ``MAX_SNIPPETS``); with
    fallback on, also the default language's rows that have no ``locale`` version (they say
    ``isFallback``)."""
    rows = model.objects.select_related("locale")
    if not fallback_enabled() or locale.language_code == settings.LANGUAGE_CODE:
        return rows.filter(locale=locale)[:MAX_SNIPPETS]
    translated = model.objects.filter(locale=locale, translation_key=OuterRef("translation_key"))
    return rows.filter(
        Q(locale=locale) | (Q(locale__language_code=settings.LANGUAGE_CODE) & ~Exists(translated))
    )[:MAX_SNIPPETS]
