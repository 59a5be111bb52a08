"""What normalised client caches need of the contract's operations.

Apollo Client's ``InMemoryCache``, urql's graphcache and Relay store every object of an answer
under ``__typename`` and ``id`` and rebuild answers from that store. Apollo adds ``__typename``
to a document itself, but not to one sent by persisted id: the server runs the manifest's text,
and an answer without ``__typename`` matches no fragment on an interface, which Apollo reads as
an empty object (``page: {}``), silently. So every selection set of an object in the contract's
operations names ``__typename``, and ``id`` where its type has one, either itself or through a
fragment spread that always applies there.
"""

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSchema,
    SelectionSetNode,
    TypeInfo,
    TypeInfoVisitor,
    get_named_type,
    is_interface_type,
    is_object_type,
    visit,
)
from graphql.language import Visitor

TYPENAME = "__typename"
ID = "id"


def _applies_always(fragment_type, parent_type, schema: GraphQLSchema) -> bool:
    """A spread of a fragment on ``fragment_type`` selects its fields on every object that a
    selection on ``parent_type`` can return."""
    if fragment_type is parent_type:
        return True
    return is_interface_type(fragment_type) and schema.is_sub_type(fragment_type, parent_type)


class _MissingIdentity(Visitor):
    def __init__(self, type_info: TypeInfo, schema: GraphQLSchema, fragments: dict, where: str):
        super().__init__()
        self.type_info = type_info
        self.schema = schema
        self.fragments = fragments
        self.where = where
        self.problems: list[str] = []

    def enter_selection_set(self, node: SelectionSetNode, _key, parent, _path, ancestors):
        # The operation's own selection set is the root type's, and an inline fragment's
        # objects are its parent selection's.
        if not isinstance(parent, FieldNode | FragmentDefinitionNode):
            return
        parent_type = get_named_type(self.type_info.get_parent_type())
        selected = {
            selection.name.value
            for selection in node.selections
            if isinstance(selection, FieldNode) and selection.alias is None
        }
        for selection in node.selections:
            if isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                fragment_type = fragment and self.schema.get_type(
                    fragment.type_condition.name.value
                )
                if fragment_type and _applies_always(fragment_type, parent_type, self.schema):
                    selected |= {TYPENAME, ID}
        wanted = [TYPENAME]
        if (is_object_type(parent_type) or is_interface_type(parent_type)) and (
            ID in parent_type.fields
        ):
            wanted.append(ID)
        missing = [name for name in wanted if name not in selected]
        if missing:
            field = parent.name.value
            line = node.loc.source.get_location(node.loc.start).line if node.loc else "?"
            self.problems.append(
                f"{self.where}, line {line}: the selection of {field} ({parent_type.name}) "
                f"lacks {' and '.join(missing)}."
            )


def missing_identity(documents: dict[str, DocumentNode], schema: GraphQLSchema) -> list[str]:
    """Each selection set in ``documents`` (parsed files by name, whose fragments may be used
    across files) that lacks ``__typename``, or ``id`` on a type that has one, by file and
    line. An empty list means a normalising cache can store and rebuild every answer."""
    fragments = {
        definition.name.value: definition
        for document in documents.values()
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    problems = []
    for where, document in documents.items():
        type_info = TypeInfo(schema)
        visitor = _MissingIdentity(type_info, schema, fragments, where)
        visit(document, TypeInfoVisitor(type_info, visitor))
        problems += visitor.problems
    return problems
