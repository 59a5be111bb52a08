"""Which requests the response cache may answer, and what of a document goes into its key.

An answer is cached only when it is the same for everyone: an anonymous request that passes no
preview ``token`` (as an argument or a variable) and runs a query, not a mutation. A document
is keyed by the hash of its text as graphql-core prints it, so layout does not matter.
"""

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.http import HttpRequest
from graphql import (
    ArgumentNode,
    GraphQLError,
    OperationType,
    VariableDefinitionNode,
    parse,
    print_ast,
    visit,
)
from graphql.language import Visitor

PREVIEW_ARGUMENT = "token"


@dataclass(frozen=True)
class DocumentInfo:
    """What caching needs to know of a document: its normalized text's hash, whether it
    passes a preview token anywhere, and its operations (name, whether a query)."""

    digest: str
    has_token: bool
    operations: tuple[tuple[str | None, bool], ...]

    def is_query(self, operation_name: str | None) -> bool:
        if operation_name is None:
            return len(self.operations) == 1 and self.operations[0][1]
        return any(name == operation_name and query for name, query in self.operations)


class _TokenFinder(Visitor):
    def __init__(self):
        super().__init__()
        self.found = False

    def enter_argument(self, node: ArgumentNode, *_args):
        if node.name.value == PREVIEW_ARGUMENT:
            self.found = True

    def enter_variable_definition(self, node: VariableDefinitionNode, *_args):
        if node.variable.name.value == PREVIEW_ARGUMENT:
            self.found = True


@lru_cache(maxsize=512)
def document_info(text: str) -> DocumentInfo | None:
    """``None`` for a document that does not parse (its answer is an error anyway)."""
    try:
        document = parse(text, no_location=True)
    except GraphQLError:
        return None
    finder = _TokenFinder()
    visit(document, finder)
    operations = tuple(
        (
            definition.name.value if definition.name else None,
            definition.operation == OperationType.QUERY,
        )
        for definition in document.definitions
        if hasattr(definition, "operation")
    )
    digest = hashlib.sha256(print_ast(document).encode()).hexdigest()
    return DocumentInfo(digest=digest, has_token=finder.found, operations=operations)


def _mentions_token(value: Any) -> bool:
    if isinstance(value, dict):
        return any(
            name == PREVIEW_ARGUMENT or _mentions_token(item) for name, item in value.items()
        )
    if isinstance(value, list | tuple):
        return any(_mentions_token(item) for item in value)
    return False


def is_anonymous(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def is_public(request: HttpRequest, query: str | None, variables: dict | None) -> bool:
    """The answer is the same for everyone: an anonymous request that is not a preview."""
    if not is_anonymous(request) or _mentions_token(variables or {}):
        return False
    if query is None:
        return True
    info = document_info(query)
    return info is not None and not info.has_token
