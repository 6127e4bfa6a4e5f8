import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { claimOf, documentOf } from '../fixtures/findings/builders.js';
import { gazetteFindings, timesFindings } from '../fixtures/api/outposts.js';
import { dumpGraph, resetGraph, useTestGraph } from '../helpers/graph.js';
import { codeOf, type Data, KEY_ENTRIES, KEYS, startTestApi, type TestApi } from './helpers.js';
import { ID } from './ids.js';

const graph = useTestGraph();
let t: TestApi;

beforeAll(async () => {
  t = await startTestApi(graph());
});
afterAll(async () => t?.close());

async function loadFixtures() {
  await resetGraph(graph());
  await importFindings(graph(), gazetteFindings(), 'gazette');
  await importFindings(graph(), timesFindings(), 'times');
}

/** A small new document for imports. */
function newDocument(
  sentence = 'The Prague station was run by the Qingtian County Public Security Bureau.',
) {
  const doc = documentOf([sentence], {
    url: 'https://new.test/prague',
    publisher: 'New Paper',
    published: '2023-06-01',
  });
  return doc.build(
    [
      { ref: 's', type: 'Station', name: 'Prague station' },
      { ref: 'prague', type: 'City', name: 'Prague', country: 'CZ' },
      {
        ref: 'q',
        type: 'Organisation',
        name: 'Qingtian County Public Security Bureau',
        kind: 'POLICE_BUREAU',
      },
    ],
    [
      claimOf(doc, 0, { subject: 's', predicate: 'LOCATED_IN', object: 'prague' }),
      claimOf(doc, 0, { subject: 's', predicate: 'OPERATED_BY', object: 'q' }),
    ],
  );
}

const IMPORT = `mutation ($findings: JSON!, $dryRun: Boolean) {
  importFindings(findings: $findings, dryRun: $dryRun) {
    outcome sourceId entitiesCreated entitiesMatched claims relationships warnings review
    source { url publisher }
  } }`;
const RETRACT = `mutation ($id: ID!, $reason: String!) {
  retractClaim(id: $id, reason: $reason) {
    relationshipsRemoved claim { id retracted retractedReason retractedBy }
  } }`;
const MERGE = `mutation ($keep: ID!, $merge: ID!) {
  mergeEntities(keep: $keep, merge: $merge) {
    claimsMoved aliasesAdded relationships entity { id name aliases }
  } }`;
const NOT_DUPLICATE = `mutation ($a: ID!, $b: ID!) {
  markNotDuplicate(a: $a, b: $b) { id status reason resolvedBy entities { id } } }`;

const mutationsRecorded = async () =>
  ((await dumpGraph(graph())).nodes as { labels: string[]; props: Record<string, unknown> }[])
    .filter((n) => n.labels.includes('Mutation'))
    .map((n) => n.props);

