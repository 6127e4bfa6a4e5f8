import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_POLICY } from '../../src/auth/policy.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from '../../src/api/resolvers/index.js';
import { buildSchema, checkSchema, readTypeDefs } from '../../src/api/schema.js';
import { buildSchema as fromSdl, isObjectType } from '../../src/api/graphql.js';
import { loadCatalog } from '../../src/graph/catalog.js';
import { QUERY_NAMES } from '../../src/graph/queryNames.js';
import { projectPath } from '../../src/paths.js';
import { ENTITY_TYPES } from '../../src/findings/vocabulary.js';

const cypher = (name: string) => readFileSync(projectPath('cypher', `${name}.cypher`), 'utf8');

/** The text between the first MATCH line and the line that starts with `end`. */
function filterOf(text: string, end: RegExp): string {
  const lines = text.split('\n').filter((line) => !line.startsWith('//'));
  const from = lines.findIndex((line) => line.startsWith('WHERE'));
  const to = lines.findIndex((line, i) => i > from && end.test(line));
  return lines.slice(from, to).join('\n');
}

describe('schema', () => {
  it('builds from the SDL files and the resolvers, with every root field the contract names', () => {
    const schema = buildSchema();
    const query = Object.keys(schema.getQueryType()!.getFields());
    for (const field of [
      'search',
      'entity',
      'stations',
      'neighbourhood',
      'paths',
      'timeline',
      'sources',
      'source',
      'stats',
      'health',
    ]) {
      expect(query).toContain(field);
    }
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(
      Object.keys(FIELD_POLICY.Mutation).sort(),
    );
    for (const type of ENTITY_TYPES) {
      const object = schema.getType(type);
      expect(isObjectType(object) && object.getInterfaces().map((i) => i.name)).toEqual(['Entity']);
    }
  });

  it('refuses an enum that differs from its vocabulary, and a mutation without an access policy', () => {
    const withEnum = fromSdl(`type Query { a: Int } enum EntityType { Station }`);
    expect(() => checkSchema(withEnum)).toThrow(/enum EntityType .* differs from the vocabulary/);
    const withMutation = makeExecutableSchema({
      typeDefs: [...readTypeDefs(), 'extend type Mutation { deleteEverything: Int }'],
      resolvers,
    });
    expect(() => checkSchema(withMutation)).toThrow(
      /Mutation.deleteEverything has no access policy/,
    );
  });

  it('loads every query the API names from cypher/', () => {
    const catalog = loadCatalog();
    for (const name of QUERY_NAMES.filter((n) => n.startsWith('api/') || n.startsWith('read/'))) {
      expect(catalog.get(name)?.length).toBeGreaterThan(10);
    }
  });

  it('counts with the very filter it pages with (stations and sources)', () => {
    expect(filterOf(cypher('read/stations-count'), /^RETURN/)).toBe(
      filterOf(cypher('read/stations-page'), /^WITH s$/),
    );
    expect(filterOf(cypher('read/sources-count'), /^RETURN/)).toBe(
      filterOf(cypher('read/sources-page'), /^WITH s$/),
    );
  });
});
