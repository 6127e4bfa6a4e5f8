import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDINGS_SCHEMA_FILE, findingsJsonSchema } from '../../src/findings/schema.js';

describe('findings.schema.json', () => {
  it('is exactly what the zod schema generates, so the published schema and the types cannot drift', () => {
    const committed = JSON.parse(readFileSync(FINDINGS_SCHEMA_FILE, 'utf8')) as unknown;
    expect(committed).toEqual(findingsJsonSchema());
  });

  it('requires the format tag, the source and its kind', () => {
    const schema = findingsJsonSchema() as {
      required: string[];
      properties: { format: { const: string }; source: { required: string[] } };
    };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'source']));
    expect(schema.properties.format.const).toBe('outpost-findings/1');
    expect(schema.properties.source.required).toContain('kind');
  });
});
