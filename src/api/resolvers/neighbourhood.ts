/**
 * `Query.neighbourhood`: a breadth-first walk from one entity, one query per step (so `depth`
 * round trips), then one query for the nodes and the relationships among them: a subgraph to draw.
 */
import type { Row } from '../../graph/gateway.js';
import type { ApiContext } from '../context.js';
import { badInput, notFound } from '../errors.js';
import {
  ALL_RELATIONSHIP_TYPES,
  asEntity,
  type EntityValue,
  type RelationshipValue,
} from '../values.js';

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
      const types = args.types ?? [];
      const relTypes = [...ALL_RELATIONSHIP_TYPES];
      const seen = [args.id];
      let frontier = [args.id];
      let truncated = false;
      for (let step = 0; step < depth && frontier.length > 0; step++) {
        const remaining = limit - seen.length;
        const rows = await ctx.query('read/neighbourhood-step', {
          frontier,
          seen,
          relTypes,
          types,
          limit: remaining + 1,
        });
        let ids = rows.map((row) => String(row.id));
        if (ids.length > remaining) {
          truncated = true;
          ids = ids.slice(0, remaining);
        }
        seen.push(...ids);
        frontier = ids;
      }
      const rows = await ctx.query('read/subgraph', { ids: seen, relTypes });
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
      const order = new Map(seen.map((id, i) => [id, i]));
      return {
        center,
        nodes: [...nodes.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
        relationships,
        truncated,
      };
    },
  },
};
