"""How much one GraphQL operation asks for, measured before it runs (``limits`` sets the
maxima): its nesting depth, aliases, root fields, how often one field is repeated in one
selection, and its cost.

**Cost** counts objects the way GitHub's GraphQL API counts nodes: a list field counts as its page
size times (one plus the cost of what is selected in each item); a single object counts one plus
its selection; scalars count nothing. The page size is the ``limit``/``perPage``/``first``/``last``
argument (a literal, or a variable from the request, else the variable's default), else the
argument's default in the schema, else the list's maximum (declared with the root fields that
serve it, ``registry.list_maximum``, or grapple's ``MAX_PAGE_SIZE`` for its ``QuerySetList``
fields), capped at that maximum since a larger page is refused anyway. A paginated result
(``listing(perPage:) { items }``) passes its page size to its lists. A list with no size
argument and no known maximum counts ``UNBOUNDED_LIST_SIZE``. Fragments count where they are
spread; every type condition counts, as if an item could match them all. Introspection
(``__schema``, ``__type``) costs nothing here: it reads no data, and graphql-core's
``MaxIntrospectionDepthRule`` bounds its nesting.
"""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLCompositeType,
    GraphQLField,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValueNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_composite_type,
    is_list_type,
)

from .arguments import max_page_size
from .registry import list_maximum

#: What a list with no size argument and no known maximum counts as: StreamField bodies, link
#: lists, categories of an item, the items of a grid's cell. Their length is the editors'
#: choice, not the client's; a client can only multiply them by nesting them in lists it sizes,
#: and that is counted. 20 is more than such a list usually holds.
UNBOUNDED_LIST_SIZE = 20

#: The arguments that set a list's page size, in the order they are looked for.
SIZE_ARGUMENTS = ("limit", "perPage", "first", "last")


@dataclass(frozen=True)
class Measures:
    """One operation's measures, with the fragments it spreads."""

    depth: int
    aliases: int
    root_fields: int
    #: The response name selected most often in one selection set, and how often.
    most_repeated: tuple[str, int]
    cost: int


def size_variables(document: DocumentNode) -> frozenset[str]:
    """The variables ``document`` passes straight to a size argument: the only ones whose values
    change what it measures (a variable anywhere else, or inside a list or an input object,
    measures nothing)."""
    names = set()
    pending = [
        definition.selection_set
        for definition in document.definitions
        if isinstance(definition, OperationDefinitionNode | FragmentDefinitionNode)
    ]
    while pending:
        for selection in pending.pop().selections:
            if isinstance(selection, FieldNode):
                for argument in selection.arguments or ():
                    if argument.name.value in SIZE_ARGUMENTS and isinstance(
                        argument.value, VariableNode
                    ):
                        names.add(argument.value.name.value)
            if not isinstance(selection, FragmentSpreadNode) and selection.selection_set:
                pending.append(selection.selection_set)
    return frozenset(names)


def measure(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Mapping[str, Any] | None = None,
) -> Measures:
    """Measure ``operation`` of ``document`` against ``schema``, with the request's
    ``variables``. Fields, fragments and types the schema does not know measure nothing: the
    standard validation rules report them."""
    return _Measurer(schema, document, operation, variables or {}).measures()


