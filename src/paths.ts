import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds package.json, cypher/, schema/ and scripts/, wherever we are run from. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A path inside the project folder. */
export function projectPath(...parts: string[]): string {
  return resolve(PROJECT_ROOT, ...parts);
}
