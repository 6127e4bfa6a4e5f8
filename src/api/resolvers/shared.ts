/**
 * Pieces every entity type shares: the fields of `interface Entity`, and builders for typed link
 * and claim fields (a Station's `operatedBy` is `linkField(['OPERATED_BY'], 'OUT')`).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { claimProjection } from './evidence.js';
import { pageSize } from '../pagination.js';
import {
  ALL_RELATIONSHIP_TYPES,
  strings,
  type ClaimValue,
  type EntityValue,
  type LinkValue,
} from '../values.js';

/** Arguments of list fields with a page size. */
export interface FirstArgs {
  first?: number | null;
}

/** Arguments of `claims`. */
export interface ClaimsArgs extends FirstArgs {
  predicates?: string[] | null;
  includeRetracted?: boolean | null;
}

/** Arguments of `links`. */
interface LinksArgs extends FirstArgs {
  types?: string[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
}

/** A field returning the entity's links of `types` in `direction` (to `otherTypes` only). */
export function linkField(
  types: readonly string[],
  direction: 'OUT' | 'IN' | 'BOTH',
  otherTypes?: readonly string[],
) {
  return (entity: EntityValue, args: FirstArgs, ctx: ApiContext): Promise<LinkValue[]> =>
    ctx.loaders.links(entity.id, {
      types,
      direction,
      ...(otherTypes ? { otherTypes } : {}),
      limit: pageSize(args.first, 10),
    });
}

/** A field returning the entity's claims of `predicates`. */
export function claimField(predicates: readonly string[]) {
  return (
    entity: EntityValue,
    args: FirstArgs,
    ctx: ApiContext,
    info: GraphQLResolveInfo,
  ): Promise<ClaimValue[]> =>
    ctx.loaders.claims(entity.id, {
      predicates,
      includeRetracted: false,
      limit: pageSize(args.first, 10),
      projection: claimProjection(info),
    });
}

/** The fields of `interface Entity`, for every entity type. */
export const entityFields = {
  type: (entity: EntityValue) => entity.entityType,
  name: (entity: EntityValue) => (typeof entity.name === 'string' ? entity.name : entity.id),
  aliases: (entity: EntityValue) => strings(entity.aliases),
  needsReview: (entity: EntityValue) => entity.needsReview === true,
  reviewReasons: (entity: EntityValue) => strings(entity.reviewReasons),
  claims: (entity: EntityValue, args: ClaimsArgs, ctx: ApiContext, info: GraphQLResolveInfo) =>
    ctx.loaders.claims(entity.id, {
      predicates: args.predicates ?? null,
      includeRetracted: args.includeRetracted === true,
      limit: pageSize(args.first, 20),
      projection: claimProjection(info),
    }),
  corroboration: (entity: EntityValue, _args: unknown, ctx: ApiContext) =>
    ctx.loaders.corroboration(entity.id),
  links: (entity: EntityValue, args: LinksArgs, ctx: ApiContext) =>
    ctx.loaders.links(entity.id, {
      types: args.types && args.types.length > 0 ? args.types : ALL_RELATIONSHIP_TYPES,
      direction: args.direction ?? 'BOTH',
      limit: pageSize(args.first, 20),
    }),
};

/** The entity's city, region and country fields (from one batched query). */
export const placeFields = {
  city: (entity: EntityValue, _args: unknown, ctx: ApiContext) =>
    ctx.loaders.places(entity.id).then((p) => p.city),
  region: (entity: EntityValue, _args: unknown, ctx: ApiContext) =>
    ctx.loaders.places(entity.id).then((p) => p.region),
  country: (entity: EntityValue, _args: unknown, ctx: ApiContext) =>
    ctx.loaders.places(entity.id).then((p) => p.country),
};

/** `value` when it is one of `allowed` (an enum of the schema), else null. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : null;
}
