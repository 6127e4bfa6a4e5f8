/**
 * What a query asks of a field's result: the names of the fields selected on it, through inline
 * fragments and named fragments alike. Loaders use it to read only what will be returned.
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Kind } from './graphql.js';

/** The field names selected on the current field's result (aliases resolved to names). */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}
