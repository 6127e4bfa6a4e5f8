/**
 * `outpost export`: the graph (or the part the filters pick) in a format other tools read —
 * GraphML and GEXF for Gephi, CSV for spreadsheets, Findings for re-import, FollowTheMoney for
 * Aleph and OpenSanctions. Everything streams: rows come through the gateway's streaming read and
 * are written as they come (with backpressure), so memory stays bounded whatever the graph size.
 */
import { mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ErrorCode, OutpostError } from '../errors.js';
import type { Graph, Row } from '../graph/gateway.js';
import { csvRow, UTF8_BOM } from './csv.js';
import type { ExportFilters } from './filters.js';
import { findingsOfSource } from './findings.js';
import {
  entityToFtm,
  mentionToFtm,
  relationshipToFtm,
  sourceToFtm,
  type FtmEntity,
} from './ftm.js';
import { gexfBetween, gexfEdge, gexfFooter, gexfHeader, gexfNode } from './gexf.js';
import { graphmlEdge, graphmlFooter, graphmlHeader, graphmlNode } from './graphml.js';
import {
  CLAIM_COLUMNS,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  edgeWeight,
  toClaimRow,
  toEntityRow,
  toRelationshipRow,
} from './rows.js';
import { fileSink, stdoutSink, type Sink } from './sink.js';

/** The formats of `outpost export`. */
export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'findings', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What is counted as an export goes: one kind of row at a time. */
export type ExportItem = 'entities' | 'relationships' | 'claims' | 'sources' | 'mentions';

/** Options of one export. */
export interface ExportOptions {
  format: ExportFormat;
  /** A file (graphml, gexf, ftm, findings as .jsonl) or a folder (csv, findings); unset: stdout. */
  out?: string;
  filters: ExportFilters;
  /** CSV: start each file with a UTF-8 byte order mark (for Excel). */
  bom?: boolean;
  /** Called as rows are written (for progress). */
  onRow?: (item: ExportItem) => void;
}

/** What an export wrote. */
export interface ExportReport {
  format: ExportFormat;
  /** Rows written, by kind. */
  counts: Record<ExportItem, number>;
  /** FtM entities or findings documents written. */
  records: number;
  /** Files written (empty for stdout). */
  files: string[];
  bytes: number;
}

