import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/program.js';
import { EXIT } from '../../src/cli/output.js';

describe('outpost command line', () => {
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    process.exitCode = undefined;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it.each([
    ['an unknown verb', ['frobnicate']],
    ['import without inputs', ['import']],
    ['a concurrency of 0', ['import', 'x.json', '--concurrency', '0']],
    ['a concurrency that is not a number', ['import', 'x.json', '-c', 'many']],
    ['an unknown import format', ['import', 'x.json', '--format', 'excel']],
    ['--dry-run with --json', ['import', 'x.json', '--dry-run', '--json']],
    ['export without a format', ['export']],
    ['an unknown export format', ['export', '--format', 'pdf']],
    ['csv without a folder', ['export', '--format', 'csv']],
    ['an unknown country', ['export', '--format', 'gexf', '--country', 'Atlantis']],
    ['a date that is not one', ['export', '--format', 'gexf', '--since', 'last week']],
    ['review merge with one id', ['review', 'merge', 'person:a']],
    ['a review limit of 0', ['review', 'list', '--limit', '0']],
  ])('exits 2 on %s, before touching the graph', async (_name, argv) => {
    expect(await run(argv)).toBe(EXIT.USAGE);
    expect(stderr.join('')).not.toContain('(code ');
  });

  it('exits 0 on --help of every verb, with examples', async () => {
    for (const verb of ['import', 'export', 'stats', 'review']) {
      stderr = [];
      const out: string[] = [];
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        out.push(String(chunk));
        return true;
      });
      expect(await run([verb, '--help'])).toBe(EXIT.OK);
      expect(out.join('')).toContain('Example');
    }
  });
});