class _Measurer:
    def __init__(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        operation: OperationDefinitionNode,
        variables: Mapping[str, Any],
    ):
        self.schema = schema
        self.operation = operation
        self.fragments = {
            definition.name.value: definition
            for definition in document.definitions
            if isinstance(definition, FragmentDefinitionNode)
        }
        self.variables = dict(variables)
        for definition in operation.variable_definitions or ():
            name = definition.variable.name.value
            if name not in self.variables and isinstance(definition.default_value, IntValueNode):
                self.variables[name] = int(definition.default_value.value)
        # Per fragment, its measure; a fragment being measured counts nothing when it is spread
        # inside itself (a cycle, which NoFragmentCyclesRule reports).
        self._depths: dict[str, int] = {}
        self._names: dict[str, Counter] = {}
        self._repeats: dict[str, tuple[str, int]] = {}
        self._costs: dict[tuple[str, int | None], int] = {}

    def measures(self) -> Measures:
        root = self.schema.get_root_type(self.operation.operation)
        selection_set = self.operation.selection_set
        return Measures(
            depth=self._depth(selection_set, 0),
            aliases=self._aliases(),
            root_fields=sum(self._fields_at_level(selection_set).values()),
            most_repeated=self._most_repeated(selection_set),
            cost=self._cost(selection_set, root, None) if root else 0,
        )

    def _fragment(self, spread: FragmentSpreadNode) -> FragmentDefinitionNode | None:
        return self.fragments.get(spread.name.value)

    def _used_fragments(self) -> list[FragmentDefinitionNode]:
        used: dict[str, FragmentDefinitionNode] = {}
        pending = [self.operation.selection_set]
        while pending:
            for selection in pending.pop().selections:
                if isinstance(selection, FragmentSpreadNode):
                    fragment = self._fragment(selection)
                    if fragment is not None and selection.name.value not in used:
                        used[selection.name.value] = fragment
                        pending.append(fragment.selection_set)
                elif selection.selection_set:
                    pending.append(selection.selection_set)
        return list(used.values())

    def _aliases(self) -> int:
        """Aliases in the operation and in each fragment it uses (once per fragment)."""
        count = 0
        pending = [self.operation.selection_set]
        pending.extend(fragment.selection_set for fragment in self._used_fragments())
        while pending:
            for selection in pending.pop().selections:
                if isinstance(selection, FieldNode) and selection.alias:
                    count += 1
                if not isinstance(selection, FragmentSpreadNode) and selection.selection_set:
                    pending.append(selection.selection_set)
        return count

    def _depth(self, selection_set: SelectionSetNode, level: int) -> int:
        """graphene's ``depth_limit_validator`` measure: root fields are at level 0, and an
        introspection field's selection is not counted. Unlike it, fragments are measured once
        each, and unknown or cyclic fragments are tolerated."""
        deepest = level
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                if selection.selection_set and not selection.name.value.startswith("__"):
                    deepest = max(deepest, self._depth(selection.selection_set, level + 1))
            elif isinstance(selection, InlineFragmentNode):
                deepest = max(deepest, self._depth(selection.selection_set, level))
            elif (fragment := self._fragment(selection)) is not None:
                name = fragment.name.value
                if name not in self._depths:
                    self._depths[name] = 0
                    self._depths[name] = self._depth(fragment.selection_set, 0)
                deepest = max(deepest, level + self._depths[name])
        return deepest

    def _fields_at_level(self, selection_set: SelectionSetNode) -> Counter:
        """The response names selected in ``selection_set``, fragments included, with how
        often each is selected."""
        names: Counter = Counter()
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                names[(selection.alias or selection.name).value] += 1
            elif isinstance(selection, InlineFragmentNode):
                names += self._fields_at_level(selection.selection_set)
            elif (fragment := self._fragment(selection)) is not None:
                name = fragment.name.value
                if name not in self._names:
                    self._names[name] = Counter()
                    self._names[name] = self._fields_at_level(fragment.selection_set)
                names += self._names[name]
        return names

    def _most_repeated(self, selection_set: SelectionSetNode) -> tuple[str, int]:
        """The response name selected most often in one selection set, anywhere below
        ``selection_set``: graphql-core's OverlappingFieldsCanBeMergedRule compares each
        repetition with every other one."""
        names = self._fields_at_level(selection_set)
        most = max(names.items(), key=lambda item: item[1], default=("", 0))
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode | InlineFragmentNode) and selection.selection_set:
                nested = self._most_repeated(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode) and (
                fragment := self._fragment(selection)
            ):
                name = fragment.name.value
                if name not in self._repeats:
                    self._repeats[name] = ("", 0)
                    self._repeats[name] = self._most_repeated(fragment.selection_set)
                nested = self._repeats[name]
            else:
                continue
            most = max(most, nested, key=lambda item: item[1])
        return most

    def _cost(
        self, selection_set: SelectionSetNode, parent: GraphQLCompositeType, page_size: int | None
    ) -> int:
        """Objects returned below one ``parent`` object. ``page_size`` is the size passed down
        by a paginated result to its lists."""
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self._field_cost(selection, parent, page_size)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                type_ = self.schema.get_type(condition.name.value) if condition else parent
                if is_composite_type(type_):
                    total += self._cost(selection.selection_set, type_, page_size)
            elif (fragment := self._fragment(selection)) is not None:
                type_ = self.schema.get_type(fragment.type_condition.name.value)
                key = (fragment.name.value, page_size)
                if key not in self._costs and is_composite_type(type_):
                    self._costs[key] = 0
                    self._costs[key] = self._cost(fragment.selection_set, type_, page_size)
                total += self._costs.get(key, 0)
        return total

    def _field_cost(
        self, node: FieldNode, parent: GraphQLCompositeType, page_size: int | None
    ) -> int:
        if node.name.value.startswith("__") or not node.selection_set:
            return 0
        field = getattr(parent, "fields", {}).get(node.name.value)
        if field is None or not is_composite_type(get_named_type(field.type)):
            return 0
        size = self._size_argument(node, parent, field)
        if is_list_type(get_nullable_type(field.type)):
            items = size if size is not None else page_size
            if items is None:
                items = self._maximum(parent, node.name.value, field) or UNBOUNDED_LIST_SIZE
            passed_down = None
        else:
            items, passed_down = 1, size
        below = self._cost(node.selection_set, get_named_type(field.type), passed_down)
        return items * (1 + below)

    def _size_argument(
        self, node: FieldNode, parent: GraphQLCompositeType, field: GraphQLField
    ) -> int | None:
        """The page size a field's size argument asks for, capped at the field's maximum;
        None for a field without a size argument."""
        name = next((name for name in SIZE_ARGUMENTS if name in field.args), None)
        if name is None:
            return None
        value = None
        for argument in node.arguments:
            if argument.name.value == name:
                value = self._int_value(argument.value)
        if value is None:
            value = field.args[name].default_value
        maximum = self._maximum(parent, node.name.value, field)
        if not isinstance(value, int) or isinstance(value, bool):
            return maximum or UNBOUNDED_LIST_SIZE
        value = max(value, 0)
        return min(value, maximum) if maximum else value

    def _int_value(self, value: ValueNode) -> int | None:
        if isinstance(value, IntValueNode):
            return int(value.value)
        if isinstance(value, VariableNode):
            variable = self.variables.get(value.name.value)
            if isinstance(variable, int) and not isinstance(variable, bool):
                return variable
        return None

    def _maximum(self, parent: GraphQLCompositeType, name: str, field: GraphQLField) -> int | None:
        for type_ in (parent, *getattr(parent, "interfaces", ())):
            maximum = list_maximum(f"{type_.name}.{name}")
            if maximum is not None:
                return maximum
        limit = field.args.get("limit")
        if limit is not None and get_named_type(limit.type).name == "PositiveInt":
            return max_page_size()  # grapple's QuerySetList
        return None
