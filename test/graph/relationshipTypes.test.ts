import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../src/findings/vocabulary.js';
import { ALL_RELATIONSHIP_TYPES } from '../../src/api/values.js';
import { CYPHER_DIR, listCypherFiles, stripComments } from '../../src/graph/catalog.js';

const files = listCypherFiles(CYPHER_DIR).map((path) => ({
  name: relative(CYPHER_DIR, path),
  text: stripComments(readFileSync(path, 'utf8')),
}));

describe('relationship types in named Cypher', () => {
  it('lists exactly the vocabulary wherever the writer (or its baselines) finds a relationship by its static types', () => {
    const writers = files.filter((f) => f.name.startsWith('write/') || f.name.startsWith('bench/'));
    const unions = writers.flatMap(({ name, text }) =>
      [...text.matchAll(/\[\w*:((?:[A-Z_]+\|)+[A-Z_]+)\]/g)]
        .map((m) => ({ name, types: m[1]!.split('|') }))
        .filter(({ types }) => types.includes('LOCATED_IN')),
    );
    expect(unions.map((u) => u.name)).toEqual(
      expect.arrayContaining([
        'write/derive-relationships.cypher',
        'bench/naive-relationship.cypher',
        'bench/loadcsv-relationships.cypher',
      ]),
    );
    for (const union of unions) expect(union.types, union.name).toEqual(RELATIONSHIP_TYPES);
  });

  it("walks the neighbourhood over exactly the API's relationship types and gazetteer links", () => {
    const text = files.find((f) => f.name === 'read/neighbourhood.cypher')?.text ?? '';
    const unions = [...text.matchAll(/\[\w*:((?:[A-Z_]+\|)+[A-Z_]+)\]/g)].map((m) =>
      m[1]!.split('|'),
    );
    expect(unions).toHaveLength(2);
    for (const types of unions) expect(types).toEqual(ALL_RELATIONSHIP_TYPES);
  });

  it('never looks a relationship up by a dynamic type in the writer (the planner may scan them all)', () => {
    for (const { name, text } of files.filter((f) => f.name.startsWith('write/'))) {
      const lookups = text.match(/\b(?:MATCH|MERGE)\b[^\n]*-\[\w*:\$\(/g) ?? [];
      expect(lookups, name).toEqual([]);
    }
  });
});
