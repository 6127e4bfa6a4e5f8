/**
 * Shared steps of the NGO-report integration tests: read a report and write its findings, and
 * compare graph dumps on what the data says (entities, relationships, claims), leaving out what
 * differs between imports of the same data (timestamps, source and claim ids, offsets, locations).
 */
import type { Graph, Row } from '../../../src/graph/gateway.js';
import { writeValidFindings, type ImportResult } from '../../../src/pipeline/importFindings.js';
import { projectPath } from '../../../src/paths.js';
import {
  reportToFindings,
  type ReportOptions,
  type ReportResult,
} from '../../../importers/ngo-report/index.js';
import { dumpGraph } from '../../helpers/graph.js';

/** A fixture of test/fixtures/ngo-report/. */
export const fixture = (name: string) => projectPath(`test/fixtures/ngo-report/${name}`);

/** What the first edition's HTML and workbook say about themselves; the CSV gets it as options. */
export const ED1: ReportOptions = {
  url: 'https://reports.example.org/beyond-the-border',
  title: 'Beyond the Border: Overseas Police Service Stations',
  publisher: 'Lantern Rights Watch',
  published: '2022-09-12',
  edition: '1',
};

/** Reads a report and writes it, as `outpost import` does. */
export async function importReport(
  graph: Graph,
  file: string,
  options: ReportOptions = {},
): Promise<{ report: ReportResult; imported: ImportResult }> {
  const report = await reportToFindings({ path: fixture(file) }, options);
  const imported = await writeValidFindings(graph, report.findings, file);
  return { report, imported };
}

/** A graph dump as the admin/dump query returns it. */
export interface Dump {
  nodes: { labels: string[]; props: Row }[];
  relationships: { from: string; type: string; to: string; props: Row }[];
}

/** The whole graph. */
export async function dump(graph: Graph): Promise<Dump> {
  return (await dumpGraph(graph)) as unknown as Dump;
}

const VOLATILE = new Set(['createdAt', 'updatedAt']);

function stable(props: Row, drop: string[] = []): Row {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([key]) => !VOLATILE.has(key) && !drop.includes(key))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/**
 * The data of a dump: entities, relationships between entities, and claims as (subject,
 * predicate, object, value, date, quote, confidence) — without sources, ids of claims, offsets
 * and locations, which differ between formats of the same rows.
 */
export function dataOf(d: Dump) {
  const entities = d.nodes.filter((n) => n.labels.includes('Entity'));
  const ids = new Set(entities.map((n) => String(n.props.id)));
  const claims = d.nodes.filter((n) => n.labels.includes('Claim'));
  const claimSides = new Map<string, { subject?: string; object?: string }>();
  for (const r of d.relationships) {
    if (r.type !== 'SUBJECT' && r.type !== 'OBJECT') continue;
    const side = claimSides.get(r.from) ?? {};
    if (r.type === 'SUBJECT') side.subject = r.to;
    else side.object = r.to;
    claimSides.set(r.from, side);
  }
  return {
    entities: entities.map((n) => JSON.stringify([n.labels.sort(), stable(n.props)])).sort(),
    relationships: d.relationships
      .filter((r) => ids.has(r.from) && ids.has(r.to))
      .map((r) => JSON.stringify([r.from, r.type, r.to, stable(r.props)]))
      .sort(),
    claims: claims
      .map((n) => {
        const side = claimSides.get(String(n.props.id)) ?? {};
        return JSON.stringify({
          ...side,
          ...stable(n.props, ['id', 'start', 'end', 'location']),
        });
      })
      .sort(),
  };
}

/** Entities of a type, by id. */
export function entitiesOf(d: Dump, type: string): Map<string, Row> {
  return new Map(
    d.nodes
      .filter((n) => n.labels.includes(type) && n.labels.includes('Entity'))
      .map((n) => [String(n.props.id), n.props]),
  );
}
