/**
 * The cost limit: once the operation and its variables are known, and before anything runs, an
 * operation whose estimated cost (validation/cost.ts) is over `maxCost` is refused with
 * BAD_USER_INPUT (reason COST_LIMIT).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { requestError } from '../errors.js';
import { Kind, type FragmentDefinitionNode } from '../graphql.js';
import { selectionCost } from '../validation/cost.js';

/** The plugin (see the module comment). */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (operation === undefined) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments.set(definition.name.value, definition);
            }
          }
          const root =
            operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          const cost = selectionCost(
            schema,
            operation.selectionSet,
            root ?? undefined,
            (name) => fragments.get(name),
            { variables: request.variables ?? {} },
          );
          if (cost > maxCost) {
            throw requestError(
              ErrorCode.BAD_USER_INPUT,
              `${operation.name ? `Operation ${operation.name.value}` : 'The operation'} could resolve ${cost} fields; at most ${maxCost} are allowed (ask for smaller pages or fewer nested lists)`,
              400,
              { reason: 'COST_LIMIT', cost, maxCost },
            );
          }
        },
      };
    },
  };
}