/** Exports the graph as `options` says; resolves to what was written. */
export async function exportGraph(graph: Graph, options: ExportOptions): Promise<ExportReport> {
  const report: ExportReport = {
    format: options.format,
    counts: { entities: 0, relationships: 0, claims: 0, sources: 0, mentions: 0 },
    records: 0,
    files: [],
    bytes: 0,
  };
  const params = { ...options.filters };
  const count = (item: ExportItem) => {
    report.counts[item]++;
    options.onRow?.(item);
  };
  const rows = async function* (
    name: Parameters<Graph['stream']>[0],
    item: ExportItem,
    extra: Row = {},
  ) {
    for await (const row of graph.stream(name, { ...params, ...extra })) {
      count(item);
      yield row;
    }
  };

  switch (options.format) {
    case 'graphml':
    case 'gexf': {
      const gexf = options.format === 'gexf';
      await withSink(options.out, report, async (sink) => {
        await sink.write(
          gexf
            ? gexfHeader({ description: describe(options.filters) })
            : graphmlHeader(describe(options.filters)),
        );
        for await (const row of rows('export/entities', 'entities')) {
          const entity = toEntityRow(row);
          await sink.write(gexf ? gexfNode(entity) : graphmlNode(entity));
        }
        if (gexf) await sink.write(gexfBetween());
        let index = 0;
        for await (const row of rows('export/relationships', 'relationships')) {
          const relationship = toRelationshipRow(row);
          await sink.write(gexf ? gexfEdge(relationship, index) : graphmlEdge(relationship, index));
          index++;
        }
        await sink.write(gexf ? gexfFooter() : graphmlFooter());
      });
      return report;
    }
    case 'csv': {
      if (options.out === undefined) {
        throw new OutpostError(
          ErrorCode.BAD_USER_INPUT,
          'csv writes three files (nodes.csv, edges.csv, claims.csv): give --out FOLDER',
        );
      }
      makeFolder(options.out);
      const bom = options.bom ? UTF8_BOM : '';
      await withSink(join(options.out, 'nodes.csv'), report, async (sink) => {
        await sink.write(bom + csvRow(['id', 'label', ...NODE_COLUMNS.map((c) => c.key)]));
        for await (const row of rows('export/entities', 'entities')) {
          const entity = toEntityRow(row);
          await sink.write(
            csvRow([entity.id, entity.name, ...NODE_COLUMNS.map((c) => c.value(entity))]),
          );
        }
      });
      await withSink(join(options.out, 'edges.csv'), report, async (sink) => {
        await sink.write(
          bom + csvRow(['source', 'target', 'weight', ...EDGE_COLUMNS.map((c) => c.key)]),
        );
        for await (const row of rows('export/relationships', 'relationships')) {
          const r = toRelationshipRow(row);
          await sink.write(
            csvRow([r.source, r.target, edgeWeight(r), ...EDGE_COLUMNS.map((c) => c.value(r))]),
          );
        }
      });
      await withSink(join(options.out, 'claims.csv'), report, async (sink) => {
        await sink.write(bom + csvRow(CLAIM_COLUMNS.map((c) => c.key)));
        for await (const row of rows('export/claims', 'claims')) {
          const claim = toClaimRow(row);
          await sink.write(csvRow(CLAIM_COLUMNS.map((c) => c.value(claim))));
        }
      });
      return report;
    }
    case 'findings': {
      const orphans = new Map<string, Record<string, unknown>[]>();
      for await (const row of graph.stream('export/orphan-entities')) {
        const sourceId = String(row.sourceId);
        orphans.set(sourceId, [
          ...(orphans.get(sourceId) ?? []),
          row.entity as Record<string, unknown>,
        ]);
      }
      const document = async (id: string) => {
        const [doc] = await graph.read('export/source-document', { id });
        if (doc === undefined) return undefined;
        return findingsOfSource({
          source: doc.source as Record<string, unknown>,
          claims: doc.claims as Record<string, unknown>[],
          entities: doc.entities as Record<string, unknown>[],
          orphans: orphans.get(id) ?? [],
        });
      };
      const lines =
        options.out === undefined ||
        ['.jsonl', '.ndjson'].includes(extname(options.out).toLowerCase());
      if (lines) {
        await withSink(options.out, report, async (sink) => {
          for await (const row of rows('export/sources', 'sources', { withText: false })) {
            const findings = await document(String((row.source as Row).id));
            if (findings === undefined) continue;
            await sink.write(`${JSON.stringify(findings)}\n`);
            report.records++;
          }
        });
      } else {
        const folder = options.out as string;
        makeFolder(folder);
        for await (const row of rows('export/sources', 'sources', { withText: false })) {
          const source = row.source as Row;
          const findings = await document(String(source.id));
          if (findings === undefined) continue;
          await withSink(join(folder, findingsFileName(source)), report, (sink) =>
            sink.write(`${JSON.stringify(findings, null, 2)}\n`),
          );
          report.records++;
        }
      }
      return report;
    }
    case 'ftm': {
      await withSink(options.out, report, async (sink) => {
        const write = async (entity: FtmEntity | undefined) => {
          if (entity === undefined) return;
          await sink.write(`${JSON.stringify(entity)}\n`);
          report.records++;
        };
        for await (const row of rows('export/entities', 'entities'))
          await write(entityToFtm(toEntityRow(row)));
        for await (const row of rows('export/relationships', 'relationships')) {
          await write(relationshipToFtm(toRelationshipRow(row)));
        }
        for await (const row of rows('export/sources', 'sources', { withText: true })) {
          await write(sourceToFtm(row.source as Record<string, unknown>));
        }
        for await (const row of rows('export/mentions', 'mentions')) {
          await write(
            mentionToFtm({
              source: String(row.source),
              entity: String(row.entity),
              type: String(row.type),
              predicates: (row.predicates as string[] | undefined) ?? [],
            }),
          );
        }
      });
      return report;
    }
  }
}

/** The file name of a source's findings in a folder bundle: its date and its id. */
export function findingsFileName(source: Row): string {
  const id = String(source.id)
    .replace(/^source:/, '')
    .replace(/[^A-Za-z0-9_-]/g, '-');
  const date = typeof source.published === 'string' ? `${source.published}-` : '';
  return `${date}${id}.findings.json`;
}

/** A line for the file headers that says what the export holds. */
export function describe(filters: ExportFilters): string {
  const parts = [
    filters.type ? `type ${filters.type}` : undefined,
    filters.country ? `country ${filters.country}` : undefined,
    filters.since ? `since ${filters.since}` : undefined,
  ].filter(Boolean);
  return parts.length === 0
    ? 'outpost-graph export: the whole graph'
    : `outpost-graph export: entities matching ${parts.join(', ')}, and the entities linked to them`;
}

function makeFolder(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `cannot create the folder ${path}: ${(error as Error).message}`,
    );
  }
}

async function withSink(
  path: string | undefined,
  report: ExportReport,
  work: (sink: Sink) => Promise<void>,
): Promise<void> {
  const sink = path === undefined ? stdoutSink() : fileSink(path);
  try {
    await work(sink);
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  report.bytes += sink.bytes;
  if (path !== undefined) report.files.push(path);
}