describe('access', () => {
  beforeAll(loadFixtures);

  it('lets anyone read when reading is open, and refuses a wrong key even then', async () => {
    const open = await t.gql(`{ entity(id: "${ID.lu}") { name } }`);
    expect(open.data).toEqual({ entity: { name: 'Lu Jianwang' } });
    const wrong = await t.gql(
      `{ entity(id: "${ID.lu}") { name } }`,
      {},
      { key: { raw: 'not-a-key' } },
    );
    expect(wrong.status).toBe(401);
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    const viaHeader = await t.gql(
      `{ entity(id: "${ID.lu}") { name } }`,
      {},
      {
        headers: { 'x-api-key': KEYS.reader },
      },
    );
    expect(viaHeader.data).toEqual({ entity: { name: 'Lu Jianwang' } });
  });

  it('refuses every mutation without a key (UNAUTHENTICATED) and writes nothing', async () => {
    const before = await dumpGraph(graph());
    for (const [query, variables] of [
      [IMPORT, { findings: newDocument() }],
      [RETRACT, { id: 'claim:x', reason: 'test' }],
      [MERGE, { keep: ID.lu, merge: ID.luReversed }],
      [NOT_DUPLICATE, { a: ID.lu, b: ID.chen }],
    ] as const) {
      const r = await t.gql(query, variables);
      expect(r.status).toBe(401);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.data).toBeUndefined();
    }
    expect(await dumpGraph(graph())).toEqual(before);
  });

  it('refuses writes to readers and merges to writers (FORBIDDEN) and writes nothing', async () => {
    const before = await dumpGraph(graph());
    const reader = await t.gql(IMPORT, { findings: newDocument() }, { key: 'reader' });
    expect(reader.status).toBe(403);
    expect(codeOf(reader)).toBe('FORBIDDEN');
    const writer = await t.gql(MERGE, { keep: ID.lu, merge: ID.luReversed }, { key: 'writer' });
    expect(codeOf(writer)).toBe('FORBIDDEN');
    const dismiss = await t.gql(NOT_DUPLICATE, { a: ID.lu, b: ID.chen }, { key: 'writer' });
    expect(codeOf(dismiss)).toBe('FORBIDDEN');
    // A request with one field the caller may not use is refused whole, before anything runs.
    const mixed = await t.gql(
      `mutation ($findings: JSON!) {
        a: importFindings(findings: $findings) { outcome }
        b: mergeEntities(keep: "${ID.lu}", merge: "${ID.luReversed}") { claimsMoved }
      }`,
      { findings: newDocument() },
      { key: 'writer' },
    );
    expect(codeOf(mixed)).toBe('FORBIDDEN');
    expect(mixed.errors?.[0]?.extensions?.field).toBe('mergeEntities');
    const audit = await t.gql(`{ auditLog { edges { node { id } } } }`, {}, { key: 'writer' });
    expect(codeOf(audit)).toBe('FORBIDDEN');
    expect(await dumpGraph(graph())).toEqual(before);
  });

  it('needs a key for everything when reading is key-only', async () => {
    const closed = await startTestApi(graph(), { readAccess: 'key', keys: KEY_ENTRIES });
    try {
      const anonymous = await closed.gql(`{ stats { stations } }`);
      expect(anonymous.status).toBe(401);
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      const reader = await closed.gql(`{ stats { stations } }`, {}, { key: 'reader' });
      expect(reader.data).toEqual({ stats: { stations: 4 } });
    } finally {
      await closed.close();
    }
  });
});

