import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/article.js';
import { extractFindings } from '../../src/extract/index.js';
import { validateFindings } from '../../src/findings/validate.js';

function extract(text: string, published = '2023-03-09') {
  const article: Article = { text, published, language: 'en', warnings: [] };
  const { findings } = validateFindings(extractFindings(article).findings);
  const name = (ref: string | undefined) =>
    findings.entities.find((e) => e.ref === ref)?.name ?? String(ref);
  const facts = findings.claims.map(
    (c) =>
      `${name(c.subject)} ${c.predicate} ${c.object !== undefined ? name(c.object) : String(c.value)}`,
  );
  return { findings, facts };
}

describe('extractFindings', () => {
  // The first extraction loads the gazetteers (a few seconds on a busy machine).
  beforeAll(() => void extract('A police station in Rome.'), 60_000);

  it('names one station per place of an enumeration, each in its city', () => {
    const { findings, facts } = extract(
      'Police closed two Chinese police stations in Milan and Florence last year.',
    );
    expect(findings.entities.filter((e) => e.type === 'Station').map((e) => e.name)).toEqual([
      'Milan police station',
      'Florence police station',
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        'Milan police station LOCATED_IN Milan',
        'Florence police station LOCATED_IN Florence',
        'Milan LOCATED_IN Italy',
        'Milan police station HAS_STATUS CLOSED',
      ]),
    );
  });

  it('gives a second station in the same city a qualifier from the text', () => {
    const { findings } = extract(
      'There is a police station in Toronto, and another station at a secret location in Toronto, according to Safeguard Defenders.',
    );
    expect(findings.entities.filter((e) => e.type === 'Station').map((e) => e.name)).toEqual([
      'Toronto police station',
      'Toronto police station (secret location)',
    ]);
  });

  it('reads a region after a city as where the city is', () => {
    const { facts } = extract('The RCMP is investigating a suspected outpost in Brossard, Quebec.');
    expect(facts).toEqual(
      expect.arrayContaining([
        'Brossard outpost LOCATED_IN Brossard',
        'Brossard LOCATED_IN Quebec',
        'Brossard outpost INVESTIGATED_BY Royal Canadian Mounted Police',
      ]),
    );
    expect(facts.some((f) => f.startsWith('Quebec outpost'))).toBe(false);
  });

  it('links a person to age, title, organisation and role', () => {
    const { facts } = extract(
      'Laura Harth, campaign director of Safeguard Defenders, said the report was accurate. Wang Li, 45, was charged with stalking.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'Laura Harth HAS_TITLE Campaign director',
        'Laura Harth AFFILIATED_WITH Safeguard Defenders',
        'Laura Harth HAS_ROLE ACTIVIST',
        'Wang Li HAS_AGE 45',
        'Wang Li HAS_ROLE DEFENDANT',
      ]),
    );
  });

  it('finds the bureau that runs a station and the communities it targets', () => {
    const { facts } = extract(
      'The police station in Prague was run by the Qingtian police and monitored Uyghurs and Tibetans, the group said.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'Prague police station OPERATED_BY Qingtian County Public Security Bureau',
        'Prague police station TARGETS Uyghurs',
        'Prague police station TARGETS Tibetans',
      ]),
    );
  });

  it('dates events against the article and names their participants', () => {
    const { findings } = extract(
      'Two men were arrested last month over a secret police station in Boston. Ming Zhao and Li Wei were charged with acting as agents of China.',
    );
    const arrest = findings.events.find((e) => e.type === 'ARREST');
    expect(arrest?.date).toBe('2023-02');
    expect(arrest?.participants.filter((p) => p.role === 'DEFENDANT')).toHaveLength(2);
    expect(findings.events.find((e) => e.type === 'CHARGE')?.description).toBe(
      'acting as agents of China',
    );
  });

  it('counts figures for China unless the sentence names who runs the counted stations', () => {
    const { facts } = extract(
      'Safeguard Defenders found at least 102 stations in 53 countries. The Fuzhou Public Security Bureau runs 30 stations, the group said.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'China HAS_FIGURE 102',
        'China HAS_FIGURE 53',
        'Fuzhou Public Security Bureau HAS_FIGURE 30',
      ]),
    );
  });
});
