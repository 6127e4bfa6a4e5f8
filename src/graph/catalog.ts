/**
 * Named Cypher: every query outpost-graph runs lives in a `.cypher` file under `cypher/`, and is
 * loaded once, at startup, into a name -> text map. A missing file fails here, not at the first
 * request that needs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ErrorCode, OutpostError } from '../errors.js';
import { projectPath } from '../paths.js';
import { QUERY_NAMES, type QueryName } from './queryNames.js';

/** The folder that holds the named queries and the schema migrations. */
export const CYPHER_DIR = projectPath('cypher');

export type Catalog = ReadonlyMap<QueryName, string>;

let loaded: Catalog | undefined;

/** Loads (once) every query named in QUERY_NAMES; throws INTERNAL naming any missing file. */
export function loadCatalog(dir: string = CYPHER_DIR): Catalog {
  if (loaded && dir === CYPHER_DIR) return loaded;
  const files = new Map<string, string>();
  for (const file of listCypherFiles(dir)) {
    files.set(
      relative(dir, file)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, ''),
      file,
    );
  }
  const catalog = new Map<QueryName, string>();
  const missing: string[] = [];
  for (const name of QUERY_NAMES) {
    const file = files.get(name);
    if (file === undefined) missing.push(`${name}.cypher`);
    else catalog.set(name, stripComments(readFileSync(file, 'utf8')));
  }
  if (missing.length > 0) {
    throw new OutpostError(
      ErrorCode.INTERNAL,
      `Missing Cypher files in ${dir}: ${missing.join(', ')}`,
    );
  }
  if (dir === CYPHER_DIR) loaded = catalog;
  return catalog;
}

/** Every `.cypher` file below `dir`, sorted by path. */
export function listCypherFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listCypherFiles(path));
    else if (entry.name.endsWith('.cypher')) out.push(path);
  }
  return out.sort();
}

/** Drops `//` line comments (our files start with a comment that says what the query does). */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
