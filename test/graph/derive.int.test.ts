import { beforeEach, describe, expect, it } from 'vitest';
import { generateFindings } from '../../bench/generate/findings.js';
import { validateFindings } from '../../src/findings/validate.js';
import { recount } from '../../src/graph/derive.js';
import { writeDocument } from '../../src/graph/writer.js';
import { resolveFindings } from '../../src/resolve/document.js';
import { dumpGraph, resetGraph, useTestGraph } from '../helpers/graph.js';

const graph = useTestGraph();

describe('derived relationships and properties', () => {
  beforeEach(async () => resetGraph(graph()));

  it('folded in document by document (some at the same time) equal a recount from every claim', async () => {
    // Overlapping documents: few stations, so relationships gather claims from many publishers,
    // and station statuses are stated again and again with different dates.
    const docs = generateFindings({ documents: 24, seed: 5, stations: 6, reportRows: [3, 8] }).map(
      (input) => resolveFindings(validateFindings(input).findings),
    );
    for (let i = 0; i < docs.length; i += 4) {
      await Promise.all(docs.slice(i, i + 4).map((doc) => writeDocument(graph(), doc)));
    }
    const folded = await dumpGraph(graph());
    const relationships = folded.relationships as { props: Record<string, unknown> }[];
    const counted = relationships.filter((r) => typeof r.props.claimCount === 'number');
    expect(counted.length).toBeGreaterThan(10);
    expect(counted.some((r) => Number(r.props.publisherCount) > 2)).toBe(true);

    const claims = docs.flatMap((doc) => doc.claims);
    const result = await graph().writeTransaction((tx) => recount(tx, claims, 50), 'recount');
    expect(result).toEqual({ kept: counted.length, removed: 0 });
    expect(await dumpGraph(graph())).toEqual(folded);
  });
});
