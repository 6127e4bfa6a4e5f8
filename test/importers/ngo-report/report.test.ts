import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reportToFindings, type ReportOptions } from '../../../importers/ngo-report/index.js';
import { ErrorCode } from '../../../src/errors.js';
import type { Findings } from '../../../src/findings/schema.js';
import { projectPath } from '../../../src/paths.js';

const path = (name: string) => projectPath(`test/fixtures/ngo-report/${name}`);

/** What the first edition's HTML and workbook say about themselves; the CSV gets it as options. */
const ED1: ReportOptions = {
  url: 'https://reports.example.org/beyond-the-border',
  title: 'Beyond the Border: Overseas Police Service Stations',
  publisher: 'Lantern Rights Watch',
  published: '2022-09-12',
  edition: '1',
};

/** Entities and claims with refs replaced by names, and where-in-the-document left out. */
function comparable(findings: Findings) {
  const name = new Map(findings.entities.map((e) => [e.ref, `${e.type}:${e.name}`]));
  for (const e of findings.events) name.set(e.ref, `Event:${e.name}`);
  const label = (ref: string | undefined) => (ref === undefined ? undefined : name.get(ref));
  return {
    entities: findings.entities.map(({ ref: _ref, note: _note, ...e }) => JSON.stringify(e)).sort(),
    claims: findings.claims
      .map(({ offsets: _o, location: _l, ...c }) =>
        JSON.stringify({ ...c, subject: label(c.subject), object: label(c.object) }),
      )
      .sort(),
    events: findings.events
      .map(({ ref: _r, offsets: _o, location: _l, ...e }) =>
        JSON.stringify({
          ...e,
          place: label(e.place),
          participants: e.participants.map((p) => label(p.ref)),
        }),
      )
      .sort(),
  };
}

const claimsOf = (findings: Findings, predicate: string) =>
  findings.claims.filter((c) => c.predicate === predicate);
const refOf = (findings: Findings, name: string) =>
  findings.entities.find((e) => e.name === name)?.ref;

