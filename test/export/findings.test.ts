import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingsOfSource, type SourceDocument } from '../../src/export/findings.js';
import type { FindingsInput } from '../../src/findings/schema.js';
import { validateFindings } from '../../src/findings/validate.js';
import { projectPath } from '../../src/paths.js';
import { resolveFindings } from '../../src/resolve/document.js';

const SAMPLE = projectPath('samples/findings/2022-10-dublin-station-closed.findings.json');

/** What `export/source-document` returns for a document the writer wrote: built from the resolver. */
function documentOf(findings: FindingsInput): SourceDocument {
  const resolved = resolveFindings(validateFindings(findings).findings);
  const entities = resolved.entities.map((e) => ({
    id: e.id,
    entityType: e.type,
    name: e.name,
    aliases: e.aliases,
    ...e.props,
  }));
  const mentioned = new Set(
    resolved.claims.flatMap((c) => [c.subject, ...(c.object ? [c.object] : [])]),
  );
  return {
    source: { ...resolved.source },
    claims: [...resolved.claims]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((c) => ({ ...c, retracted: false })),
    entities: entities.filter((e) => mentioned.has(e.id)),
    orphans: entities.filter((e) => !mentioned.has(e.id) && e.entityType !== 'Country'),
  };
}

describe('findingsOfSource', () => {
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as FindingsInput;
  const original = resolveFindings(validateFindings(sample).findings);
  const exported = findingsOfSource(documentOf(sample));

  it('builds a valid outpost-findings/1 document', () => {
    expect(() => validateFindings(exported, 'export')).not.toThrow();
    expect(exported.format).toBe('outpost-findings/1');
  });

  it('resolves again to the same source, entities and claims', () => {
    const again = resolveFindings(validateFindings(exported).findings);
    expect(again.source.id).toBe(original.source.id);
    expect(again.entities.map((e) => e.id).sort()).toEqual(
      original.entities.map((e) => e.id).sort(),
    );
    expect(again.claims.map((c) => c.id).sort()).toEqual(original.claims.map((c) => c.id).sort());
    expect(again.placeLinks).toEqual(expect.arrayContaining(original.placeLinks));
    expect(again.placeLinks).toHaveLength(original.placeLinks.length);
  });

  it('keeps events as events, with a quote of one of their claims and no place or participants', () => {
    expect(exported.events).toHaveLength(3);
    for (const event of exported.events ?? []) {
      expect(event.participants).toEqual([]);
      expect(event.place).toBeUndefined();
      expect(sample.source.text).toContain(event.quote);
    }
    const closure = exported.events?.find((e) => e.type === 'CLOSURE');
    expect(closure).toMatchObject({
      name: 'Ireland orders the Dublin station to close',
      date: '2022-10-27',
    });
  });

  it('gives every entity its canonical id and the fields of its type', () => {
    const byRef = new Map((exported.entities ?? []).map((e) => [e.ref, e]));
    expect(byRef.get('city:2964574')).toMatchObject({
      type: 'City',
      id: 'city:2964574',
      country: 'IE',
      geonameId: 2964574,
    });
    expect(byRef.get('org:fuzhou-public-security-bureau')).toMatchObject({
      type: 'Organisation',
      kind: 'POLICE_BUREAU',
    });
    expect([...byRef.values()].every((e) => e.id !== undefined)).toBe(true);
  });
});
