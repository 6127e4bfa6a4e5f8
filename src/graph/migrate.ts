/**
 * Schema migrations: the numbered files in cypher/schema/ (`001-name.cypher`, ...), applied in
 * order, each recorded as a (:SchemaMigration {name, checksum}) node so that it runs once. A file
 * edited after it was applied is refused (write a new migration instead).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ErrorCode, OutpostError } from '../errors.js';
import { CYPHER_DIR, stripComments } from './catalog.js';
import type { Graph } from './gateway.js';

/** A migration file: its name (file name without `.cypher`), statements and checksum. */
export interface Migration {
  name: string;
  statements: string[];
  checksum: string;
}

/** What `migrate` did. */
export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
  latest: string | undefined;
}

const MIGRATION_FILE = /^\d{3}-[a-z0-9-]+\.cypher$/;

/** Reads the migration files of `dir` in order; a badly named file is an error. */
export function readMigrations(dir: string = join(CYPHER_DIR, 'schema')): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      if (!MIGRATION_FILE.test(file)) {
        throw new OutpostError(
          ErrorCode.MIGRATION_FAILED,
          `Schema migration ${file} must be named NNN-words.cypher`,
        );
      }
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        name: basename(file, '.cypher'),
        statements: splitStatements(stripComments(text)),
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/** Splits a file's text on `;` at the end of a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Applies, in order, each migration not applied yet; a second run is a no-op. */
export async function migrate(
  graph: Graph,
  migrations = readMigrations(),
): Promise<MigrationReport> {
  const rows = await graph.read('migrate/applied');
  const done = new Map(rows.map((row) => [String(row.name), String(row.checksum)]));
  const report: MigrationReport = { applied: [], alreadyApplied: [], latest: undefined };
  for (const migration of migrations) {
    const checksum = done.get(migration.name);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new OutpostError(
          ErrorCode.MIGRATION_FAILED,
          `Schema migration ${migration.name} was changed after it was applied`,
          { hint: 'Restore the file and put the change in a new, higher-numbered migration.' },
        );
      }
      report.alreadyApplied.push(migration.name);
    } else {
      for (const [index, statement] of migration.statements.entries()) {
        try {
          await graph.runSchemaStatement(statement, `${migration.name}#${index + 1}`);
        } catch (error) {
          throw new OutpostError(
            ErrorCode.MIGRATION_FAILED,
            `Schema migration ${migration.name}, statement ${index + 1}, failed: ${(error as Error).message}`,
            { cause: error },
          );
        }
      }
      await graph.write('migrate/record', { name: migration.name, checksum: migration.checksum });
      report.applied.push(migration.name);
    }
    report.latest = migration.name;
  }
  return report;
}
