"""The frontend contract: the schema's SDL, the named operations frontends run, and the
manifest of persisted operations built from them.

Frontend teams build against files committed in ``HEADLESS_CONTRACT_DIR``
(``frontend_contract/``): ``schema.graphql``, ``operations/*.graphql`` and
``persisted-operations.json``. This module produces and checks them; ``manage.py
export_contract`` writes them and the contract tests compare them with the served schema.
"""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from graphql import (
    BreakingChange,
    DangerousChange,
    DocumentNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSchema,
    OperationDefinitionNode,
    build_schema,
    find_breaking_changes,
    find_dangerous_changes,
    parse,
    print_ast,
    print_schema,
    visit,
)
from graphql.language import Visitor

from .client_cache import missing_identity
from .conf import api_settings
from .schema import schema

SCHEMA_FILE = "schema.graphql"
MANIFEST_FILE = "persisted-operations.json"
VERSION_FILE = "VERSION"
CHANGELOG_FILE = "CHANGELOG.md"
OPERATIONS_DIR = "operations"
RELEASES_DIR = "releases"


def contract_dir() -> Path:
    return api_settings().contract_dir


def served_schema() -> GraphQLSchema:
    return schema.graphql_schema


def schema_sdl(schema: GraphQLSchema | None = None) -> str:
    return print_schema(schema or served_schema()) + "\n"


@dataclass(frozen=True)
class Operation:
    """One named operation of ``operations/``, with every fragment it uses, as the single
    document a client sends: what the persisted-operation hash is computed from."""

    name: str
    kind: str
    document: str
    source: Path

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.document.encode()).hexdigest()


class ContractError(Exception):
    """The operations directory cannot be turned into documents (duplicate names, a missing
    fragment, an anonymous operation)."""


class _FragmentSpreads(Visitor):
    def __init__(self):
        super().__init__()
        self.names: set[str] = set()

    def enter_fragment_spread(self, node: FragmentSpreadNode, *_):
        self.names.add(node.name.value)


def _spreads(node) -> set[str]:
    visitor = _FragmentSpreads()
    visit(node, visitor)
    return visitor.names


def load_operations(directory: Path | None = None) -> dict[str, Operation]:
    """Every operation in ``operations/*.graphql``, by name, each self-contained: the
    operation followed by the fragments it uses (directly or through other fragments), sorted
    by name, printed by graphql-core so the text (and its hash) does not depend on layout."""
    directory = directory or contract_dir() / OPERATIONS_DIR
    fragments: dict[str, FragmentDefinitionNode] = {}
    definitions: list[tuple[OperationDefinitionNode, Path]] = []
    for path in sorted(directory.glob("*.graphql")):
        for definition in parse(path.read_text(), no_location=True).definitions:
            if isinstance(definition, FragmentDefinitionNode):
                name = definition.name.value
                if name in fragments:
                    raise ContractError(f"Fragment {name} is defined twice ({path.name}).")
                fragments[name] = definition
            elif isinstance(definition, OperationDefinitionNode):
                if definition.name is None:
                    raise ContractError(f"{path.name} has an anonymous operation; name it.")
                definitions.append((definition, path))

    operations: dict[str, Operation] = {}
    for definition, path in definitions:
        name = definition.name.value
        if name in operations:
            raise ContractError(f"Operation {name} is defined twice ({path.name}).")
        used: set[str] = set()
        pending = _spreads(definition)
        while pending:
            fragment_name = pending.pop()
            if fragment_name in used:
                continue
            if fragment_name not in fragments:
                raise ContractError(f"{name} uses fragment {fragment_name}, defined nowhere.")
            used.add(fragment_name)
            pending |= _spreads(fragments[fragment_name])
        document = DocumentNode(definitions=(definition, *(fragments[f] for f in sorted(used))))
        operations[name] = Operation(
            name=name,
            kind=definition.operation.value,
            document=print_ast(document),
            source=path,
        )
    return dict(sorted(operations.items()))


def cache_identity_problems(directory: Path | None = None) -> list[str]:
    """Where ``operations/`` lacks the ``__typename`` or ``id`` that normalising client caches
    need (``client_cache``); empty when nothing does."""
    directory = directory or contract_dir() / OPERATIONS_DIR
    documents = {path.name: parse(path.read_text()) for path in sorted(directory.glob("*.graphql"))}
    return missing_identity(documents, served_schema())


def persisted_manifest(operations: dict[str, Operation]) -> dict:
    """Apollo's persisted-query manifest format, which Apollo Client and GraphQL Code
    Generator's tooling read."""
    return {
        "format": "apollo-persisted-query-manifest",
        "version": 1,
        "operations": [
            {"id": op.sha256, "name": op.name, "type": op.kind, "body": op.document}
            for op in operations.values()
        ],
    }


def manifest_json(operations: dict[str, Operation]) -> str:
    return json.dumps(persisted_manifest(operations), indent=2, ensure_ascii=False) + "\n"


def contract_version() -> str:
    return (contract_dir() / VERSION_FILE).read_text().strip()


def release_path(major: int) -> Path:
    return contract_dir() / RELEASES_DIR / f"v{major}.graphql"


@dataclass
class Compatibility:
    breaking: list[BreakingChange]
    dangerous: list[DangerousChange]


def compare_with_release(release_sdl: str, schema: GraphQLSchema | None = None) -> Compatibility:
    """What changed for clients between a released SDL and ``schema`` (the served one)."""
    released = build_schema(release_sdl)
    current = build_schema(schema_sdl(schema))
    return Compatibility(
        breaking=find_breaking_changes(released, current),
        dangerous=find_dangerous_changes(released, current),
    )


def compatibility_problems(
    *, release_sdl: str | None, version: str, changelog: str, schema: GraphQLSchema | None = None
) -> list[str]:
    """Why ``schema`` may not be served as contract ``version``: a breaking change against the
    release of the same major version (``release_sdl``), a missing release, or no CHANGELOG
    entry. An empty list means it may."""
    major = version.split(".")[0]
    problems = []
    if not any(line.startswith(f"## {version}") for line in changelog.splitlines()):
        problems.append(f"{CHANGELOG_FILE} has no entry for version {version} ('## {version}').")
    if release_sdl is None:
        problems.append(
            f"There is no released schema for major version {major} "
            f"({RELEASES_DIR}/v{major}.graphql): run `make contract-release`."
        )
        return problems
    breaking = compare_with_release(release_sdl, schema).breaking
    for change in breaking:
        problems.append(f"Breaking change against v{major}: {change.description}")
    if breaking:
        problems.append(
            "Frontends built against the release would break. Keep the old field and mark it "
            "with deprecation_reason, or bump the major version in VERSION, add a CHANGELOG "
            "entry and run `make contract-release`."
        )
    return problems


def current_compatibility_problems() -> list[str]:
    version = contract_version()
    release = release_path(int(version.split(".")[0]))
    return compatibility_problems(
        release_sdl=release.read_text() if release.exists() else None,
        version=version,
        changelog=(contract_dir() / CHANGELOG_FILE).read_text(),
    )
