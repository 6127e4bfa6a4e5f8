/**
 * The bulk ceiling of the writer benchmark: the same rows the naive writer sends (sources,
 * entities, claims, direct relationships) written as CSV files and loaded with LOAD CSV inside
 * the server. Neo4j 5's `server.directories.import` has no default in an embedded DBMS (the
 * `import` folder comes from the packaged neo4j.conf). Under the embedded launcher
 * (scripts/neo4j/OutpostNeo4j.java) debug.log prints `server.directories.import=<dataDir>`, yet
 * `file:///bench-csv/x.csv` is not found there while the absolute `file:///<dataDir>/bench-csv/x.csv`
 * loads: file URLs resolve from the filesystem root, i.e. LOAD CSV can read any file the Neo4j
 * process can (`dbms.security.allow_csv_import_from_file_urls` defaults to true). We do not
 * change the launcher here; the files go to `<dataDir>/bench-csv/` and are read by absolute URL.
 * Each file is one LOAD CSV statement in one managed transaction (CALL … IN TRANSACTIONS needs an
 * auto-commit transaction, which the gateway does not offer; at these sizes one is fine).
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Graph } from '../src/graph/gateway.js';
import { PREDICATES, type PredicateRule } from '../src/findings/vocabulary.js';
import type { ResolvedDocument } from '../src/resolve/document.js';

/** The folder under Neo4j's import root that the CSV files go to. */
const CSV_FOLDER = 'bench-csv';

const cell = (value: unknown): string =>
  value === null || value === undefined ? '' : `"${String(value).replace(/"/g, '""')}"`;

function csv(header: string[], rows: unknown[][]): string {
  return [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}

/** Writes the CSV files of `docs` into `importDir`; returns their names. */
export function writeCsvFiles(importRoot: string, docs: ResolvedDocument[], tag: string) {
  const importDir = join(importRoot, CSV_FOLDER);
  mkdirSync(importDir, { recursive: true });
  const entities = new Map<string, unknown[]>();
  for (const d of docs)
    for (const e of d.entities) entities.set(e.id, [e.id, e.type, e.name, e.nameKey, e.tokenKey]);
  const claims = docs.flatMap((d) =>
    d.claims.map((c) => [
      c.id,
      d.source.id,
      c.subject,
      c.object,
      c.predicate,
      c.value,
      c.quote,
      c.start,
      c.end,
      c.confidence,
      c.method,
      c.date,
    ]),
  );
  const relationships = new Map<string, unknown[]>();
  for (const d of docs)
    for (const c of d.claims)
      if ((PREDICATES[c.predicate] as PredicateRule).relationship && c.object !== null)
        relationships.set(`${c.subject}|${c.predicate}|${c.object}`, [
          c.subject,
          c.predicate,
          c.object,
        ]);
  const files = {
    sources: join(importDir, `bench-${tag}-sources.csv`),
    entities: join(importDir, `bench-${tag}-entities.csv`),
    claims: join(importDir, `bench-${tag}-claims.csv`),
    relationships: join(importDir, `bench-${tag}-relationships.csv`),
  };
  const s = (d: ResolvedDocument) => d.source as unknown as Record<string, unknown>;
  writeFileSync(
    files.sources,
    csv(
      ['id', 'url', 'title', 'publisher', 'kind', 'published', 'text'],
      docs.map((d) =>
        ['id', 'url', 'title', 'publisher', 'kind', 'published', 'text'].map((k) => s(d)[k]),
      ),
    ),
  );
  writeFileSync(
    files.entities,
    csv(['id', 'type', 'name', 'nameKey', 'tokenKey'], [...entities.values()]),
  );
  writeFileSync(
    files.claims,
    csv(
      [
        'id',
        'sourceId',
        'subject',
        'object',
        'predicate',
        'value',
        'quote',
        'start',
        'end',
        'confidence',
        'method',
        'date',
      ],
      claims,
    ),
  );
  writeFileSync(
    files.relationships,
    csv(['subject', 'predicate', 'object'], [...relationships.values()]),
  );
  return {
    files,
    remove: () => Object.values(files).forEach((f) => rmSync(f, { force: true })),
  };
}

/** Loads the files written by `writeCsvFiles` in dependency order. */
export async function loadCsv(
  graph: Graph,
  files: ReturnType<typeof writeCsvFiles>['files'],
): Promise<void> {
  await graph.write('bench/loadcsv-sources', { url: pathToFileURL(files.sources).href });
  await graph.write('bench/loadcsv-entities', { url: pathToFileURL(files.entities).href });
  await graph.write('bench/loadcsv-claims', { url: pathToFileURL(files.claims).href });
  await graph.write('bench/loadcsv-relationships', {
    url: pathToFileURL(files.relationships).href,
  });
}
