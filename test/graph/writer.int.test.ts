import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import type { FindingsInput } from '../../src/findings/schema.js';
import type { Row } from '../../src/graph/gateway.js';
import { retractClaim } from '../../src/graph/writer.js';
import { projectPath } from '../../src/paths.js';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { claimOf, documentOf } from '../fixtures/findings/builders.js';
import { dumpGraph, resetGraph, useTestGraph } from '../helpers/graph.js';

const SAMPLE = projectPath('samples/findings/2022-10-dublin-station-closed.findings.json');
const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8')) as FindingsInput;

interface Dump {
  nodes: { labels: string[]; props: Row }[];
  relationships: { from: string; type: string; to: string; props: Row }[];
}

async function dump(): Promise<Dump> {
  return (await dumpGraph(graph())) as unknown as Dump;
}
const withLabel = (d: Dump, label: string) => d.nodes.filter((n) => n.labels.includes(label));
const node = (d: Dump, id: string) => d.nodes.find((n) => n.props.id === id)?.props;
const rels = (d: Dump, type: string) => d.relationships.filter((r) => r.type === type);

const graph = useTestGraph();

describe('writeDocument', () => {
  beforeEach(async () => resetGraph(graph()));

  it('imports the hand-written sample findings with the counts they state', async () => {
    const result = await importFindings(graph(), sample(), 'sample');
    expect(result.summary.outcome).toBe('created');
    const d = await dump();
    // 14 entities + 3 events, and Spain, which Madrid's gazetteer entry brings in.
    expect(withLabel(d, 'Entity')).toHaveLength(18);
    expect(result.summary.entitiesCreated).toBe(18);
    expect(withLabel(d, 'Source')).toHaveLength(1);
    // 13 claims + event claims: closure (place + 3 participants), report (1), investigation (place + 2).
    expect(withLabel(d, 'Claim')).toHaveLength(21);
    expect(result.summary.claims).toBe(21);
    const claimBacked = d.relationships.filter((r) => typeof r.props.claimCount === 'number');
    expect(claimBacked).toHaveLength(15);
    expect(
      rels(d, 'IN_COUNTRY')
        .map((r) => `${r.from}>${r.to}`)
        .sort(),
    ).toEqual(['city:2964574>country:IE', 'city:3117735>country:ES']);
    const station = node(d, 'station:city:2964574:dublin-police-station');
    expect(station?.status).toBe('CLOSED');
    expect(station?.statusAsOf).toBe('2022-10-27');
    expect(station?.address).toBe('Capel Street, Dublin');
  });

  it('rolls the whole document back when work added to its transaction fails', async () => {
    const before = await dump();
    let seen: string | undefined;
    await expect(
      importFindings(graph(), sample(), 'sample', {
        inTransaction: async (_tx, summary) => {
          seen = `${summary.outcome} ${summary.claims}`;
          throw new Error('the audit record could not be written');
        },
      }),
    ).rejects.toThrow('the audit record could not be written');
    expect(seen).toBe('created 21');
    expect(await dump()).toEqual(before);
  });

  it('changes nothing when the same findings are imported again', async () => {
    await importFindings(graph(), sample(), 'sample');
    const before = await dump();
    const again = await importFindings(graph(), sample(), 'sample');
    expect(again.summary.outcome).toBe('unchanged');
    expect(await dump()).toEqual(before);
  });

  it("replaces the claims of an edited version of a source and keeps other sources' claims", async () => {
    const original = sample();
    await importFindings(graph(), original, 'sample');
    const other = documentOf(['A second paper says the Dublin office was run from Fuzhou.'], {
      url: 'https://other.example/dublin',
      publisher: 'Other Paper',
    });
    await importFindings(
      graph(),
      other.build(
        [
          { ref: 's', type: 'Station', name: 'Dublin police station' },
          { ref: 'd', type: 'City', name: 'Dublin', country: 'IE' },
          {
            ref: 'f',
            type: 'Organisation',
            name: 'Fuzhou Public Security Bureau',
            kind: 'POLICE_BUREAU',
          },
        ],
        [
          claimOf(other, 0, { subject: 's', predicate: 'LOCATED_IN', object: 'd' }),
          claimOf(other, 0, { subject: 's', predicate: 'OPERATED_BY', object: 'f' }),
        ],
      ),
      'other',
    );

    const edited = sample();
    edited.source.text = `${edited.source.text}\nUpdated.`;
    edited.claims = (edited.claims ?? []).filter(
      (c) => c.predicate !== 'INVESTIGATED_BY' && c.predicate !== 'OPERATED_BY',
    );
    const result = await importFindings(graph(), edited, 'sample v2');
    expect(result.summary.outcome).toBe('updated');
    expect(result.summary.claimsReplaced).toBe(21);

    const d = await dump();
    expect(withLabel(d, 'Source')).toHaveLength(2);
    expect(withLabel(d, 'Claim')).toHaveLength(19 + 2);
    const stationId = 'station:city:2964574:dublin-police-station';
    expect(rels(d, 'INVESTIGATED_BY').filter((r) => r.from === stationId)).toHaveLength(0);
    const operated = rels(d, 'OPERATED_BY').filter((r) => r.from === stationId);
    expect(operated).toHaveLength(1);
    expect(operated[0]?.props).toMatchObject({
      claimCount: 1,
      publisherCount: 1,
      publishers: ['other-paper'],
    });
    const located = rels(d, 'LOCATED_IN').find((r) => r.from === stationId);
    expect(located?.props).toMatchObject({ claimCount: 2, publisherCount: 2 });
  });

  it('removes a relationship when the last claim behind it is retracted, and keeps the claim on record', async () => {
    await importFindings(graph(), sample(), 'sample');
    const before = await dump();
    const claim = withLabel(before, 'Claim').find((c) => c.props.predicate === 'OPERATED_BY');
    expect(claim).toBeDefined();
    const result = await retractClaim(
      graph(),
      String(claim?.props.id),
      'bureau not confirmed',
      'test',
    );
    expect(result).toEqual({ found: true, relationshipsRemoved: 1 });
    const after = await dump();
    expect(rels(after, 'OPERATED_BY')).toHaveLength(0);
    expect(node(after, String(claim?.props.id))).toMatchObject({
      retracted: true,
      retractedReason: 'bureau not confirmed',
    });
  });

  it('keeps station status as a history and derives the current one from the latest dated claim', async () => {
    const early = documentOf(['Researchers listed a suspected station in Prato.'], {
      url: 'https://a.example/1',
      published: '2022-09-05',
    });
    const late = documentOf(['Police in Prato closed the station in December.'], {
      url: 'https://b.example/2',
      published: '2022-12-20',
      publisher: 'B News',
    });
    const entities = [
      { ref: 's', type: 'Station' as const, name: 'Prato police station' },
      { ref: 'p', type: 'City' as const, name: 'Prato', country: 'IT' },
    ];
    await importFindings(
      graph(),
      late.build(entities, [
        claimOf(late, 0, { subject: 's', predicate: 'LOCATED_IN', object: 'p' }),
        claimOf(late, 0, {
          subject: 's',
          predicate: 'HAS_STATUS',
          value: 'CLOSED',
          date: '2022-12',
        }),
      ]),
      'late',
    );
    await importFindings(
      graph(),
      early.build(entities, [
        claimOf(early, 0, { subject: 's', predicate: 'LOCATED_IN', object: 'p' }),
        claimOf(early, 0, { subject: 's', predicate: 'HAS_STATUS', value: 'SUSPECTED' }),
      ]),
      'early',
    );
    let d = await dump();
    const station = withLabel(d, 'Station')[0]?.props;
    expect(station).toMatchObject({ status: 'CLOSED', statusAsOf: '2022-12' });
    const statusClaims = withLabel(d, 'Claim').filter((c) => c.props.predicate === 'HAS_STATUS');
    expect(statusClaims.map((c) => c.props.value).sort()).toEqual(['CLOSED', 'SUSPECTED']);

    const closed = statusClaims.find((c) => c.props.value === 'CLOSED');
    await retractClaim(graph(), String(closed?.props.id), 'misreported', 'test');
    d = await dump();
    expect(withLabel(d, 'Station')[0]?.props).toMatchObject({
      status: 'SUSPECTED',
      statusAsOf: '2022-09-05',
    });
  });

  it('makes no duplicates when overlapping documents are imported concurrently', async () => {
    const docs = Array.from({ length: 6 }, (_, i) => {
      const doc = documentOf(
        [`Report ${i}: a station in Rotterdam run by the Fuzhou bureau targets dissidents.`],
        {
          url: `https://concurrent.example/${i}`,
          publisher: `Paper ${i % 3}`,
        },
      );
      return doc.build(
        [
          { ref: 's', type: 'Station', name: 'Rotterdam police station' },
          { ref: 'c', type: 'City', name: 'Rotterdam' },
          { ref: 'n', type: 'Country', name: 'the Netherlands' },
          {
            ref: 'f',
            type: 'Organisation',
            name: 'Fuzhou Public Security Bureau',
            kind: 'POLICE_BUREAU',
          },
          { ref: 'd', type: 'Community', name: 'Political dissidents' },
        ],
        [
          claimOf(doc, 0, { subject: 's', predicate: 'LOCATED_IN', object: 'c' }),
          claimOf(doc, 0, { subject: 'c', predicate: 'LOCATED_IN', object: 'n' }),
          claimOf(doc, 0, { subject: 's', predicate: 'OPERATED_BY', object: 'f' }),
          claimOf(doc, 0, { subject: 's', predicate: 'TARGETS', object: 'd' }),
        ],
      );
    });
    await Promise.all(docs.map((doc, i) => importFindings(graph(), doc, `doc ${i}`)));
    const d = await dump();
    const ids = withLabel(d, 'Entity').map((n) => n.props.id);
    expect(ids).toHaveLength(new Set(ids).size);
    expect(ids.sort()).toEqual([
      'city:2747891',
      'community:political-dissidents',
      'country:NL',
      'org:fuzhou-public-security-bureau',
      'station:city:2747891:rotterdam-police-station',
    ]);
    expect(withLabel(d, 'Claim')).toHaveLength(24);
    const operated = rels(d, 'OPERATED_BY');
    expect(operated).toHaveLength(1);
    expect(operated[0]?.props).toMatchObject({ claimCount: 6, publisherCount: 3 });
  });

  it('finds candidate duplicates between documents imported at the same time', async () => {
    const a = documentOf(['Chen Jinping, 59, was charged.'], { url: 'https://a.example/chen' });
    const b = documentOf(['Jinping Chen denied the charges.'], { url: 'https://b.example/chen' });
    await Promise.all([
      importFindings(
        graph(),
        a.build(
          [{ ref: 'p', type: 'Person', name: 'Chen Jinping' }],
          [claimOf(a, 0, { subject: 'p', predicate: 'HAS_AGE', value: 59 })],
        ),
        'a',
      ),
      importFindings(
        graph(),
        b.build(
          [{ ref: 'p', type: 'Person', name: 'Jinping Chen' }],
          [claimOf(b, 0, { subject: 'p', predicate: 'HAS_ROLE', value: 'DEFENDANT' })],
        ),
        'b',
      ),
    ]);
    const candidates = withLabel(await dump(), 'CandidateDuplicate');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.props).toMatchObject({ status: 'OPEN', reason: 'NAME_ORDER' });
  });

  it('records name-order variants as candidate duplicates and never merges them', async () => {
    const a = documentOf(['Lu Jianwang, 61, was arrested.'], { url: 'https://a.example/lu' });
    const b = documentOf(['Jianwang Lu appeared in court.'], { url: 'https://b.example/lu' });
    await importFindings(
      graph(),
      a.build(
        [{ ref: 'p', type: 'Person', name: 'Lu Jianwang' }],
        [claimOf(a, 0, { subject: 'p', predicate: 'HAS_AGE', value: 61 })],
      ),
      'a',
    );
    const second = await importFindings(
      graph(),
      b.build(
        [{ ref: 'p', type: 'Person', name: 'Jianwang Lu' }],
        [claimOf(b, 0, { subject: 'p', predicate: 'HAS_ROLE', value: 'DEFENDANT' })],
      ),
      'b',
    );
    expect(second.summary.candidateDuplicates).toBe(1);
    const d = await dump();
    expect(
      withLabel(d, 'Person')
        .map((p) => p.props.id)
        .sort(),
    ).toEqual(['person:jianwang-lu', 'person:lu-jianwang']);
    const candidates = withLabel(d, 'CandidateDuplicate');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.props).toMatchObject({ status: 'OPEN', reason: 'NAME_ORDER' });
    expect(node(d, 'person:lu-jianwang')).toMatchObject({ age: 61, ageAsOf: '2023-01-10' });
  });
});

