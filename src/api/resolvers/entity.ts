/** `interface Entity` (which type an entity is) and `Query.entity`. */
import type { ApiContext } from '../context.js';
import type { EntityValue } from '../values.js';

/** Resolvers of the Entity interface and of the `entity` root field. */
export const entityResolvers = {
  Entity: {
    __resolveType: (entity: EntityValue) => entity.entityType,
  },
  Query: {
    entity: (_root: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.entity(args.id),
  },
};
