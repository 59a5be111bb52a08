"""Limits on what one GraphQL request may ask of the server, checked before anything runs.

A document of a kilobyte can ask for a great many objects: twenty aliased ``pages(limit: 100)``
with ``children(limit: 100)`` ran about a thousand SQL queries for seconds on the demo site's 43
pages. So each operation is measured before execution (``measures``: its nesting depth,
aliases, root fields, how often one field is repeated in one selection, and its cost: how many
objects it could return) and refused when a measure is over its limit, with a code and a
message that names the limit. The document's size is checked earlier, before it is parsed
(``check_document_size``).

The measures are taken by one validation rule (``QueryLimitsRule``) that runs before graphql-core's
standard rules. It refuses a document by raising graphql-core's ``ValidationAbortedError``, at
which ``validate`` stops and returns the errors reported so far: the standard rules never walk a
refused document, and their quadratic checks (``OverlappingFieldsCanBeMergedRule`` on a field
repeated a thousand times) never start. It also replaces graphene's ``depth_limit_validator``,
which walks every path through fragments (exponential time for fragments that spread the next
one several times) and fails with a server error on an unknown fragment or a fragment cycle.

Frontends send the same few persisted documents over and over, so each process keeps the
verdict (``request_validation_errors``): per document, and per value of the variables that
change its measures (``measures.size_variables``: those passed as ``limit``, ``perPage``,
``first`` or ``last``), in a bounded cache emptied when a setting changes. A document over a
limit is refused every time, with the same errors.
"""

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from graphql import (
    ASTValidationRule,
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    ValidationContext,
    validate,
)
from graphql.validation.validate import ValidationAbortedError

from cms.content.conf import cached_settings

from .conf import api_settings
from .errors import ErrorCode, RequestError
from .measures import Measures, measure, size_variables


class LimitExceeded(ValidationAbortedError):
    """A limit refused the document. Raised, it stops graphql-core's ``validate``, which returns
    it after the errors reported before it."""

    def __init__(self, message: str, code: ErrorCode):
        super().__init__(message, extensions={"code": code.value})


@dataclass(frozen=True)
class Limits:
    """The configured maximum of each measure (Django settings ``HEADLESS_MAX_*``), and of a
    document's size in bytes (``HEADLESS_MAX_DOCUMENT_BYTES``)."""

    depth: int
    aliases: int
    root_fields: int
    field_repeats: int
    cost: int
    document_bytes: int

    @classmethod
    def from_settings(cls) -> "Limits":
        return cls(
            depth=getattr(settings, "HEADLESS_MAX_QUERY_DEPTH", 10),
            aliases=getattr(settings, "HEADLESS_MAX_ALIASES", 30),
            root_fields=getattr(settings, "HEADLESS_MAX_ROOT_FIELDS", 10),
            field_repeats=getattr(settings, "HEADLESS_MAX_FIELD_REPEATS", 10),
            cost=getattr(settings, "HEADLESS_MAX_QUERY_COST", 50_000),
            document_bytes=api_settings().max_document_bytes,
        )


#: The configured limits, read once (and again after a setting changes).
limits_settings = cached_settings(Limits.from_settings)


def limit_errors(measures: Measures, limits: Limits, operation_name: str) -> list[LimitExceeded]:
    """An error for each of ``measures`` over its limit."""
    errors = []
    if measures.depth > limits.depth:
        errors.append(
            LimitExceeded(
                f"'{operation_name}' exceeds maximum operation depth of {limits.depth}.",
                ErrorCode.QUERY_TOO_DEEP,
            )
        )
    if measures.root_fields > limits.root_fields:
        errors.append(
            LimitExceeded(
                f"This query selects {measures.root_fields:,} root fields; the maximum is "
                f"{limits.root_fields:,}. Send several requests instead.",
                ErrorCode.TOO_MANY_ROOT_FIELDS,
            )
        )
    if measures.aliases > limits.aliases:
        errors.append(
            LimitExceeded(
                f"This query uses {measures.aliases:,} aliases; the maximum is {limits.aliases:,}.",
                ErrorCode.TOO_MANY_ALIASES,
            )
        )
    name, repeats = measures.most_repeated
    if repeats > limits.field_repeats:
        errors.append(
            LimitExceeded(
                f'This query selects "{name}" {repeats:,} times in one selection set; the '
                f"maximum is {limits.field_repeats:,}. Select a field once.",
                ErrorCode.FIELD_REPEATED_TOO_OFTEN,
            )
        )
    if measures.cost > limits.cost:
        errors.append(
            LimitExceeded(
                f"This query could return up to {measures.cost:,} objects; the maximum is "
                f"{limits.cost:,}. Ask for smaller pages (limit, perPage) or fewer nested "
                "lists.",
                ErrorCode.QUERY_TOO_COSTLY,
            )
        )
    return errors


