"""Show translatable snippets in the language of the page that uses them.

wagtail-localize copies a page's many-to-many links as they are, so an English page can point
at Slovene snippets (and a page translated by hand may too). The API shows each snippet's
version in the page's locale where there is one, and the original otherwise.
"""

from collections import defaultdict
from collections.abc import Iterable

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
    """``objects`` in ``locale_id`` where a translation exists. Pass the listing's shared
    ``cache`` (already warmed) to spend no query; without one this costs one query per model."""
    cache = {} if cache is None else cache
    warm_translations(objects, locale_id, cache)
    return [
        obj
        if obj.locale_id == locale_id
        else cache.get((type(obj), obj.translation_key, locale_id)) or obj
        for obj in objects
    ]