describe('importFindings with invalid input', () => {
  const cases: [string, (f: FindingsInput) => unknown, string][] = [
    ['a wrong format version', (f) => ({ ...f, format: 'outpost-findings/2' }), '$.format'],
    [
      'a missing field',
      (f) => ({ ...f, source: { ...f.source, kind: undefined } }),
      '$.source.kind',
    ],
    [
      'an unknown ref',
      (f) => ({ ...f, claims: [{ ...f.claims![0]!, object: 'nowhere' }] }),
      '$.claims[0].object',
    ],
    [
      'a predicate that does not fit its types',
      (f) => ({
        ...f,
        claims: [
          { ...f.claims![0]!, subject: 'sd', predicate: 'OPERATED_BY', object: 'fuzhou-psb' },
        ],
      }),
      '$.claims[0].predicate',
    ],
    [
      'a date that is not a date',
      (f) => ({ ...f, source: { ...f.source, published: '2022-02-30' } }),
      '$.source.published',
    ],
    [
      'offsets outside the text',
      (f) => ({ ...f, claims: [{ ...f.claims![0]!, offsets: { start: 5, end: 999_999 } }] }),
      '$.claims[0].offsets',
    ],
    [
      'a quote that is not at its offsets',
      (f) => ({
        ...f,
        claims: [{ ...f.claims![0]!, offsets: { start: 0, end: f.claims![0]!.quote.length } }],
      }),
      '$.claims[0].quote',
    ],
  ];

  it.each(cases)(
    'refuses %s, names the path and leaves the graph exactly as it was',
    async (_name, mutate, path) => {
      await resetGraph(graph());
      await importFindings(graph(), sample(), 'sample');
      const before = await dump();
      const bad = mutate(sample());
      const error = await importFindings(graph(), bad, 'bad.json').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: ErrorCode.FINDINGS_INVALID });
      const problems = (error as { details: { problems: { path: string }[] } }).details.problems;
      expect(problems.map((p) => p.path)).toContain(path);
      expect((error as Error).message).toContain(path);
      expect(await dump()).toEqual(before);
    },
  );
});
