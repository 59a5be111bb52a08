"""Countries as ISO 3166-1 alpha-2 codes with names in the reader's language (django-countries)."""

from functools import lru_cache

from django.utils import translation
from django_countries import countries

from .errors import ContentError


@lru_cache(maxsize=2048)
def country_name(code: str, language_code: str) -> str:
    """The country's name in the language, from django-countries (fixed for the process)."""
    with translation.override(language_code):
        return str(countries.name(code))


def check_country_code(code: str) -> str:
    normalised = code.strip().upper()
    if normalised not in countries:
        raise ContentError(
            f'"{code}" is not an ISO 3166-1 alpha-2 country code (two letters, e.g. "SI", "LV").'
        )
    return normalised
