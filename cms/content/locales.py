"""Which locale a request asks for, checked against the locales this site really has."""

from django.conf import settings
from wagtail.models import Locale

from . import formatting
from .context import context_of
from .errors import ContentError, Problem

LOCALE_ARGUMENT_HELP = "Language code, e.g. `sl` or `en`; the site's default language if omitted."


def _locales_by_code(request) -> dict[str, Locale]:
    """All locales, loaded once per request (one query) and kept in its context."""
    context = context_of(request)
    if context.locales_by_code is None:
        context.locales_by_code = {locale.language_code: locale for locale in Locale.objects.all()}
    return context.locales_by_code


def default_locale_code() -> str:
    return settings.LANGUAGE_CODE


def all_locale_codes(*, request=None) -> list[str]:
    return list(_locales_by_code(request))


def language_name(code: str) -> str:
    return formatting.language_name(code)


def resolve_locale(code: str | None, *, request=None) -> Locale:
    """The Locale for ``code`` (the site's default language when ``None``).

    Raises ``ContentError`` ``UNKNOWN_LOCALE``, listing the valid codes, when there is no
    such locale, rather than answering with an empty result.
    """
    locales = _locales_by_code(request)
    wanted = default_locale_code() if code is None else code.strip()
    try:
        locale = locales[wanted]
    except KeyError:
        valid = ", ".join(f'"{c}"' for c in sorted(locales)) or "none (run load_demo)"
        raise ContentError(
            f'Unknown locale "{code}". Valid locale codes: {valid}.',
            problem=Problem.UNKNOWN_LOCALE,
        ) from None
    # Rendering in this request (rich text links) follows the locale asked for.
    context_of(request).requested_locale = locale
    return locale


def is_fallback(obj, *, request) -> bool:
    """Served in another language than the one the request asked for (fallback on)."""
    requested = context_of(request).requested_locale
    return requested is not None and obj.locale_id != requested.pk


def locale_code_for_id(locale_id: int, *, request=None) -> str:
    for code, locale in _locales_by_code(request).items():
        if locale.pk == locale_id:
            return code
    return Locale.objects.get(pk=locale_id).language_code
