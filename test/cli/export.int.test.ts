import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FtmEntity } from '../../src/export/ftm.js';
import type { Findings } from '../../src/findings/schema.js';
import { validateFindings } from '../../src/findings/validate.js';
import { retractClaim } from '../../src/graph/writer.js';
import { projectPath } from '../../src/paths.js';
import { ftmProblems } from '../fixtures/cli/ftm.js';
import { useTestGraph } from '../helpers/graph.js';
import { dump } from './graphCounts.js';
import { runCli } from './runCli.js';

const INPUTS = [projectPath('samples/findings'), projectPath('test/fixtures/cli/findings')];
const STATION = 'station:city:2964574:dublin-police-station';

const graph = useTestGraph();

/** Entities and relationships between entities in the graph now. */
async function expected() {
  const d = await dump(graph());
  const entities = d.nodes.filter((n) => n.labels.includes('Entity'));
  const ids = new Set(entities.map((n) => String(n.props.id)));
  const relationships = d.relationships.filter((r) => ids.has(r.from) && ids.has(r.to));
  const claims = d.nodes.filter((n) => n.labels.includes('Claim'));
  return {
    entities,
    relationships,
    claims,
    sources: d.nodes.filter((n) => n.labels.includes('Source')),
  };
}

const xml = (text: string, arrays: string[]) =>
  new XMLParser({
    ignoreAttributes: false,
    htmlEntities: true,
    parseTagValue: false,
    isArray: (name) => arrays.includes(name),
  }).parse(text);