def query_limits_rule(variables: Mapping[str, Any] | None) -> type[ASTValidationRule]:
    """The validation rule that refuses operations over the configured limits, measured with
    this request's ``variables``. List it before graphql-core's ``specified_rules``."""
    limits = limits_settings()

    class QueryLimitsRule(ASTValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_args) -> None:
            context: ValidationContext = self.context
            try:
                measures = measure(context.schema, context.document, node, variables)
            except RecursionError:
                # graphql-core refuses documents nested deeper than it can validate before
                # this rule runs; this is a second line.
                raise LimitExceeded(
                    "This query is nested too deeply to be measured.", ErrorCode.QUERY_TOO_DEEP
                ) from None
            name = node.name.value if node.name else "anonymous"
            errors = limit_errors(measures, limits, name)
            if errors:
                for error in errors[:-1]:
                    self.report_error(error)
                raise errors[-1]

    return QueryLimitsRule


#: Documents whose verdicts each process keeps, and verdicts kept per document (one for each
#: set of values of its size variables).
VERDICT_DOCUMENTS = 256
VERDICTS_PER_DOCUMENT = 64
#: What a size variable counts as when the request leaves it out, or gives it no integer.
_ABSENT, _NOT_AN_INTEGER = "absent", "not an integer"


def _size_value(variables: Mapping[str, Any] | None, name: str) -> Any:
    """A variable as ``measures`` reads it: an integer, left out (its default counts), or
    anything else (which measures as no size)."""
    if not variables or name not in variables:
        return _ABSENT
    value = variables[name]
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return _NOT_AN_INTEGER


@dataclass
class _DocumentVerdicts:
    size_variables: tuple[str, ...]
    #: Per tuple of the size variables' values, the errors of the validation.
    errors: dict[tuple, tuple[GraphQLError, ...]]


class VerdictCache:
    """The limits' verdicts kept per process, so that a document sent again with the same page
    sizes is not measured, nor walked by graphql-core's validation, again: for a small query
    that costs more than its SQL. Bounded (least recently used documents leave first) and
    safe to share between threads."""

    def __init__(
        self, documents: int = VERDICT_DOCUMENTS, per_document: int = VERDICTS_PER_DOCUMENT
    ):
        self.documents = documents
        self.per_document = per_document
        self._entries: OrderedDict[tuple, _DocumentVerdicts] = OrderedDict()
        self._lock = threading.Lock()

    def clear(self, **kwargs) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return sum(len(entry.errors) for entry in self._entries.values())

    def errors(
        self,
        schema: GraphQLSchema,
        query: str,
        document: DocumentNode,
        variables: Mapping[str, Any] | None,
        *,
        rules: tuple[type[ASTValidationRule], ...],
        max_errors: int,
    ) -> list[GraphQLError]:
        key = (schema, query, rules, max_errors, limits_settings())
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
        if entry is None:
            entry = _DocumentVerdicts(tuple(sorted(size_variables(document))), {})
        values = tuple(_size_value(variables, name) for name in entry.size_variables)
        errors = entry.errors.get(values)
        if errors is None:
            request_rules = [query_limits_rule(variables), *rules]
            errors = tuple(validate(schema, document, request_rules, max_errors))
            with self._lock:
                if len(entry.errors) >= self.per_document:
                    entry.errors.clear()
                entry.errors[values] = errors
                self._entries[key] = entry
                self._entries.move_to_end(key)
                while len(self._entries) > self.documents:
                    self._entries.popitem(last=False)
        return list(errors)


#: The verdicts of this process, forgotten when a setting changes (the limits, page maxima).
verdicts = VerdictCache()
setting_changed.connect(verdicts.clear, weak=False)


def request_validation_errors(
    schema: GraphQLSchema,
    query: str,
    document: DocumentNode,
    variables: Mapping[str, Any] | None,
    *,
    rules: tuple[type[ASTValidationRule], ...] = (),
    max_errors: int = 100,
) -> list[GraphQLError]:
    """The errors of validating ``document`` (parsed from ``query``) with the limits rule for
    ``variables`` and then ``rules``: run once per document, rules and values of its size
    variables, in each process."""
    return verdicts.errors(schema, query, document, variables, rules=rules, max_errors=max_errors)


def check_document_size(document: str) -> None:
    """Refuse a document over ``HEADLESS_MAX_DOCUMENT_BYTES`` (UTF-8) before it is parsed."""
    maximum = limits_settings().document_bytes
    if len(document) <= maximum // 4:  # at most 4 bytes a character: no need to encode
        return
    size = len(document.encode("utf-8", errors="surrogatepass"))
    if size > maximum:
        raise RequestError(
            f"The GraphQL document is {size:,} bytes; the maximum is {maximum:,} bytes. Send a "
            "smaller document, or a persisted operation by its hash.",
            code=ErrorCode.DOCUMENT_TOO_LARGE,
            status=413,
        )
