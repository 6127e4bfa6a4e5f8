/** The Relationship and Link types: a direct relationship, its ends, its claims and corroboration. */
import { PERSON_ROLES } from '../../findings/vocabulary.js';
import { invariant } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { pageSize } from '../pagination.js';
import {
  num,
  REFERENCE_LINK_TYPES,
  relationshipId,
  str,
  strings,
  type EntityValue,
  type RelationshipValue,
} from '../values.js';

const isReference = (r: RelationshipValue) =>
  (REFERENCE_LINK_TYPES as readonly string[]).includes(r.type);

async function end(
  known: EntityValue | undefined,
  id: string,
  ctx: ApiContext,
): Promise<EntityValue> {
  if (known !== undefined) return known;
  const entity = await ctx.loaders.entity(id);
  invariant(entity !== null, `relationship end ${id} is not an entity`);
  return entity;
}

/** Resolvers of Relationship (Link's fields are its value's own). */
export const relationshipResolvers = {
  Relationship: {
    id: (r: RelationshipValue) => relationshipId(r),
    from: (r: RelationshipValue, _args: unknown, ctx: ApiContext) => end(r.fromNode, r.from, ctx),
    to: (r: RelationshipValue, _args: unknown, ctx: ApiContext) => end(r.toNode, r.to, ctx),
    reference: isReference,
    claimCount: (r: RelationshipValue) => num(r.props.claimCount) ?? 0,
    publisherCount: (r: RelationshipValue) => num(r.props.publisherCount) ?? 0,
    publisherKeys: (r: RelationshipValue) => strings(r.props.publishers),
    firstSeen: (r: RelationshipValue) => str(r.props.firstSeen),
    lastSeen: (r: RelationshipValue) => str(r.props.lastSeen),
    roles: (r: RelationshipValue) =>
      strings(r.props.roles).filter((role) => (PERSON_ROLES as readonly string[]).includes(role)),
    claims: (
      r: RelationshipValue,
      args: { first?: number | null; includeRetracted?: boolean | null },
      ctx: ApiContext,
    ) =>
      isReference(r)
        ? []
        : ctx.loaders.relationshipClaims(r, {
            includeRetracted: args.includeRetracted === true,
            limit: pageSize(args.first, 20),
          }),
    corroboration: (r: RelationshipValue, _args: unknown, ctx: ApiContext) =>
      isReference(r)
        ? { claimCount: 0, sourceCount: 0, publisherCount: 0, publishers: [] }
        : ctx.loaders.relationshipCorroboration(r),
  },
};
