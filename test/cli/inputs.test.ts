import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countJsonLines, detectInputFormat, expandInputs, readHead } from '../../src/cli/inputs.js';
import { ErrorCode } from '../../src/errors.js';

describe('expandInputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outpost-inputs-'));
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    for (const name of [
      'b.json',
      'a.html',
      'notes.png',
      '.hidden.json',
      'table.csv',
      'bundle.jsonl',
      'sub/c.txt',
      'sub/deeper/d.json',
    ]) {
      writeFileSync(join(dir, name), '{}');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders recursively in name order, skipping hidden and unknown files', async () => {
    const { inputs, problems } = await expandInputs([dir]);
    expect(inputs.map((p) => p.slice(dir.length + 1))).toEqual([
      'a.html',
      'b.json',
      'bundle.jsonl',
      'sub/c.txt',
      'sub/deeper/d.json',
      'table.csv',
    ]);
    expect(problems).toEqual([]);
  });

  it('expands globs itself, including ** across folders', async () => {
    const { inputs } = await expandInputs([join(dir, '**/*.json')]);
    expect(inputs.map((p) => p.slice(dir.length + 1))).toEqual(['b.json', 'sub/deeper/d.json']);
  });

  it('keeps URLs, stdin and explicitly named files, and drops duplicates', async () => {
    const file = join(dir, 'notes.png');
    const { inputs } = await expandInputs(['https://example.org/a', '-', file, file]);
    expect(inputs).toEqual(['https://example.org/a', '-', file]);
  });

  it('reports a missing file and a glob that matches nothing, with the argument', async () => {
    const { inputs, problems } = await expandInputs([
      join(dir, 'missing.json'),
      join(dir, '*.nothing'),
    ]);
    expect(inputs).toEqual([]);
    expect(problems).toEqual([
      {
        input: join(dir, 'missing.json'),
        code: ErrorCode.INPUT_UNREADABLE,
        message: 'no such file or folder',
      },
      {
        input: join(dir, '*.nothing'),
        code: ErrorCode.INPUT_UNREADABLE,
        message: 'no file matches this pattern',
      },
    ]);
  });

  it('counts the documents of a JSON-lines bundle, blank lines aside', async () => {
    const bundle = join(dir, 'three.jsonl');
    writeFileSync(bundle, '{"a":1}\n\n{"b":2}\r\n{"c":3}');
    expect(await countJsonLines(bundle)).toBe(3);
    expect(readHead(bundle, 4)?.toString()).toBe('{"a"');
  });
});

describe('detectInputFormat', () => {
  const bytes = (text: string) => Buffer.from(text);

  it('goes by extension first', () => {
    expect(detectInputFormat('a.json')).toBe('findings');
    expect(detectInputFormat('a.JSONL')).toBe('findings-lines');
    expect(detectInputFormat('a.ndjson')).toBe('findings-lines');
    expect(detectInputFormat('a.html')).toBe('news');
    expect(detectInputFormat('a.txt', undefined, bytes('{"format": 1}'))).toBe('news');
    expect(detectInputFormat('https://example.org/news?id=1')).toBe('news');
  });

  it('sends station tables to the report importer', () => {
    expect(detectInputFormat('list.csv')).toBe('csv');
    expect(detectInputFormat('list.tsv')).toBe('tsv');
    expect(detectInputFormat('book.xlsx')).toBe('xlsx');
  });

  it('refuses other office formats and PDFs by name, saying which format is not supported yet', () => {
    for (const [file, name] of [
      ['book.xls', 'XLS'],
      ['notes.docx', 'DOCX'],
      ['report.pdf', 'PDF'],
    ] as const) {
      expect(() => detectInputFormat(file)).toThrow(
        expect.objectContaining({ code: ErrorCode.FORMAT_UNSUPPORTED }),
      );
      expect(() => detectInputFormat(file)).toThrow(name);
    }
  });

  it('looks at the content when the extension says nothing', () => {
    expect(
      detectInputFormat('dump', undefined, bytes('\uFEFF  {"format":"outpost-findings/1"}')),
    ).toBe('findings');
    expect(detectInputFormat('page', undefined, bytes('<!doctype html><p>x</p>'))).toBe('news');
    expect(detectInputFormat('notes', undefined, bytes('Police in Prato said...'))).toBe('news');
    expect(() =>
      detectInputFormat('book', undefined, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1])),
    ).toThrow(/not supported yet/);
    expect(() => detectInputFormat('scan', undefined, bytes('%PDF-1.7'))).toThrow(/PDF/);
  });

  it('obeys --format, and refuses one it does not know as a usage error', () => {
    expect(detectInputFormat('list.csv', 'news')).toBe('news');
    expect(detectInputFormat('a.jsonl', 'findings')).toBe('findings-lines');
    expect(() => detectInputFormat('a.json', 'excel')).toThrow(
      /--format must be one of findings, news/,
    );
  });
});
