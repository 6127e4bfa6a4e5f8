/**
 * `Query.neighbourhood`: a breadth-first walk from one entity and the relationships among the
 * entities it reached, a subgraph to draw, in one query (cypher/read/neighbourhood.cypher).
 */
import type { Row } from '../../graph/gateway.js';
import type { ApiContext } from '../context.js';
import { badInput, notFound } from '../errors.js';
import { asEntity, type EntityValue, type RelationshipValue } from '../values.js';

/** Deepest walk. */
export const MAX_DEPTH = 3;
/** Most nodes in one subgraph. */
export const MAX_NODES = 500;

interface NeighbourhoodArgs {
  id: string;
  depth?: number | null;
  limit?: number | null;
  types?: string[] | null;
}

/** Resolvers of the `neighbourhood` root field. */
export const neighbourhoodResolvers = {
  Query: {
    neighbourhood: async (_root: unknown, args: NeighbourhoodArgs, ctx: ApiContext) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 100;
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
        throw badInput('depth', `must be from 1 to ${MAX_DEPTH} (got ${depth})`);
      }
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODES) {
        throw badInput('limit', `must be from 1 to ${MAX_NODES} (got ${limit})`);
      }
      const rows = await ctx.query('read/neighbourhood', {
        id: args.id,
        depth,
        limit,
        types: args.types ?? [],
      });
      const truncated = rows[0]?.truncated === true;
      const nodes = new Map<string, EntityValue>();
      for (const row of rows) {
        const node = asEntity(row.node);
        if (node !== null) nodes.set(node.id, node);
      }
      const center = nodes.get(args.id);
      if (center === undefined) throw notFound('entity', args.id);
      const relationships: RelationshipValue[] = rows.flatMap((row) => {
        const from = asEntity(row.node);
        const out = Array.isArray(row.relationships) ? (row.relationships as Row[]) : [];
        return from === null
          ? []
          : out.map((r) => {
              const to = nodes.get(String(r.to));
              return {
                from: from.id,
                type: String(r.type),
                to: String(r.to),
                props: (r.props ?? {}) as Row,
                fromNode: from,
                ...(to ? { toNode: to } : {}),
              };
            });
      });
      return {
        center,
        nodes: [...nodes.values()], // in walk order
        relationships,
        truncated,
      };
    },
  },
};
