"""How an app adds root queries to the public API, and what it declares with them.

The served schema keeps only root fields known to be safe (see ``schema``); an app's query
mixin joins them by being registered here, which also inserts it in front of grapple's mixins.
With the mixin, next to its resolvers, the app declares for every root field it serves how the
response cache tags its answers (``CacheTags``), and the most items its lists can hold (read by
``limits`` to cost a query). The shared caching and limits modules read only this registry, so a
new root field is added in one place, and a served root field with no cache tags stops the API
from starting (``check_root_fields``) instead of being cached under a guess.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Model
from graphene.types.mountedtype import MountedType
from graphene.types.unmountedtype import UnmountedType
from graphene.utils.str_converters import to_camel_case
from wagtail import hooks

#: A list's most items: a number, or a function reading it when asked (from the settings).
ListMaximum = int | Callable[[], int]

NO_MAXIMA: Mapping[str, ListMaximum] = MappingProxyType({})


@dataclass(frozen=True)
class CacheTags:
    """What a root field's answer shows besides the objects it resolves (those are tagged as
    they resolve), so that the response cache drops it when that changes: the pages of the
    requested locale (``pages:<locale>``: a page published later may belong in a lookup, list
    or search) and every instance of some snippet models (``snippets:<label>``: one added
    later belongs in a listing). Neither, for an answer that depends on no content."""

    locale_pages: bool = False
    snippet_models: tuple[type[Model], ...] = ()


#: Root fields that look up, list or search pages of one locale, or build answers from them.
LOCALE_PAGES = CacheTags(locale_pages=True)
#: Root fields whose answers depend on no content (the site's languages, a type's fields).
NO_CONTENT = CacheTags()


def snippets(*models: type[Model], locale_pages: bool = False) -> CacheTags:
    """Root fields that list (or pick per locale) instances of ``models``."""
    return CacheTags(locale_pages=locale_pages, snippet_models=models)


#: The root fields of the registered mixins: the schema serves these (and grapple's it keeps).
public_root_fields: set[str] = set()
_root_field_tags: dict[str, CacheTags] = {}
_list_maxima: dict[str, ListMaximum] = {}


def query_fields(mixin: type) -> set[str]:
    """The root fields ``mixin`` serves: every graphene field it declares, camel-cased."""
    return {
        to_camel_case(name)
        for name, value in vars(mixin).items()
        if isinstance(value, MountedType | UnmountedType)
    }


def register_public_queries(
    mixin: type,
    *,
    root_fields: Mapping[str, CacheTags],
    list_maxima: Mapping[str, ListMaximum] = NO_MAXIMA,
) -> type:
    """Serve every graphene field ``mixin`` declares as a root query. ``root_fields`` says, for
    each of them (by its GraphQL name) and no other, how its answers are tagged in the response
    cache; ``list_maxima`` the most items of lists it serves, by ``Type.field`` (a field of an
    interface covers its implementations)."""
    served = query_fields(mixin)
    missing = sorted(served - set(root_fields))
    extra = sorted(set(root_fields) - served)
    if missing or extra:
        problems = []
        if missing:
            problems.append(f"no cache tags for the root fields it serves: {', '.join(missing)}")
        if extra:
            problems.append(f"cache tags for root fields it does not serve: {', '.join(extra)}")
        raise ImproperlyConfigured(
            f"register_public_queries({mixin.__qualname__}) has " + "; and ".join(problems) + "."
        )
    describe_root_fields(root_fields, list_maxima=list_maxima)
    public_root_fields.update(served)

    @hooks.register("register_schema_query")
    def register(query_mixins):
        # First in the list wins: graphene takes a field from the first base that defines it.
        query_mixins.insert(0, mixin)

    return mixin


def describe_root_fields(
    root_fields: Mapping[str, CacheTags], *, list_maxima: Mapping[str, ListMaximum] = NO_MAXIMA
) -> None:
    """Declare the cache tags of root fields served by no registered mixin (grapple's own that
    the schema keeps), and list maxima. A name declared twice must be declared alike."""
    pairs = ((_root_field_tags, root_fields), (_list_maxima, list_maxima))
    for registry, declared in pairs:
        for name, value in declared.items():
            if registry.get(name, value) != value:
                raise ImproperlyConfigured(
                    f"{name} is declared twice, differently: {registry[name]!r} and {value!r}."
                )
    for registry, declared in pairs:
        registry.update(declared)


def _all_registered() -> None:
    """Registration runs when ``wagtail_hooks`` modules are imported: make sure they are."""
    hooks.search_for_hooks()


def root_field_tags(name: str) -> CacheTags:
    """How the answers of the root field ``name`` are tagged in the response cache."""
    _all_registered()
    try:
        return _root_field_tags[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"The root field {name} is served with no cache tags declared: register its "
            "mixin with register_public_queries(root_fields=...)."
        ) from None


def check_root_fields(served: Iterable[str]) -> None:
    """Refuse to serve root fields whose cache tags nobody declared. Run on the built schema."""
    _all_registered()
    if untagged := sorted(set(served) - set(_root_field_tags)):
        raise ImproperlyConfigured(
            f"These root fields are served with no cache tags declared: {', '.join(untagged)}. "
            "Register their mixin with register_public_queries(root_fields=...), or grapple's "
            "with describe_root_fields."
        )


def list_maxima() -> Mapping[str, ListMaximum]:
    """Every declared list maximum, by ``Type.field``."""
    _all_registered()
    return MappingProxyType(_list_maxima)


def list_maximum(field: str) -> int | None:
    """The most items the list ``Type.field`` can hold, if it was declared."""
    maximum = list_maxima().get(field)
    return maximum() if callable(maximum) else maximum