describe('importFindings', () => {
  beforeEach(loadFixtures);

  it('imports a document for a writer, once: the same findings again change nothing', async () => {
    const first = await t.gql<{ importFindings: Data }>(
      IMPORT,
      { findings: newDocument() },
      { key: 'writer' },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.importFindings).toMatchObject({
      outcome: 'CREATED',
      // The station, Prague, the bureau, and Czechia, which Prague's gazetteer entry brings in.
      entitiesCreated: 4,
      entitiesMatched: 0,
      claims: 2,
      relationships: 2,
      source: { url: 'https://new.test/prague', publisher: 'New Paper' },
    });
    const stations = await t.gql<{ stations: { totalCount: number } }>(
      `{ stations(filter: { country: "CZ" }) { totalCount } }`,
    );
    expect(stations.data!.stations.totalCount).toBe(1);
    const before = await dumpGraph(graph());
    const again = await t.gql<{ importFindings: Data }>(
      IMPORT,
      { findings: newDocument() },
      { key: 'admin' },
    );
    expect(again.data!.importFindings.outcome).toBe('UNCHANGED');
    const after = (await dumpGraph(graph())) as { nodes: { labels: string[] }[] };
    const withoutAudit = (d: unknown) => ({
      ...(d as object),
      nodes: (d as { nodes: { labels: string[] }[] }).nodes.filter(
        (n) => !n.labels.includes('Mutation'),
      ),
    });
    expect(withoutAudit(after)).toEqual(withoutAudit(before));
  });

  it('validates and resolves only on a dry run', async () => {
    const before = await dumpGraph(graph());
    const r = await t.gql<{ importFindings: Data }>(
      IMPORT,
      { findings: newDocument(), dryRun: true },
      { key: 'writer' },
    );
    expect(r.data!.importFindings).toMatchObject({ outcome: 'DRY_RUN', claims: 2, source: null });
    expect(r.data!.importFindings.sourceId).toMatch(/^source:/);
    const after = (await dumpGraph(graph())) as { nodes: { labels: string[] }[] };
    expect(after.nodes.filter((n) => !n.labels.includes('Mutation'))).toEqual(
      (before as { nodes: { labels: string[] }[] }).nodes,
    );
  });

  it('refuses an invalid document whole, naming each problem by its JSON path', async () => {
    const before = await dumpGraph(graph());
    const bad = newDocument();
    (bad.claims as { object?: string }[])[0]!.object = 'nowhere';
    const r = await t.gql(IMPORT, { findings: bad }, { key: 'writer' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.reason).toBe('FINDINGS_INVALID');
    expect(JSON.stringify(r.errors?.[0]?.extensions)).toContain('$.claims[0].object');
    expect(await dumpGraph(graph())).toEqual(before);
  });

  it('records who imported what, and when', async () => {
    await t.gql(IMPORT, { findings: newDocument() }, { key: 'writer' });
    const [record] = await mutationsRecorded();
    expect(record).toMatchObject({
      actor: 'test-writer',
      role: 'writer',
      action: 'importFindings',
    });
    expect(String(record?.target)).toMatch(/^source:/);
    expect(JSON.parse(String(record?.details))).toMatchObject({
      outcome: 'CREATED',
      url: 'https://new.test/prague',
    });
    expect(record?.at).toBeDefined();
  });
});

describe('importDocument', () => {
  beforeAll(loadFixtures);

  it('imports a Findings document given as text', async () => {
    const r = await t.gql<{ importDocument: Data }>(
      `mutation ($text: String!) { importDocument(input: { text: $text, format: FINDINGS }) { outcome claims } }`,
      { text: JSON.stringify(newDocument()) },
      { key: 'writer' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.importDocument).toEqual({ outcome: 'CREATED', claims: 2 });
  });

  it('refuses inputs that are not exactly one of url, html or text, and local or non-http URLs', async () => {
    const query = `mutation ($input: ImportDocumentInput!) { importDocument(input: $input) { outcome } }`;
    for (const input of [
      {},
      { url: 'https://a.test/x', text: 'x' },
      { url: 'file:///etc/passwd' },
      { url: 'http://127.0.0.1:7474/' },
      { url: 'http://localhost/' },
      { url: 'http://[::1]/' },
      { url: 'http://10.0.0.8/admin' },
      { url: 'not a url' },
    ]) {
      const r = await t.gql(query, { input }, { key: 'writer' });
      expect(codeOf(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
  });

  it('imports an article through the news importer, or says that it is unavailable', async () => {
    const r = await t.gql<{ importDocument: Data }>(
      `mutation ($text: String!) {
        importDocument(input: { text: $text, dryRun: true, published: "2023-04-28", publisher: "Test Wire" }) {
          outcome claims findings
        } }`,
      {
        text: 'Rotterdam [Netherlands], April 28 : The Dutch government said the Chinese police station in Rotterdam had been closed.',
      },
      { key: 'writer' },
    );
    if (r.errors !== undefined) {
      expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
      expect(r.errors[0]?.extensions?.reason).toBe('NEWS_IMPORTER_UNAVAILABLE');
      expect(r.errors[0]?.message).toContain('news importer is not available');
    } else {
      expect(r.data!.importDocument.outcome).toBe('DRY_RUN');
      expect(r.data!.importDocument.findings.format).toBe('outpost-findings/1');
    }
  });
});

describe('retractClaim', () => {
  beforeEach(loadFixtures);

  const chainClaim = async () => {
    const r = await t.gql<{ entity: { claims: { id: string; quote: string }[] } }>(
      `{ entity(id: "${ID.ufwd}") { claims(predicates: [PART_OF]) { id quote } } }`,
    );
    return r.data!.entity.claims[0]!.id;
  };

  it('retracts a claim for a writer: it stays, marked, and the link it alone made goes', async () => {
    const id = await chainClaim();
    const r = await t.gql<{ retractClaim: Data }>(
      RETRACT,
      { id, reason: 'The network was misidentified.' },
      { key: 'writer' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.retractClaim).toEqual({
      relationshipsRemoved: 1,
      claim: {
        id,
        retracted: true,
        retractedReason: 'The network was misidentified.',
        retractedBy: 'test-writer',
      },
    });
    const paths = await t.gql<{ paths: unknown[] }>(
      `{ paths(from: "${ID.rotterdamStation}", to: "${ID.ufwd}", maxHops: 6) { length } }`,
    );
    expect(paths.data!.paths).toEqual([]);
    const claims = await t.gql<{ entity: { all: unknown[]; current: unknown[] } }>(
      `{ entity(id: "${ID.ufwd}") { all: claims(includeRetracted: true) { id } current: claims { id } } }`,
    );
    expect(claims.data!.entity.all).toHaveLength(1);
    expect(claims.data!.entity.current).toHaveLength(0);
    const [record] = await mutationsRecorded();
    expect(record).toMatchObject({ action: 'retractClaim', target: id, actor: 'test-writer' });
  });

  it('refuses an unknown claim, a claim already retracted and an empty reason', async () => {
    const id = await chainClaim();
    expect(codeOf(await t.gql(RETRACT, { id: 'claim:none', reason: 'x' }, { key: 'writer' }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await t.gql(RETRACT, { id, reason: '  ' }, { key: 'writer' }))).toBe(
      'BAD_USER_INPUT',
    );
    await t.gql(RETRACT, { id, reason: 'wrong' }, { key: 'writer' });
    const again = await t.gql(RETRACT, { id, reason: 'again' }, { key: 'admin' });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toContain('already retracted');
  });
});

describe('mergeEntities and markNotDuplicate', () => {
  beforeEach(loadFixtures);

  it('merges a duplicate into the entity kept, re-deriving its relationships', async () => {
    const r = await t.gql<{ mergeEntities: Data }>(
      MERGE,
      { keep: ID.lu, merge: ID.luReversed },
      { key: 'admin' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.mergeEntities).toMatchObject({
      claimsMoved: 1,
      aliasesAdded: ['Jianwang Lu'],
      entity: { id: ID.lu, name: 'Lu Jianwang', aliases: ['Jianwang Lu'] },
    });
    const after = await t.gql<Data>(`{
      gone: entity(id: "${ID.luReversed}") { id }
      lu: entity(id: "${ID.lu}") { ... on Person { age affiliations { entity { id } relationship { claimCount publisherCount } } } }
      search(query: "Jianwang Lu", types: [Person]) { edges { node { id } } }
      duplicates(status: MERGED) { edges { node { id status resolvedBy } } }
      open: duplicates { edges { node { id } } }
    }`);
    expect(after.errors).toBeUndefined();
    expect(after.data!.gone).toBeNull();
    expect(after.data!.lu.age).toBe(61);
    expect(after.data!.lu.affiliations).toEqual([
      { entity: { id: ID.manhattanStation }, relationship: { claimCount: 2, publisherCount: 2 } },
    ]);
    expect(after.data!.search.edges[0].node.id).toBe(ID.lu);
    expect(after.data!.duplicates.edges).toEqual([
      { node: { id: `dup:${ID.luReversed}|${ID.lu}`, status: 'MERGED', resolvedBy: 'test-admin' } },
    ]);
    expect(after.data!.open.edges).toEqual([]);
    const [record] = await mutationsRecorded();
    expect(record).toMatchObject({
      action: 'mergeEntities',
      target: ID.lu,
      actor: 'test-admin',
      role: 'admin',
    });
  });

  it('refuses to merge an entity into itself, into another type, or an unknown one', async () => {
    const before = await dumpGraph(graph());
    expect(codeOf(await t.gql(MERGE, { keep: ID.lu, merge: ID.lu }, { key: 'admin' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(MERGE, { keep: ID.lu, merge: ID.fuzhou }, { key: 'admin' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(await t.gql(MERGE, { keep: ID.lu, merge: 'person:nobody' }, { key: 'admin' })),
    ).toBe('NOT_FOUND');
    expect(await dumpGraph(graph())).toEqual(before);
  });

  it('dismisses a candidate duplicate, or records a pair as not the same', async () => {
    const existing = await t.gql<{ markNotDuplicate: Data }>(
      NOT_DUPLICATE,
      { a: ID.lu, b: ID.luReversed },
      { key: 'admin' },
    );
    expect(existing.data!.markNotDuplicate).toEqual({
      id: `dup:${ID.luReversed}|${ID.lu}`,
      status: 'DISMISSED',
      reason: 'NAME_ORDER',
      resolvedBy: 'test-admin',
      entities: [{ id: ID.luReversed }, { id: ID.lu }],
    });
    const manual = await t.gql<{ markNotDuplicate: Data }>(
      NOT_DUPLICATE,
      { a: ID.chen, b: ID.lu },
      { key: 'admin' },
    );
    expect(manual.data!.markNotDuplicate).toMatchObject({ status: 'DISMISSED', reason: 'MANUAL' });
    const open = await t.gql<{ duplicates: { edges: unknown[] } }>(
      `{ duplicates { edges { node { id } } } }`,
    );
    expect(open.data!.duplicates.edges).toEqual([]);
    // A re-import does not re-open a dismissed pair.
    await importFindings(graph(), timesFindings(), 'times again');
    const still = await t.gql<{ duplicates: { edges: unknown[] } }>(
      `{ duplicates { edges { node { id } } } }`,
    );
    expect(still.data!.duplicates.edges).toEqual([]);
    expect(
      codeOf(await t.gql(NOT_DUPLICATE, { a: ID.lu, b: 'person:nobody' }, { key: 'admin' })),
    ).toBe('NOT_FOUND');
  });
});

describe('auditLog', () => {
  beforeAll(loadFixtures);

  it('lists every mutation that went through, newest first, for admins, page by page', async () => {
    await t.gql(IMPORT, { findings: newDocument() }, { key: 'writer' });
    await t.gql(NOT_DUPLICATE, { a: ID.lu, b: ID.luReversed }, { key: 'admin' });
    await t.gql(IMPORT, { findings: newDocument() }, { key: 'reader' });
    const first = await t.gql<{ auditLog: Data }>(
      `{ auditLog(first: 1) { pageInfo { hasNextPage endCursor } edges { node { actor role action target at details } } } }`,
      {},
      { key: 'admin' },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.auditLog.edges[0].node).toMatchObject({
      actor: 'test-admin',
      action: 'markNotDuplicate',
      details: { a: ID.lu, b: ID.luReversed, existed: true },
    });
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<{ auditLog: Data }>(
      `query ($after: String) { auditLog(first: 5, after: $after) { pageInfo { hasNextPage } edges { node { actor action } } } }`,
      { after: first.data!.auditLog.pageInfo.endCursor },
      { key: 'admin' },
    );
    expect(next.data!.auditLog.edges).toEqual([
      { node: { actor: 'test-writer', action: 'importFindings' } },
    ]);
    expect(next.data!.auditLog.pageInfo.hasNextPage).toBe(false);
  });
});
