import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode, type OutpostError } from '../../src/errors.js';
import { jsonPath, parseFindings, validateFindings } from '../../src/findings/validate.js';
import { projectPath } from '../../src/paths.js';

const sampleText = readFileSync(
  projectPath('samples/findings/2022-10-dublin-station-closed.findings.json'),
  'utf8',
);
type Doc = Record<string, unknown> & {
  claims: Record<string, unknown>[];
  entities: Record<string, unknown>[];
};
const sample = () => JSON.parse(sampleText) as Doc;

function problemsOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    expect((error as OutpostError).code).toBe(ErrorCode.FINDINGS_INVALID);
    return (error as OutpostError).details?.problems as { path: string; message: string }[];
  }
  throw new Error('expected the document to be refused');
}

describe('validateFindings', () => {
  it('accepts the hand-written sample with no warning', () => {
    const { findings, warnings } = parseFindings(sampleText, 'sample');
    expect(findings.entities.length).toBeGreaterThan(10);
    expect(warnings).toEqual([]);
  });

  it('says where a JSON syntax error is', () => {
    const [problem] = problemsOf(() => parseFindings('{"format": ', 'broken.json'));
    expect(problem?.path).toBe('$');
    expect(problem?.message).toMatch(/not valid JSON/);
  });

  it('names the expected format on a wrong version', () => {
    const [problem] = problemsOf(() =>
      validateFindings({ ...sample(), format: 'outpost-findings/0' }),
    );
    expect(problem).toEqual({
      path: '$.format',
      message: 'expected "outpost-findings/1", got "outpost-findings/0"',
    });
  });

  it('reports a missing field by its path', () => {
    const doc = sample();
    delete doc.claims[0]!.confidence;
    expect(problemsOf(() => validateFindings(doc))).toContainEqual({
      path: '$.claims[0].confidence',
      message: 'missing; expected number',
    });
  });

  it('refuses an unknown field rather than silently dropping it', () => {
    const doc = sample();
    doc.claims[0]!.colour = 'red';
    expect(problemsOf(() => validateFindings(doc))[0]?.message).toMatch(/unknown field colour/);
  });

  it('refuses a predicate applied to the wrong types, saying which types it takes', () => {
    const doc = sample();
    doc.claims[0] = { ...doc.claims[0], predicate: 'HAS_AGE', object: undefined, value: 3 };
    const [problem] = problemsOf(() => validateFindings(doc));
    expect(problem?.path).toBe('$.claims[0].predicate');
    expect(problem?.message).toMatch(/HAS_AGE does not apply to a Station/);
  });

  it('refuses a status outside the vocabulary', () => {
    const doc = sample();
    const index = doc.claims.findIndex((c) => c.predicate === 'HAS_STATUS');
    doc.claims[index] = { ...doc.claims[index], value: 'HALF_OPEN' };
    expect(problemsOf(() => validateFindings(doc))[0]?.path).toBe(`$.claims[${index}].value`);
  });

  it('refuses a date that is not on the calendar', () => {
    const doc = sample();
    doc.claims[0] = { ...doc.claims[0], date: '2023-13' };
    expect(problemsOf(() => validateFindings(doc))[0]?.path).toBe('$.claims[0].date');
  });

  it('refuses a ref used twice', () => {
    const doc = sample();
    doc.entities[1]!.ref = doc.entities[0]!.ref;
    expect(problemsOf(() => validateFindings(doc))[0]?.message).toMatch(/used twice/);
  });

  it('warns when a quote without offsets is not in the text', () => {
    const doc = sample();
    doc.claims[0] = { ...doc.claims[0], quote: 'words nobody wrote', offsets: undefined };
    const { warnings } = validateFindings(doc);
    expect(warnings).toEqual([
      { path: '$.claims[0].quote', message: 'quote not found in source.text' },
    ]);
  });
});

describe('jsonPath', () => {
  it('writes indexes in brackets and keys after dots', () => {
    expect(jsonPath(['claims', 3, 'offsets', 'end'])).toBe('$.claims[3].offsets.end');
  });
});
