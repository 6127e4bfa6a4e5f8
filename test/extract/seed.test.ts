import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newsToFindings } from '../../importers/news/index.js';
import type { Findings } from '../../src/findings/schema.js';
import { normaliseName } from '../../src/resolve/names.js';
import { PROJECT_ROOT } from '../../src/paths.js';

// The seed article lives beside the project, in shared/seeds; it is never copied into the repo.
const SEED = path.resolve(
  PROJECT_ROOT,
  '../shared/seeds/news-2023-04-28-netherlands-reporting-centre.txt',
);
const present = existsSync(SEED);
const why = present ? '' : ` (skipped: the seed article is not at ${SEED})`;

let findings: Findings;

function entity(type: string, name: string) {
  const key = normaliseName(name);
  return findings.entities.find(
    (e) =>
      e.type === type &&
      (normaliseName(e.name) === key || (e.aliases ?? []).some((a) => normaliseName(a) === key)),
  );
}
function ref(type: string, name: string): string {
  const found = entity(type, name);
  if (found === undefined)
    throw new Error(
      `no ${type} "${name}" among ${findings.entities.map((e) => `${e.type}:${e.name}`).join(', ')}`,
    );
  return found.ref;
}
function claims(subject: string, predicate: string) {
  return findings.claims.filter((c) => c.subject === subject && c.predicate === predicate);
}
function objects(subject: string, predicate: string): string[] {
  return claims(subject, predicate).map(
    (c) => findings.entities.find((e) => e.ref === c.object)?.name ?? String(c.value),
  );
}
function quoteIsAtOffsets(item: {
  quote: string;
  offsets?: { start: number; end: number } | undefined;
}) {
  expect(item.offsets).toBeDefined();
  expect(findings.source.text?.slice(item.offsets?.start, item.offsets?.end)).toBe(item.quote);
}

