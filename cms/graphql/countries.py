"""Countries as the API serves them: an ISO 3166-1 alpha-2 code and the name in the reader's
language."""

import graphene

from cms.content.countries import country_name


class Country(graphene.ObjectType):
    code = graphene.String(required=True, description="ISO 3166-1 alpha-2, e.g. `LV`.")
    name = graphene.String(required=True, description="The country's name in the page's language.")


def country(code: str, language_code: str) -> Country:
    return Country(code=code, name=country_name(code, language_code))
