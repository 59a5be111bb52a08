"""The committed contract files match the served schema, and the schema keeps the promises of
its release: a breaking change fails here unless the major version is bumped."""

import difflib
import hashlib
import json
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from graphql import build_schema, parse, print_schema, validate

from cms.graphql import contract

RELEASE = """
type Query { project(slug: String!): Project }
type Project { title: String! summary: String! year: Int }
"""

CHANGELOG = "# Changelog\n\n## 1.1.0\n\n- Added things.\n"


def readable_diff(committed: str, generated: str, name: str) -> str:
    return "".join(
        difflib.unified_diff(
            committed.splitlines(keepends=True),
            generated.splitlines(keepends=True),
            fromfile=f"{name} (committed)",
            tofile=f"{name} (served)",
        )
    )


def test_committed_sdl_is_the_served_schema():
    committed = (contract.contract_dir() / contract.SCHEMA_FILE).read_text()
    served = contract.schema_sdl()
    assert committed == served, (
        "frontend_contract/schema.graphql differs from the schema the server serves; review "
        "the change and run `make contract`:\n" + readable_diff(committed, served, "schema")
    )


def test_committed_manifest_matches_the_operations():
    committed = (contract.contract_dir() / contract.MANIFEST_FILE).read_text()
    generated = contract.manifest_json(contract.load_operations())
    assert committed == generated, "Run `make contract`:\n" + readable_diff(
        committed, generated, contract.MANIFEST_FILE
    )


def test_manifest_ids_are_the_sha256_of_what_a_client_sends():
    manifest = json.loads((contract.contract_dir() / contract.MANIFEST_FILE).read_text())
    for operation in manifest["operations"]:
        assert operation["id"] == hashlib.sha256(operation["body"].encode()).hexdigest()


@pytest.mark.parametrize("name", sorted(contract.load_operations()))
def test_every_operation_validates_against_the_schema(name):
    operation = contract.load_operations()[name]
    errors = validate(contract.served_schema(), parse(operation.document))
    assert not errors, [error.message for error in errors]


def test_the_served_schema_keeps_the_release_of_its_major_version():
    problems = contract.current_compatibility_problems()
    assert not problems, "\n".join(problems)


def test_every_release_has_a_changelog_entry():
    changelog = (contract.contract_dir() / contract.CHANGELOG_FILE).read_text()
    releases = sorted((contract.contract_dir() / contract.RELEASES_DIR).glob("v*.graphql"))
    assert releases
    for release in releases:
        major = release.stem.removeprefix("v")
        assert f"\n## {major}." in changelog, f"No CHANGELOG entry for {release.name}"


def served(sdl: str):
    return build_schema(sdl)


def test_removing_a_field_is_reported_with_what_broke():
    current = served(RELEASE.replace("summary: String! ", ""))

    problems = contract.compatibility_problems(
        release_sdl=RELEASE, version="1.1.0", changelog=CHANGELOG, schema=current
    )

    assert problems[0] == "Breaking change against v1: Project.summary was removed."
    assert "bump the major version" in problems[-1]


def test_changing_a_field_type_is_reported_with_what_broke():
    current = served(RELEASE.replace("year: Int", "year: String"))

    problems = contract.compatibility_problems(
        release_sdl=RELEASE, version="1.1.0", changelog=CHANGELOG, schema=current
    )

    assert "Breaking change against v1: Project.year changed type from Int to String." in problems


def test_adding_a_field_or_deprecating_one_is_not_breaking():
    current = served(
        RELEASE.replace("year: Int", 'year: Int @deprecated(reason: "Use years.") years: [Int!]')
    )

    assert (
        contract.compatibility_problems(
            release_sdl=RELEASE, version="1.1.0", changelog=CHANGELOG, schema=current
        )
        == []
    )


def test_a_breaking_change_passes_once_the_major_version_is_bumped_and_released():
    current = served(RELEASE.replace("summary: String! ", ""))
    # `make contract-release` after bumping VERSION to 2.0.0 records the new schema as v2.
    release_v2 = print_schema(current)

    problems = contract.compatibility_problems(
        release_sdl=release_v2,
        version="2.0.0",
        changelog=CHANGELOG + "\n## 2.0.0\n\n- Removed Project.summary.\n",
        schema=current,
    )

    assert problems == []


def test_a_bumped_version_needs_a_changelog_entry_and_a_release():
    problems = contract.compatibility_problems(
        release_sdl=None, version="2.0.0", changelog=CHANGELOG, schema=served(RELEASE)
    )

    assert problems == [
        "CHANGELOG.md has no entry for version 2.0.0 ('## 2.0.0').",
        "There is no released schema for major version 2 (releases/v2.graphql): "
        "run `make contract-release`.",
    ]


@pytest.fixture
def contract_copy(tmp_path, settings):
    """A copy of frontend_contract/ the commands may write to."""
    shutil.copytree(contract.contract_dir(), tmp_path / "contract", ignore=_node_modules)
    settings.HEADLESS_CONTRACT_DIR = tmp_path / "contract"
    return tmp_path / "contract"


def _node_modules(directory, names):
    return [name for name in names if name == "node_modules"]


def test_export_contract_check_fails_with_a_diff_when_a_file_is_stale(contract_copy):
    schema_file = contract_copy / contract.SCHEMA_FILE
    schema_file.write_text(schema_file.read_text().replace("type ProjectPage", "type Old"))
    stderr = StringIO()

    with pytest.raises(CommandError, match="Out of date: schema.graphql. Run `make contract`."):
        call_command("export_contract", "--check", stdout=StringIO(), stderr=stderr)

    assert "-type Old implements PageInterface" in stderr.getvalue()
    assert "+type ProjectPage implements PageInterface" in stderr.getvalue()


def test_export_contract_refuses_to_rewrite_a_release_it_breaks(contract_copy):
    release = contract_copy / contract.RELEASES_DIR / "v1.graphql"
    release.write_text(
        release.read_text().replace("type Query {", "type Query {\n  removedField: Int")
    )

    with pytest.raises(CommandError, match="Query.removedField was removed"):
        call_command("export_contract", "--release", stdout=StringIO())