describe.skipIf(!present)(
  `extractFindings on the seed article (shared/seeds, 2023-04-28)${why}`,
  () => {
    beforeAll(async () => {
      ({ findings } = await newsToFindings({ path: SEED }, { published: '2023-04-28' }));
    }, 60_000);

    it('finds the closed stations in Rotterdam and Amsterdam, in the Netherlands', () => {
      for (const city of ['Rotterdam', 'Amsterdam']) {
        const station = ref('Station', `${city} police station`);
        expect(objects(station, 'LOCATED_IN')).toContain(city);
        expect(objects(station, 'HAS_STATUS')).toContain('CLOSED');
        expect(objects(ref('City', city), 'LOCATED_IN')).toContain('Netherlands');
      }
    });

    it('finds the Manhattan station in New York City, shut down with the FBI taking part', () => {
      const station = ref('Station', 'Manhattan police station');
      expect(objects(station, 'LOCATED_IN')).toContain('Manhattan');
      expect(objects(station, 'HAS_STATUS')).toContain('CLOSED');
      expect(objects(ref('City', 'Manhattan'), 'LOCATED_IN')).toContain('New York City');
      const closure = findings.events.find(
        (e) => e.type === 'CLOSURE' && e.participants.some((p) => p.ref === station),
      );
      expect(closure?.participants.map((p) => p.ref)).toContain(ref('Organisation', 'FBI'));
    });

    it('finds a second New York City station at an undisclosed address', () => {
      const station = ref('Station', 'New York City police station (undisclosed address)');
      expect(station).not.toBe(ref('Station', 'Manhattan police station'));
      expect(objects(station, 'LOCATED_IN')).toContain('New York City');
    });

    it('finds the Los Angeles outpost and the overseas service stations in San Francisco, Houston, Nebraska and Minnesota', () => {
      expect(objects(ref('Station', 'Los Angeles outpost'), 'LOCATED_IN')).toContain('Los Angeles');
      for (const place of ['San Francisco', 'Houston']) {
        expect(
          objects(ref('Station', `${place} overseas service station`), 'LOCATED_IN'),
        ).toContain(place);
      }
      for (const [region, code] of [
        ['Nebraska', 'US-NE'],
        ['Minnesota', 'US-MN'],
      ] as const) {
        expect(
          objects(ref('Station', `${region} overseas service station`), 'LOCATED_IN'),
        ).toContain(region);
        expect(entity('Region', region)).toMatchObject({ code });
      }
    });

    it('finds two suspected sites near Montreal under investigation by the Canadian police', () => {
      const sites = findings.entities.filter(
        (e) => e.type === 'Station' && /^Montr[ée]al/.test(e.name),
      );
      expect(sites).toHaveLength(2);
      const police = ref('Organisation', 'Canadian police');
      for (const site of sites) {
        expect(objects(site.ref, 'HAS_STATUS')).toEqual(
          expect.arrayContaining(['SUSPECTED', 'UNDER_INVESTIGATION']),
        );
        expect(claims(site.ref, 'INVESTIGATED_BY').map((c) => c.object)).toContain(police);
        expect(
          claims(site.ref, 'HAS_STATUS').find((c) => c.value === 'UNDER_INVESTIGATION')?.date,
        ).toBe('2023-03');
      }
    });

    it('finds Lu Jianwang (61) and Chen Jinping (59), New York residents, arrested and charged', () => {
      const people = [
        [ref('Person', 'Lu Jianwang'), 61],
        [ref('Person', 'Chen Jinping'), 59],
      ] as const;
      const arrest = findings.events.find((e) => e.type === 'ARREST');
      const charge = findings.events.find((e) => e.type === 'CHARGE');
      expect(arrest?.date).toBe('2023-04');
      expect(charge?.description).toMatch(/conspiracy/);
      expect(charge?.description).toMatch(/obstruction of justice/);
      for (const [person, age] of people) {
        expect(claims(person, 'HAS_AGE')[0]).toMatchObject({ value: age, date: '2023-04-28' });
        expect(objects(person, 'RESIDENT_OF')).toContain('New York City');
        expect(objects(person, 'HAS_ROLE')).toContain('DEFENDANT');
        expect(objects(person, 'CHARGED_WITH').join(' ')).toMatch(
          /conspiracy.*agents.*obstruction of justice/,
        );
        expect(arrest?.participants).toContainEqual({ ref: person, role: 'DEFENDANT' });
        expect(charge?.participants).toContainEqual({ ref: person, role: 'DEFENDANT' });
      }
    });

    it('finds Tsering Jampa, Secretary of the Tibet Support Group', () => {
      const person = ref('Person', 'Tsering Jampa');
      expect(objects(person, 'HAS_TITLE')).toContain('Secretary');
      expect(objects(person, 'AFFILIATED_WITH')).toContain('Tibet Support Group');
    });

    it('finds Safeguard Defenders, a Madrid-based NGO, as the source of the station reports', () => {
      const sd = ref('Organisation', 'Safeguard Defenders');
      expect(entity('Organisation', 'Safeguard Defenders')).toMatchObject({ kind: 'NGO' });
      expect(objects(sd, 'LOCATED_IN')).toContain('Madrid');
      for (const station of [
        'Los Angeles outpost',
        'San Francisco overseas service station',
        'Houston overseas service station',
      ]) {
        expect(claims(ref('Station', station), 'REPORTED_BY').map((c) => c.object)).toContain(sd);
      }
      const report = findings.events.find((e) => e.type === 'REPORT' && e.date === '2022');
      expect(report?.participants.map((p) => p.ref)).toContain(sd);
    });

    it('finds the UFWD, the NCTV, the FBI, the Dutch ministries and the New York Post with their kinds', () => {
      expect(entity('Organisation', 'UFWD')).toMatchObject({ kind: 'UFWD' });
      expect(entity('Organisation', 'NCTV')).toMatchObject({ kind: 'GOVERNMENT' });
      expect(entity('Organisation', 'FBI')).toMatchObject({ kind: 'LAW_ENFORCEMENT' });
      expect(entity('Organisation', 'New York Post')).toMatchObject({ kind: 'MEDIA' });
      for (const ministry of ['Ministry of Justice and Security', 'Ministry of Social Affairs']) {
        expect(entity('Organisation', ministry)).toMatchObject({ kind: 'GOVERNMENT' });
        expect(objects(ref('Organisation', ministry), 'LOCATED_IN')).toContain('Netherlands');
      }
      expect(
        findings.entities.some((e) => e.type === 'Network' && /United Front/.test(e.name)),
      ).toBe(true);
    });

    it('finds Uyghurs, Tibetans and political dissidents as targeted communities', () => {
      for (const community of ['Uyghurs', 'Tibetans', 'Political dissidents']) {
        const target = ref('Community', community);
        expect(findings.claims.some((c) => c.predicate === 'TARGETS' && c.object === target)).toBe(
          true,
        );
      }
    });

    it('finds the meeting of 20 April 2023 with the ministries', () => {
      const meeting = findings.events.find((e) => e.type === 'MEETING');
      expect(meeting?.date).toBe('2023-04-20');
      expect(meeting?.participants.map((p) => p.ref)).toContain(
        ref('Organisation', 'Ministry of Justice and Security'),
      );
    });

    it('finds the figure of at least 100 stations across 53 countries, counted for China', () => {
      const china = ref('Country', 'China');
      expect(entity('Country', 'China')).toMatchObject({ code: 'CN' });
      const figures = claims(china, 'HAS_FIGURE');
      expect(figures).toContainEqual(
        expect.objectContaining({ value: 100, unit: 'stations', qualifier: 'at least' }),
      );
      expect(figures).toContainEqual(expect.objectContaining({ value: 53, unit: 'countries' }));
    });

    it('quotes every claim and event with the exact sentence at its offsets', () => {
      expect(findings.claims.length).toBeGreaterThan(50);
      for (const item of [...findings.claims, ...findings.events]) {
        quoteIsAtOffsets(item);
        expect(item.method).toBe('EXTRACTED');
        expect(item.confidence).toBeGreaterThan(0);
      }
    });
  },
);
