import { describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/graph/migrate.js';
import { retractClaim } from '../../src/graph/writer.js';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { generateScale } from '../../bench/generate/scales.js';
import { dumpGraph, useTestGraph } from '../helpers/graph.js';

interface Dump {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  relationships: { type: string; props: Record<string, unknown> }[];
}

const graph = useTestGraph();
const dump = async () => (await dumpGraph(graph())) as unknown as Dump;

describe('the rank, predicate and retracted flag on claim links', () => {
  it('are what migration 007 computes for claims written before it', async () => {
    // Generated documents: dated and undated claims, partial dates, several confidences.
    for (const input of generateScale('tiny', 11)) await importFindings(graph(), input, 'test');
    const written = await dump();
    const links = written.relationships.filter((r) => r.type === 'SUBJECT' || r.type === 'OBJECT');
    expect(links.length).toBeGreaterThan(100);
    expect(links.every((r) => typeof r.props.rank === 'string')).toBe(true);
    const claims = written.nodes.filter((n) => n.labels.includes('Claim'));
    await retractClaim(graph(), String(claims[0]?.props.id), 'test', 'test');
    const before = await dump();
    expect(before.relationships.filter((r) => r.props.retracted === true).length).toBeGreaterThan(
      0,
    );

    await graph().runSchemaStatement(
      'MATCH ()-[about:SUBJECT|OBJECT]->() REMOVE about.rank, about.predicate, about.retracted',
      'test: forget the link properties',
    );
    expect(await dump()).not.toEqual(before);
    const migration = readMigrations().find((m) => m.name.startsWith('007-'));
    for (const statement of migration?.statements ?? []) {
      await graph().runSchemaStatement(statement, 'test: 007');
    }
    expect(await dump()).toEqual(before);
  });
});
