"""Countries as ISO 3166-1 alpha-2 codes with names in the reader's language (django-countries)."""

from functools import lru_cache

import graphene
from django.utils import translation
from django_countries import countries

from .errors import ApiError


class Country(graphene.ObjectType):
    code = graphene.String(required=True, description="ISO 3166-1 alpha-2, e.g. `LV`.")
    name = graphene.String(required=True, description="The country's name in the page's language.")


def country(code: str, language_code: str) -> Country:
    return Country(code=code, name=country_name(code, language_code))


@lru_cache(maxsize=2048)
def country_name(code: str, language_code: str) -> str:
    """The country's name in the language, from django-countries (fixed for the process)."""
    with translation.override(language_code):
        return str(countries.name(code))


def check_country_code(code: str) -> str:
    normalised = code.strip().upper()
    if normalised not in countries:
        raise ApiError(
            f'"{code}" is not an ISO 3166-1 alpha-2 country code (two letters, e.g. "SI", "LV").'
        )
    return normalised
