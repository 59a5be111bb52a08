"""The contract's operations carry what normalising client caches need: Apollo Client's
``InMemoryCache`` returned ``page: {}`` for every answer sent by persisted id while they lacked
``__typename`` (tests/clients/ runs the real clients)."""

import pytest
from django.core.management import CommandError, call_command
from graphql import parse

from cms.graphql import contract
from cms.graphql.client_cache import missing_identity


def problems_of(**files: str) -> list[str]:
    documents = {f"{name}.graphql": parse(text) for name, text in files.items()}
    return missing_identity(documents, contract.served_schema())


def test_every_selection_set_of_the_contract_names_its_type_and_id():
    assert contract.cache_identity_problems() == []


def test_a_selection_without_typename_is_named_with_its_file_and_line():
    problems = problems_of(
        Shell="query Shell {\n  locales { code name }\n}",
    )
    assert problems == [
        "Shell.graphql, line 2: the selection of locales (SiteLocale) lacks __typename."
    ]


def test_an_object_with_an_id_needs_it_selected():
    problems = problems_of(
        Venues='query Venues { venues(locale: "sl") { __typename name } }',
    )
    assert problems == ["Venues.graphql, line 1: the selection of venues (Venue) lacks id."]


def test_a_fragment_that_always_applies_counts_even_from_another_file():
    assert (
        problems_of(
            fragments="fragment VenueName on Venue { __typename id name }",
            Venues='query Venues { venues(locale: "sl") { ...VenueName } }',
        )
        == []
    )


def test_a_fragment_on_one_implementation_does_not_count_for_the_interface():
    problems = problems_of(
        Route=(
            'query Route { page(urlPath: "/") {\n  ... on EventPage { __typename id title }\n} }'
        ),
    )
    assert problems == [
        "Route.graphql, line 1: the selection of page (PageInterface) lacks __typename and id."
    ]


def test_export_refuses_operations_a_cache_cannot_read(settings, tmp_path):
    operations = tmp_path / "operations"
    operations.mkdir()
    (operations / "Shell.graphql").write_text("query Shell { locales { code } }\n")
    settings.HEADLESS_CONTRACT_DIR = tmp_path
    with pytest.raises(CommandError, match=r"Shell.graphql, line 1: .*locales \(SiteLocale\)"):
        call_command("export_contract", "--check")
