/**
 * Authorization before execution: once the operation is known, every root field it selects is
 * checked against src/auth/policy.ts, and a request with any field the caller may not use is
 * refused whole (UNAUTHENTICATED without a key, FORBIDDEN with a weaker one), before any resolver
 * runs, so that a refused request writes nothing.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from '../graphql.js';
import { requiredRole } from '../../auth/policy.js';
import { hasRole } from '../../auth/roles.js';
import { ErrorCode } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { requestError } from '../errors.js';

/** The root field names an operation selects, through fragments. */
export function rootFields(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): string[] {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment !== undefined && !seen.has(fragment.name.value)) {
          visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return [...names];
}

/** The plugin (see the module comment). */
export function authorizationPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation === undefined) return;
          const root = operation.operation === 'mutation' ? 'Mutation' : 'Query';
          if (operation.operation === 'subscription') {
            throw requestError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are not supported', 400);
          }
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments.set(definition.name.value, definition);
            }
          }
          const principal = contextValue.principal;
          for (const field of rootFields(operation, fragments)) {
            const role = requiredRole(root, field);
            if (role === undefined || hasRole(principal, role)) continue;
            if (principal.role === 'anonymous') {
              throw requestError(
                ErrorCode.UNAUTHENTICATED,
                `${field} needs an API key with the ${role} role`,
                401,
                { field },
              );
            }
            throw requestError(
              ErrorCode.FORBIDDEN,
              `${field} needs the ${role} role; key "${principal.name}" has ${principal.role}`,
              403,
              { field },
            );
          }
        },
      };
    },
  };
}
