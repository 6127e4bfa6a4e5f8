import { graphql } from '../../src/api/graphql.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';
import type { ClaimProjection } from '../../src/api/loaders/loaders.js';
import { claimProjection } from '../../src/api/resolvers/evidence.js';

/** Runs `query` against a small schema whose `claims` field records what it would read. */
async function projectionOf(query: string): Promise<ClaimProjection | undefined | 'unset'> {
  let seen: ClaimProjection | undefined | 'unset' = 'unset';
  const schema = makeExecutableSchema({
    typeDefs: `
      type Source { id: ID! title: String }
      type Entity { id: ID! }
      type Offsets { start: Int! end: Int! }
      type Claim { id: ID! predicate: String quote: String offsets: Offsets date: String
        subject: Entity object: Entity source: Source confidence: Float createdAt: String
        somethingNew: String }
      type Query { claims: [Claim!]! }`,
    resolvers: {
      Query: {
        claims: (_root: unknown, _args: unknown, _ctx: unknown, info) => {
          seen = claimProjection(info);
          return [];
        },
      },
    },
  });
  const result = await graphql({ schema, source: query });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('claimProjection', () => {
  it('reads only the properties behind the selected fields, the id always', async () => {
    expect(await projectionOf('{ claims { predicate quote source { id title } } }')).toEqual({
      properties: ['id', 'predicate', 'quote'],
      ends: false,
    });
  });

  it('follows aliases, inline fragments and named fragments', async () => {
    const query = `{ claims { p: predicate ... on Claim { offsets { start } } ...When } }
      fragment When on Claim { date createdAt subject { id } }`;
    expect(await projectionOf(query)).toEqual({
      properties: ['createdAt', 'date', 'end', 'id', 'predicate', 'start'],
      ends: true,
    });
  });

  it('reads everything when a selected field is not in its table', async () => {
    expect(await projectionOf('{ claims { id somethingNew } }')).toBeUndefined();
  });
});
