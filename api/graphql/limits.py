"""Limits on what one request may ask: estimated cost, page sizes and wall-clock time.

Depth, tokens and aliases are Strawberry's own extensions; the cost estimate is ours because it
needs the schema's list types and the request's variables: every field costs one per expected
instance, and a list multiplies what is under it by its page size (`first`, `limit`, `k`),
or by LIST_FANOUT when the list has no page argument.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    VariableNode,
)
from strawberry.extensions import SchemaExtension

from api.graphql.errors import InputError

PAGE_ARGUMENTS = ("first", "limit", "k")
LIST_FANOUT = 10


def check_page(value: int, maximum: int, name: str = "first") -> int:
    if not 1 <= value <= maximum:
        raise InputError(f"{name} must be between 1 and {maximum} (got {value})")
    return value


class _Estimator:
    def __init__(
        self, context: ValidationContext, variables: Mapping[str, Any], max_page: int
    ) -> None:
        self.context = context
        self.variables = variables
        self.max_page = max_page

    def _page(self, node: FieldNode, is_list: bool) -> int:
        for argument in node.arguments or ():
            if argument.name.value not in PAGE_ARGUMENTS:
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return max(1, int(value.value))
            if isinstance(value, VariableNode):
                given = self.variables.get(value.name.value)
                return max(1, given) if isinstance(given, int) else self.max_page
        return LIST_FANOUT if is_list else 1

    def cost(
        self, selections: SelectionSetNode | None, parent: GraphQLNamedType, seen: frozenset[str]
    ) -> int:
        if selections is None:
            return 0
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += self._field(selection, parent, seen)
            elif isinstance(selection, InlineFragmentNode):
                inner = parent
                if selection.type_condition is not None:
                    named = self.context.schema.get_type(selection.type_condition.name.value)
                    inner = named or parent
                total += self.cost(selection.selection_set, inner, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.context.get_fragment(name)
                if fragment is None or name in seen:
                    continue  # unknown or cyclic fragments are reported by the standard rules
                named = self.context.schema.get_type(fragment.type_condition.name.value)
                total += self.cost(fragment.selection_set, named or parent, seen | {name})
        return total

    def _field(self, node: FieldNode, parent: GraphQLNamedType, seen: frozenset[str]) -> int:
        fields = (
            parent.fields if isinstance(parent, GraphQLObjectType | GraphQLInterfaceType) else {}
        )
        definition = fields.get(node.name.value)
        if definition is None:
            return 1  # __typename, or an unknown field the standard rules report
        output = definition.type
        is_list = False
        while isinstance(output, GraphQLNonNull | GraphQLList):
            is_list = is_list or isinstance(output, GraphQLList)
            output = output.of_type
        assert isinstance(output, GraphQLNamedType)
        # A connection's edges/nodes lists hold the page its field already counted.
        page = 1 if parent.name.endswith("Connection") else self._page(node, is_list)
        return 1 + page * self.cost(node.selection_set, output, seen)


def cost_rule(max_cost: int, variables: Mapping[str, Any], max_page: int) -> type[ValidationRule]:
    class CostRule(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            schema: GraphQLSchema = self.context.schema
            root = schema.get_root_type(node.operation)
            if root is None:
                return
            # Variables not sent take their declared default, as execution will.
            given = dict(variables)
            for definition in node.variable_definitions or ():
                name = definition.variable.name.value
                if name not in given and isinstance(definition.default_value, IntValueNode):
                    given[name] = int(definition.default_value.value)
            cost = _Estimator(self.context, given, max_page).cost(
                node.selection_set, root, frozenset()
            )
            if cost > max_cost:
                self.report_error(
                    GraphQLError(
                        f"query is too complex: estimated cost {cost} exceeds {max_cost}; "
                        "ask for smaller pages or fewer nested lists",
                        node,
                        extensions={"code": "QUERY_TOO_COMPLEX"},
                    )
                )

    return CostRule


def cost_limiter(max_cost: int, max_page: int) -> Callable[[], SchemaExtension]:
    """A per-request extension adding the cost rule with this request's variables."""

    class CostLimiter(SchemaExtension):
        def on_validate(self) -> Iterator[None]:
            context = self.execution_context
            rule = cost_rule(max_cost, context.variables or {}, max_page)
            context.validation_rules = (*context.validation_rules, rule)
            yield

    return CostLimiter
