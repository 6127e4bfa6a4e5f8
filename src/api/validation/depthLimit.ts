/**
 * A validation rule that refuses operations nested deeper than a limit (in the spirit of
 * graphql-depth-limit). Fragments count where they are spread; introspection fields (`__…`) do
 * not count, so tools can introspect when introspection is on.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from '../graphql.js';

/** The depth of a selection set: 1 for `{ a }`, 2 for `{ a { b } }`. Fragment cycles stop. */
export function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  visiting: ReadonlySet<string> = new Set(),
): number {
  if (selectionSet === undefined) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragment, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragment, visiting));
    } else {
      const name = selection.name.value;
      const definition = fragment(name);
      if (definition === null || definition === undefined || visiting.has(name)) continue;
      deepest = Math.max(
        deepest,
        selectionDepth(definition.selectionSet, fragment, new Set([...visiting, name])),
      );
    }
  }
  return deepest;
}

/** The rule: operations deeper than `maxDepth` fail validation with reason DEPTH_LIMIT. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = selectionDepth(node.selectionSet, (name) => context.getFragment(name));
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(
            `${node.name ? `Operation ${node.name.value}` : 'The operation'} is ${depth} levels deep; at most ${maxDepth} are allowed`,
            { nodes: [node], extensions: { reason: 'DEPTH_LIMIT', depth, maxDepth } },
          ),
        );
      }
    },
  });
}
