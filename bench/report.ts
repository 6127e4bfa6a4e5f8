/**
 * BENCHMARKS.md is made of sections, each owned by one benchmark and replaced whole when that
 * benchmark runs again (between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { projectPath } from '../src/paths.js';

/** The report file at the project root. */
export const BENCHMARKS_FILE = projectPath('BENCHMARKS.md');

const HEADER = `# Benchmarks

Figures from \`npm run bench\` (and \`npm run eval\` for extraction quality). Every speed is reported
with a baseline measured in the same run, as a ratio, because machines are shared and noisy; the
absolute numbers only describe the machine named in each section. Nothing here is asserted in the
test suite: a smoke run of each benchmark at a tiny scale only checks that the code still runs.
`;

/** Replaces (or appends) section `name` of BENCHMARKS.md with `markdown`. */
export function writeSection(name: string, markdown: string, file: string = BENCHMARKS_FILE): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start !== -1 && end !== -1
      ? `${current.slice(0, start)}${block}${current.slice(end + close.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
