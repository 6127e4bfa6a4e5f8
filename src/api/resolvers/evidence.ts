/** Evidence: the Claim and Source types, and `Query.claim`. */
import { PERSON_ROLES } from '../../findings/vocabulary.js';
import type { Row } from '../../graph/gateway.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import type { ClaimProjection } from '../loaders/loaders.js';
import { selectedFields } from '../selection.js';
import { pageSize } from '../pagination.js';
import { num, str, type ClaimValue } from '../values.js';
import { oneOf } from './shared.js';

/** The claim properties each field of Claim reads (subject, object and source come apart). */
const CLAIM_FIELD_PROPERTIES: Record<string, readonly string[]> = {
  __typename: [],
  id: ['id'],
  predicate: ['predicate'],
  subject: [],
  object: [],
  source: [],
  value: ['value'],
  numericValue: ['value'],
  unit: ['unit'],
  qualifier: ['qualifier'],
  role: ['role'],
  date: ['date'],
  quote: ['quote'],
  offsets: ['start', 'end'],
  location: ['location'],
  confidence: ['confidence'],
  method: ['method'],
  retracted: ['retracted'],
  retractedReason: ['retractedReason'],
  retractedBy: ['retractedBy'],
  retractedAt: ['retractedAt'],
  createdAt: ['createdAt'],
};

/**
 * What a list of claims must read for the fields the query selects on it; undefined (read
 * everything) when it selects a field this table does not know.
 */
export function claimProjection(info: GraphQLResolveInfo): ClaimProjection | undefined {
  const fields = selectedFields(info);
  const properties = new Set<string>(['id']);
  for (const field of fields) {
    const read = CLAIM_FIELD_PROPERTIES[field];
    if (read === undefined) return undefined;
    for (const property of read) properties.add(property);
  }
  return {
    properties: [...properties].sort(),
    ends: fields.has('subject') || fields.has('object'),
  };
}

/** Resolvers of Claim, Source and the `claim` root field. */
export const evidenceResolvers = {
  Query: {
    claim: (_root: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.claim(args.id),
  },
  Claim: {
    id: (c: ClaimValue) => c.claim.id,
    predicate: (c: ClaimValue) => c.claim.predicate,
    subject: (c: ClaimValue, _args: unknown, ctx: ApiContext) =>
      c.subject === null ? null : ctx.loaders.entity(c.subject),
    object: (c: ClaimValue, _args: unknown, ctx: ApiContext) =>
      c.object === null ? null : ctx.loaders.entity(c.object),
    value: (c: ClaimValue) => str(c.claim.value),
    numericValue: (c: ClaimValue) => (typeof c.claim.value === 'number' ? c.claim.value : null),
    unit: (c: ClaimValue) => str(c.claim.unit),
    qualifier: (c: ClaimValue) => str(c.claim.qualifier),
    role: (c: ClaimValue) => oneOf(PERSON_ROLES, c.claim.role),
    date: (c: ClaimValue) => str(c.claim.date),
    quote: (c: ClaimValue) => String(c.claim.quote ?? ''),
    offsets: (c: ClaimValue) => {
      const start = num(c.claim.start);
      const end = num(c.claim.end);
      return start === null || end === null ? null : { start, end };
    },
    location: (c: ClaimValue) => str(c.claim.location),
    confidence: (c: ClaimValue) => num(c.claim.confidence) ?? 0,
    method: (c: ClaimValue) => c.claim.method,
    retracted: (c: ClaimValue) => c.claim.retracted === true,
    retractedReason: (c: ClaimValue) => str(c.claim.retractedReason),
    retractedBy: (c: ClaimValue) => str(c.claim.retractedBy),
    retractedAt: (c: ClaimValue) => str(c.claim.retractedAt),
    createdAt: (c: ClaimValue) => str(c.claim.createdAt),
    source: (c: ClaimValue) => c.source,
  },
  Source: {
    id: (source: Row) => String(source.id),
    url: sourceField('url'),
    title: sourceField('title'),
    publisher: sourceField('publisher'),
    publisherKey: sourceField('publisherKey'),
    author: sourceField('author'),
    published: sourceField('published'),
    language: sourceField('language'),
    kind: sourceField('kind'),
    edition: sourceField('edition'),
    contentHash: sourceField('contentHash'),
    createdAt: sourceField('createdAt'),
    updatedAt: sourceField('updatedAt'),
    text: async (source: Row, _args: unknown, ctx: ApiContext) =>
      typeof source.text === 'string'
        ? source.text
        : str((await ctx.loaders.source(String(source.id), true))?.text),
    claimCount: async (source: Row, _args: unknown, ctx: ApiContext) =>
      num(source.claimCount) ?? num((await ctx.loaders.source(String(source.id)))?.claimCount) ?? 0,
    claims: (
      source: Row,
      args: { first?: number | null; includeRetracted?: boolean | null },
      ctx: ApiContext,
    ) =>
      ctx.loaders.sourceClaims(String(source.id), {
        includeRetracted: args.includeRetracted === true,
        limit: pageSize(args.first, 20),
      }),
  },
};

/**
 * A Source field: from the row when it has it; else from the source loaded by id. Claims carry
 * their source's id and date only, so a page of claims citing a few sources loads each once.
 */
function sourceField(name: string) {
  return async (source: Row, _args: unknown, ctx: ApiContext): Promise<unknown> =>
    name in source ? source[name] : ((await ctx.loaders.source(String(source.id)))?.[name] ?? null);
}