describe('outpost export', () => {
  let dir: string;
  let retractedId: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outpost-export-'));
    const imported = await runCli(['import', ...INPUTS, '-q']);
    expect(imported.status).toBe(0);
    const claim = (await expected()).claims.find(
      (c) => c.props.predicate === 'INVESTIGATED_BY' && String(c.props.quote).includes('Garda'),
    );
    retractedId = String(claim?.props.id);
    await retractClaim(graph(), retractedId, 'not what the source says', 'test');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes GraphML that an XML parser reads back: every entity a node, every relationship an edge', async () => {
    const out = join(dir, 'graph.graphml');
    const result = await runCli(['export', '--format', 'graphml', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /Exported \d+ entities, \d+ relationships as graphml to .*graph\.graphml/,
    );
    const text = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const { graphml } = xml(text, ['key', 'node', 'edge', 'data']);
    const want = await expected();
    expect(graphml.graph.node).toHaveLength(want.entities.length);
    expect(graphml.graph.edge).toHaveLength(want.relationships.length);
    const data = (e: { data?: { '@_key': string; '#text': string }[] }) =>
      Object.fromEntries((e.data ?? []).map((d) => [d['@_key'], d['#text']]));
    const station = graphml.graph.node.find((n: { '@_id': string }) => n['@_id'] === STATION);
    expect(data(station)).toMatchObject({
      label: 'Dublin police station',
      n_type: 'Station',
      n_status: 'CLOSED',
      n_country: 'IE',
    });
    expect(Number(data(station).n_lat)).toBeCloseTo(53.33, 1);
    const located = graphml.graph.edge.find(
      (e: { '@_source': string; data: { '#text': string }[] }) =>
        e['@_source'] === STATION && data(e as never).e_relationship === 'LOCATED_IN',
    );
    expect(data(located)).toMatchObject({ e_claimCount: '1', weight: '1' });
    expect(readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });

  it('writes GEXF for Gephi with positions and claim counts as weights, to stdout without --out', async () => {
    const result = await runCli(['export', '--format', 'gexf']);
    expect(result.status).toBe(0);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const { gexf } = xml(result.stdout, ['node', 'edge', 'attvalue', 'attribute', 'attributes']);
    const want = await expected();
    expect(gexf['@_version']).toBe('1.3');
    expect(gexf.graph.nodes.node).toHaveLength(want.entities.length);
    expect(gexf.graph.edges.edge).toHaveLength(want.relationships.length);
    const station = gexf.graph.nodes.node.find((n: { '@_id': string }) => n['@_id'] === STATION);
    expect(station['viz:position']['@_x']).toMatch(/^-6\.2/);
    const operated = gexf.graph.edges.edge.find(
      (e: { '@_label': string }) => e['@_label'] === 'OPERATED_BY',
    );
    expect(Number(operated['@_weight'])).toBeGreaterThanOrEqual(1);
  });

  it('writes nodes.csv, edges.csv and claims.csv that a CSV parser reads back, quotes intact, retractions marked', async () => {
    const out = join(dir, 'csv');
    const result = await runCli(['export', '--format', 'csv', '--out', out, '--bom']);
    expect(result.status).toBe(0);
    const read = (name: string) =>
      parse(readFileSync(join(out, name), 'utf8'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
    const want = await expected();
    const nodes = read('nodes.csv');
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8').startsWith('\uFEFFid,label,type,')).toBe(
      true,
    );
    expect(nodes).toHaveLength(want.entities.length);
    expect(nodes.find((n) => n.id === STATION)).toMatchObject({
      label: 'Dublin police station',
      type: 'Station',
      match: 'true',
    });
    expect(read('edges.csv')).toHaveLength(want.relationships.length);
    const claims = read('claims.csv');
    expect(claims).toHaveLength(want.claims.length);
    const withQuotes = want.claims.find((c) => String(c.props.quote).includes('"110 Overseas"'));
    expect(claims.find((c) => c.id === withQuotes?.props.id)?.quote).toBe(withQuotes?.props.quote);
    expect(claims.find((c) => c.id === retractedId)).toMatchObject({
      retracted: 'true',
      retractedReason: 'not what the source says',
    });
  });

  it('writes FollowTheMoney entities that the FtM model accepts, every reference resolved', async () => {
    const out = join(dir, 'graph.ftm.json');
    expect((await runCli(['export', '--format', 'ftm', '--out', out, '-q'])).status).toBe(0);
    const entities = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as FtmEntity);
    expect(ftmProblems(entities)).toEqual([]);
    const schemata = new Set(entities.map((e) => e.schema));
    for (const schema of [
      'Organization',
      'PublicBody',
      'Person',
      'Address',
      'Event',
      'Membership',
      'UnknownLink',
      'Article',
      'Pages',
      'Documentation',
    ]) {
      expect(schemata).toContain(schema);
    }
    expect(
      entities.find((e) => e.id === 'og.station.city.2964574.dublin-police-station')?.properties,
    ).toMatchObject({
      country: ['ie'],
      addressEntity: ['og.city.2964574'],
    });
  });

  it('writes one findings document per source, valid, without the retracted claim', async () => {
    const out = join(dir, 'findings');
    expect((await runCli(['export', '--format', 'findings', '--out', out, '-q'])).status).toBe(0);
    const files = readdirSync(out).sort();
    const want = await expected();
    expect(files).toHaveLength(want.sources.length);
    const documents = files.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')) as Findings);
    for (const [i, doc] of documents.entries())
      expect(() => validateFindings(doc, files[i])).not.toThrow();
    const quotes = documents.flatMap((d) =>
      d.claims.filter((c) => c.predicate === 'INVESTIGATED_BY').map((c) => c.quote),
    );
    expect(quotes.some((q) => q.includes('Garda'))).toBe(false);
  });

  it('picks the entities a filter matches and the ones linked to them', async () => {
    const result = await runCli([
      'export',
      '--format',
      'csv',
      '--out',
      join(dir, 'nl'),
      '--country',
      'Netherlands',
    ]);
    expect(result.status).toBe(0);
    const nodes = parse(readFileSync(join(dir, 'nl', 'nodes.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    const matches = nodes
      .filter((n) => n.match === 'true')
      .map((n) => n.id)
      .sort();
    expect(matches).toEqual([
      'city:2747891',
      'country:NL',
      'region:NL-ZH',
      'station:city:2747891:rotterdam-police-station',
    ]);
    expect(nodes.find((n) => n.id === 'org:lishui-public-security-bureau')).toMatchObject({
      match: 'false',
    });
    expect(nodes.some((n) => (n.id ?? '').startsWith('person:'))).toBe(false);

    const people = await runCli([
      'export',
      '--format',
      'ftm',
      '--type',
      'person',
      '--since',
      '2023',
    ]);
    expect(people.status).toBe(0);
    const entities = people.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as FtmEntity);
    expect(ftmProblems(entities)).toEqual([]);
    expect(
      entities
        .filter((e) => e.schema === 'Person')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['og.person.chen-jinping', 'og.person.jianwang-lu', 'og.person.lu-jianwang']);
  });

  it('exits 2 on bad options and names them', async () => {
    const result = await runCli(['export', '--format', 'csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('give --out FOLDER');
    const country = await runCli(['export', '--format', 'gexf', '--country', 'Atlantis']);
    expect(country.status).toBe(2);
    expect(country.stderr).toContain('--country: unknown country "Atlantis"');
  });
});
