/**
 * The estimated cost of an operation: an upper bound of the fields the server would resolve.
 * Each field costs 1, and a field with a page size argument (`first` or `limit`, times
 * `maxHops + 1` for paths) multiplies everything below it by that size: the value given
 * (literal or variable), else the argument's default. Introspection fields are free. The limit is
 * enforced by plugins/costLimit.ts, once the variables are known.
 */
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from '../graphql.js';

/** Arguments that give how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'];

/** What the estimate needs to know besides the document. */
export interface CostSettings {
  /** The request's variable values. */
  variables: Readonly<Record<string, unknown>>;
}

/** The estimated cost of a selection set on `parent` (see the module comment). */
export function selectionCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLNamedType | undefined,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  settings: CostSettings,
  visiting: ReadonlySet<string> = new Set(),
): number {
  if (selectionSet === undefined) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[name]
          : undefined;
      const size = field ? fieldSize(field, selection.arguments ?? [], settings) : 1;
      const child = field ? getNamedType(field.type) : undefined;
      total +=
        1 +
        size * selectionCost(schema, selection.selectionSet, child, fragment, settings, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? schema.getType(selection.typeCondition.name.value)
        : parent;
      total += selectionCost(
        schema,
        selection.selectionSet,
        type ?? undefined,
        fragment,
        settings,
        visiting,
      );
    } else {
      const name = selection.name.value;
      const definition = fragment(name);
      if (definition === null || definition === undefined || visiting.has(name)) continue;
      const type = schema.getType(definition.typeCondition.name.value);
      total += selectionCost(
        schema,
        definition.selectionSet,
        type ?? undefined,
        fragment,
        settings,
        new Set([...visiting, name]),
      );
    }
  }
  return total;
}

/** How many items `field` returns with these arguments (1 when it has no size argument). */
function fieldSize(
  field: GraphQLField<unknown, unknown>,
  args: readonly ArgumentNode[],
  settings: CostSettings,
): number {
  let size = 1;
  for (const name of SIZE_ARGUMENTS) {
    const definition = field.args.find((arg) => arg.name === name);
    if (definition === undefined) continue;
    size *= Math.max(1, argumentValue(args, name, definition.defaultValue, settings));
  }
  const hops = field.args.find((arg) => arg.name === 'maxHops');
  if (hops !== undefined) size *= 1 + argumentValue(args, 'maxHops', hops.defaultValue, settings);
  return size;
}

function argumentValue(
  args: readonly ArgumentNode[],
  name: string,
  defaultValue: unknown,
  settings: CostSettings,
): number {
  const node = args.find((arg) => arg.name.value === name)?.value;
  if (node === undefined) return typeof defaultValue === 'number' ? defaultValue : 1;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = settings.variables[node.name.value];
    if (typeof value === 'number') return value;
    return typeof defaultValue === 'number' ? defaultValue : 1;
  }
  return 1;
}