describe('reportToFindings', () => {
  it('gives the same findings for the same rows as HTML, CSV, TSV and XLSX', async () => {
    const html = await reportToFindings(
      { path: path('overseas-stations-ed1.html') },
      { narrative: false },
    );
    const csv = await reportToFindings({ path: path('overseas-stations-ed1.csv') }, ED1);
    const xlsx = await reportToFindings({ path: path('overseas-stations-ed1.xlsx') });
    const rows = parse(readFileSync(path('overseas-stations-ed1.csv'), 'utf8')) as string[][];
    const tsv = await reportToFindings(
      { bytes: Buffer.from(rows.map((r) => r.join('\t')).join('\n'), 'utf8') },
      { ...ED1, format: 'tsv' },
    );
    for (const result of [html, csv, xlsx, tsv]) {
      expect(result.rows).toBe(53);
      expect(result.stations).toBe(53);
      expect(result.unresolvedRows).toEqual([]);
    }
    const expected = comparable(csv.findings);
    expect(comparable(html.findings)).toEqual(expected);
    expect(comparable(xlsx.findings)).toEqual(expected);
    expect(comparable(tsv.findings)).toEqual(expected);
    const countries = csv.findings.entities.filter((e) => e.type === 'Country');
    expect(countries.length).toBeGreaterThanOrEqual(20);
  });

  it('quotes each row with exact offsets into the stored text and cites table and row', async () => {
    const { findings } = await reportToFindings({ path: path('overseas-stations-ed1.html') });
    const text = findings.source.text ?? '';
    for (const claim of [...findings.claims, ...findings.events]) {
      if (claim.offsets === undefined) continue;
      expect(text.slice(claim.offsets.start, claim.offsets.end)).toBe(claim.quote);
    }
    const dublin = refOf(findings, 'Dublin police station');
    const located = findings.claims.find(
      (c) => c.subject === dublin && c.predicate === 'LOCATED_IN',
    );
    expect(located?.location).toBe('table 2, row 3');
    expect(located?.quote).toBe(
      'Ireland | Dublin | Capel Street (registered as a business office) | Fuzhou PSB | Liffey Fujian Community Association | 2018-06 | Active | Fuzhou PSB announcement, January 2022 | Fuzhou 110 Overseas',
    );
    expect(text).toContain('\n\nTable 3: Stations in the Americas\nCountry | City | Address');
  });

  it("merges the narrative's findings from the news extractor, with their own refs", async () => {
    const { findings } = await reportToFindings({ path: path('overseas-stations-ed1.html') });
    const narrative = findings.claims.filter((c) => c.subject.startsWith('x.'));
    expect(narrative.length).toBeGreaterThan(0);
    expect(narrative.every((c) => c.location === undefined && c.offsets !== undefined)).toBe(true);
    expect(findings.source.text?.startsWith('Beyond the Border')).toBe(true);
    const refs = [...findings.entities.map((e) => e.ref), ...findings.events.map((e) => e.ref)];
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('reads the station, its places, bureau, host, network, status, address and opening', async () => {
    const { findings } = await reportToFindings({ path: path('overseas-stations-ed1.csv') }, ED1);
    const station = refOf(findings, 'Rotterdam police station');
    const about = findings.claims.filter((c) => c.subject === station);
    const name = (ref: string | undefined) => findings.entities.find((e) => e.ref === ref)?.name;
    expect(about.map((c) => [c.predicate, name(c.object) ?? c.value, c.date])).toEqual([
      ['LOCATED_IN', 'Rotterdam', undefined],
      ['OPERATED_BY', 'Fuzhou Public Security Bureau', undefined],
      ['HOSTED_BY', 'Rotterdam Fujianese Friendship Society', undefined],
      ['HAS_STATUS', 'CONFIRMED', '2022-09-12'],
    ]);
    // "Fuzhou" alone in the bureau column is the Fuzhou PSB, a little less surely.
    expect(about.find((c) => c.predicate === 'OPERATED_BY')?.confidence).toBe(0.8);
    expect(findings.entities.find((e) => e.name === 'Rotterdam')).toMatchObject({
      type: 'City',
      country: 'NL',
    });
    const host = refOf(findings, 'Rotterdam Fujianese Friendship Society');
    expect(findings.claims.find((c) => c.subject === host)).toMatchObject({
      predicate: 'PART_OF',
      object: refOf(findings, 'Fuzhou 110 Overseas'),
    });
    expect(findings.events.find((e) => e.participants[0]?.ref === station)).toMatchObject({
      type: 'OPENING',
      date: '2018',
      place: refOf(findings, 'Rotterdam'),
    });
    const dublin = refOf(findings, 'Dublin police station');
    expect(findings.entities.find((e) => e.ref === dublin)).toMatchObject({
      address: 'Capel Street',
    });
    expect(claimsOf(findings, 'HAS_ADDRESS').find((c) => c.subject === dublin)?.value).toBe(
      'Capel Street',
    );
  });

  it('names the stations of a place with several by address, else by host', async () => {
    const { findings } = await reportToFindings({ path: path('overseas-stations-ed1.csv') }, ED1);
    const names = findings.entities.filter((e) => e.type === 'Station').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Toronto police station (Markham)',
        'Toronto police station (Scarborough)',
        'Toronto police station (North York)',
        'London police station (Croydon)',
        'Seoul police station (Han River Jiangsu Association)',
        'Seoul police station (Songpa)',
        'Lesotho police station',
        'Dublin police station',
      ]),
    );
  });

  it('dates each status with the edition, or with the date its cell gives', async () => {
    const { findings } = await reportToFindings({ path: path('overseas-stations-ed2.html') });
    const status = (name: string) =>
      claimsOf(findings, 'HAS_STATUS').find((c) => c.subject === refOf(findings, name));
    expect(status('Dublin police station')).toMatchObject({ value: 'CLOSED', date: '2022-10' });
    expect(status('Vancouver police station')).toMatchObject({
      value: 'UNDER_INVESTIGATION',
      date: '2022-12-05',
    });
    expect(status('Budapest police station')).toMatchObject({ value: 'DENIED', date: '2022-11' });
    expect(findings.source).toMatchObject({ edition: '2', published: '2022-12-05' });
  });

  it('reports which column it read as what', async () => {
    const { columns } = await reportToFindings({ path: path('overseas-stations-ed1.csv') }, ED1);
    expect(columns.map((c) => `${c.header}->${c.field}`)).toEqual([
      'Country->country',
      'City->city',
      'Address->address',
      'Operating bureau->bureau',
      'Host organisation->host',
      'Established->established',
      'Status->status',
      'Chinese source->source',
      'Notes->notes',
      'Network->network',
    ]);
  });

  it('lets the document win over options, and warns about each difference', async () => {
    const { findings, warnings } = await reportToFindings(
      { path: path('overseas-stations-ed1.html') },
      { narrative: false, edition: '7', publisher: 'Someone Else' },
    );
    expect(findings.source.edition).toBe('1');
    expect(warnings).toContain(
      'the report gives its edition as "1"; the edition "7" passed in was not used',
    );
  });

  it('reads a file with its own headers through a column mapping', async () => {
    const file = path('custom-headers.csv');
    await expect(reportToFindings({ path: file })).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: expect.stringContaining('"Staat", "Ort"'),
    });
    const { findings, columns } = await reportToFindings(
      { path: file },
      { columns: path('custom-headers.columns.json') },
    );
    expect(columns.map((c) => c.field)).toEqual(['country', 'city', 'bureau', 'host', 'status']);
    expect(
      findings.entities.find((e) => e.type === 'Country' && e.name === 'Österreich'),
    ).toMatchObject({
      code: 'AT',
    });
  });

  it('keeps rows it cannot resolve and lists them with their row numbers', async () => {
    const { findings, unresolvedRows } = await reportToFindings({
      path: path('broken/unresolved.csv'),
    });
    expect(findings.entities.filter((e) => e.type === 'Station')).toHaveLength(6);
    expect(unresolvedRows).toEqual([
      { table: 1, row: 1, line: 2, reason: 'country "Holand" is not in ISO 3166-1' },
      { table: 1, row: 1, line: 2, reason: 'city "Rotterdm" is not in the GeoNames gazetteer' },
      { table: 1, row: 3, line: 4, reason: 'country "Untied Kingdom" is not in ISO 3166-1' },
      {
        table: 1,
        row: 4,
        line: 5,
        reason: 'city "Pratto" is not in the GeoNames gazetteer (in IT)',
      },
      { table: 1, row: 5, line: 6, reason: 'country "Atlantis" is not in ISO 3166-1' },
      { table: 1, row: 6, line: 7, reason: 'no country, region or city is given' },
    ]);
  });

  it('imports ragged rows and a Windows-1252 file with warnings', async () => {
    const ragged = await reportToFindings({ path: path('broken/ragged.csv') });
    expect(ragged.rows).toBe(4);
    expect(ragged.warnings.filter((w) => /cells but the header has/.test(w))).toHaveLength(2);
    const latin1 = await reportToFindings({ path: path('broken/latin1.csv') });
    expect(latin1.findings.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'São Paulo',
        'Málaga',
        'Besançon',
        'Costa del Sol Zhejiang Association',
      ]),
    );
    expect(latin1.warnings.join()).toMatch(/not UTF-8/);
  });

  it('refuses each unreadable input with one clear error', async () => {
    const cases: [string, string, RegExp, ReportOptions?][] = [
      ['broken/empty.csv', ErrorCode.BAD_USER_INPUT, /is empty/],
      ['broken/header-only.csv', ErrorCode.BAD_USER_INPUT, /no rows under its header/],
      ['broken/missing-columns.csv', ErrorCode.BAD_USER_INPUT, /no header row names a place/],
      ['broken/unclosed-quote.csv', ErrorCode.BAD_USER_INPUT, /Invalid Closing Quote.*line 3/],
      ['broken/utf16-no-bom.csv', ErrorCode.INPUT_UNREADABLE, /not text/],
      ['broken/not-a-workbook.xlsx', ErrorCode.INPUT_UNREADABLE, /not an Excel workbook/],
      ['broken/truncated.xlsx', ErrorCode.INPUT_UNREADABLE, /cannot be read as an Excel workbook/],
      ['broken/no-table.html', ErrorCode.BAD_USER_INPUT, /holds no table/],
      ['broken/missing.csv', ErrorCode.INPUT_UNREADABLE, /no such file/],
      ['overseas-stations-ed1.xlsx', ErrorCode.INPUT_UNREADABLE, /not CSV text/, { format: 'csv' }],
      [
        'overseas-stations-ed1.csv',
        ErrorCode.BAD_USER_INPUT,
        /not a date/,
        { published: '12/09/22' },
      ],
    ];
    for (const [file, code, message, options] of cases) {
      await expect(reportToFindings({ path: path(file) }, options), file).rejects.toMatchObject({
        code,
        message: expect.stringMatching(message),
      });
    }
  });
});
