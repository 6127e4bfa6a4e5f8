/** `Query.paths`: the shortest chains of relationships between two entities. */
import type { Row } from '../../graph/gateway.js';
import type { ApiContext } from '../context.js';
import { badInput, notFound } from '../errors.js';
import {
  ALL_RELATIONSHIP_TYPES,
  asEntity,
  num,
  type EntityValue,
  type RelationshipValue,
} from '../values.js';

/** Longest path searched (the bound in cypher/read/paths.cypher). */
export const MAX_HOPS = 6;
/** Most paths returned. */
export const MAX_PATHS = 10;

interface PathsArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  limit?: number | null;
  via?: string[] | null;
}

/** Resolvers of the `paths` root field. */
export const pathsResolvers = {
  Query: {
    paths: async (_root: unknown, args: PathsArgs, ctx: ApiContext) => {
      const maxHops = args.maxHops ?? 4;
      const limit = args.limit ?? 5;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
        throw badInput('maxHops', `must be from 1 to ${MAX_HOPS} (got ${maxHops})`);
      }
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PATHS) {
        throw badInput('limit', `must be from 1 to ${MAX_PATHS} (got ${limit})`);
      }
      if (args.from === args.to) throw badInput('to', 'must be another entity than from');
      const relTypes = args.via && args.via.length > 0 ? args.via : [...ALL_RELATIONSHIP_TYPES];
      const rows = await ctx.query('read/paths', {
        from: args.from,
        to: args.to,
        relTypes,
        maxHops,
        limit,
        candidates: Math.max(limit, ctx.settings.pathCandidates),
      });
      if (rows.length === 0) {
        const [from, to] = await Promise.all([
          ctx.loaders.entity(args.from),
          ctx.loaders.entity(args.to),
        ]);
        if (from === null) throw notFound('entity', args.from);
        if (to === null) throw notFound('entity', args.to);
        return [];
      }
      return rows.map(toPath);
    },
  },
};

function toPath(row: Row) {
  const nodes = (Array.isArray(row.nodes) ? row.nodes : []).flatMap((n) => asEntity(n) ?? []);
  const byId = new Map<string, EntityValue>(nodes.map((n) => [n.id, n]));
  const relationships: RelationshipValue[] = (
    Array.isArray(row.relationships) ? (row.relationships as Row[]) : []
  ).map((r) => {
    const fromNode = byId.get(String(r.from));
    const toNode = byId.get(String(r.to));
    return {
      from: String(r.from),
      type: String(r.type),
      to: String(r.to),
      props: (r.props ?? {}) as Row,
      ...(fromNode ? { fromNode } : {}),
      ...(toNode ? { toNode } : {}),
    };
  });
  return {
    length: relationships.length,
    nodes,
    relationships,
    minPublisherCount: num(row.weakest) ?? 0,
  };
}
