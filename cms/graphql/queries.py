"""Root page queries, locale-aware and public-only.

grapple's own ``page``, ``pages`` and ``search`` know nothing of locales and ``search`` returns
unpublished pages; this mixin is inserted in front of grapple's (see ``wagtail_hooks``), and
graphene takes each field from the first base class that defines it.
"""

import graphene
from django.contrib.contenttypes.models import ContentType
from grapple.types.interfaces import get_page_interface
from grapple.types.structures import QuerySetList
from grapple.utils import resolve_queryset
from wagtail.models import Page

from cms.content.locales import (
    LOCALE_ARGUMENT_HELP,
    all_locale_codes,
    default_locale_code,
    language_name,
    resolve_locale,
)
from cms.content.selectors import (
    fallback_enabled,
    prepare_for_listing,
    public_pages,
    search_public_pages,
    searchable,
)

from .arguments import check_limit, max_page_size
from .errors import ApiError, ErrorCode
from .preview import preview_page


def _content_type_filter(pages, content_type: str):
    """Filter by ``app_label.ModelName``; several may be given, separated by commas."""
    content_types = []
    for name in content_type.split(","):
        app_label, dot, model = name.strip().partition(".")
        if not dot or not app_label or not model:
            raise ApiError(
                f'contentType "{name.strip()}" is not of the form "app_label.ModelName", '
                'e.g. "project_pages.ProjectPage".'
            )
        try:
            content_types.append(ContentType.objects.get_by_natural_key(app_label, model.lower()))
        except ContentType.DoesNotExist:
            raise ApiError(f'Unknown contentType "{name.strip()}".') from None
    return pages.filter(content_type__in=content_types)


class SiteLocale(graphene.ObjectType):
    """A language the site publishes in."""

    code = graphene.String(required=True, description="e.g. `sl`; pass it as `locale`.")
    name = graphene.String(required=True, description="The language's name in itself.")
    is_default = graphene.Boolean(required=True)


class PublicPageQueries:
    locales = graphene.List(
        graphene.NonNull(SiteLocale),
        required=True,
        description="The site's languages, the default first: for a language switcher.",
    )
    pages = QuerySetList(
        graphene.NonNull(get_page_interface),
        locale=graphene.Argument(graphene.String, description=LOCALE_ARGUMENT_HELP),
        content_type=graphene.Argument(
            graphene.String,
            description="Filter by content type, `app_label.ModelName`; comma-separated.",
        ),
        enable_search=True,
        enable_in_menu=True,
        required=True,
        description="Published, public pages of one locale.",
    )
    page = graphene.Field(
        get_page_interface,
        id=graphene.ID(),
        slug=graphene.String(),
        translation_key=graphene.UUID(
            description="A page's `translationKey`: its version in `locale`."
        ),
        url_path=graphene.String(
            description="Path below the locale's home page, e.g. `/projekti/`."
        ),
        token=graphene.String(description="Preview token from wagtail-headless-preview."),
        content_type=graphene.String(),
        locale=graphene.Argument(graphene.String, description=LOCALE_ARGUMENT_HELP),
        description="One published, public page of one locale, or null when there is none.",
    )
    search = graphene.List(
        graphene.NonNull(get_page_interface),
        query=graphene.String(required=True),
        locale=graphene.Argument(graphene.String, description=LOCALE_ARGUMENT_HELP),
        limit=graphene.Int(description="At most this many results."),
        required=True,
        description="Full-text search over the published, public pages of one locale.",
    )

    def resolve_locales(self, info):
        default = default_locale_code()
        codes = sorted(all_locale_codes(request=info.context), key=lambda code: code != default)
        return [
            SiteLocale(code=code, name=language_name(code), is_default=code == default)
            for code in codes
        ]

    def resolve_pages(self, info, locale=None, content_type=None, **kwargs):
        pages = public_pages(locale=resolve_locale(locale, request=info.context))
        if content_type:
            pages = _content_type_filter(pages, content_type)
        if kwargs.get("search_query"):
            pages = searchable(pages)
        return prepare_for_listing(resolve_queryset(pages.specific(), info, **kwargs))

    def resolve_page(self, info, locale=None, **kwargs):
        if token := kwargs.get("token"):
            return preview_page(token, request=info.context)
        lookups = [
            name for name in ("id", "slug", "url_path", "translation_key") if kwargs.get(name)
        ]
        if len(lookups) != 1:
            raise ApiError(
                "Give exactly one of id, slug, urlPath, translationKey or token to look up a page."
            )
        language = resolve_locale(locale, request=info.context)
        pages = public_pages(locale=language)
        if content_type := kwargs.get("content_type"):
            pages = _content_type_filter(pages, content_type)
        if page_id := kwargs.get("id"):
            pages = pages.filter(pk=page_id) if str(page_id).isdigit() else pages.none()
        elif slug := kwargs.get("slug"):
            pages = pages.filter(slug=slug)
        elif translation_key := kwargs.get("translation_key"):
            pages = pages.filter(translation_key=translation_key)
        else:
            pages = _filter_by_url_path(pages, language, kwargs["url_path"])
        matches = list(pages.specific()[:2])
        if len(matches) > 1:
            raise ApiError(
                f"More than one {language.language_code} page has this "
                f"{lookups[0]}; look the page up by urlPath or id instead.",
                code=ErrorCode.AMBIGUOUS_LOOKUP,
            )
        return matches[0] if matches else None

    def resolve_search(self, info, query, locale=None, limit=None):
        check_limit(limit)
        results = search_public_pages(
            query=query,
            locale=resolve_locale(locale, request=info.context),
            limit=limit or max_page_size(),
        )
        return prepare_for_listing(results)


def _filter_by_url_path(pages, locale, url_path: str):
    """Match ``url_path`` below the locale's home page: ``/`` is the home page itself. With
    fallback on, a default-language page is found by its own path too."""
    path = "/" + url_path.strip("/") + "/" if url_path.strip("/") else "/"
    languages = {locale.language_code}
    if fallback_enabled():
        languages.add(default_locale_code())
    home_paths = Page.objects.filter(depth=2, locale__language_code__in=languages).values_list(
        "url_path", flat=True
    )
    candidates = [home.rstrip("/") + path for home in home_paths]
    return pages.filter(url_path__in=candidates)
