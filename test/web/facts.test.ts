import { describe, expect, it } from 'vitest';
import type { Claim, Link } from '../../web/src/api/types.js';
import {
  citedSources,
  groupLinks,
  linkEvidence,
  literalFacts,
} from '../../web/src/entity/facts.js';

const source = (id: string, publisher: string | null, published = '2022-10') => ({
  id,
  url: `https://example.org/${id}`,
  title: id,
  publisher,
  published,
  kind: 'NEWS',
});

let n = 0;
const claim = (over: Partial<Claim>): Claim => ({
  id: `claim:${++n}`,
  predicate: 'HAS_STATUS',
  value: null,
  unit: null,
  qualifier: null,
  role: null,
  date: null,
  quote: 'words',
  offsets: null,
  location: null,
  confidence: 0.9,
  method: 'CURATED',
  source: source('s1', 'Times'),
  subject: { id: 'station:a', type: 'Station', name: 'A' },
  object: null,
  ...over,
});

const link = (type: string, direction: 'OUT' | 'IN', other: string, publishers = 1): Link => ({
  type,
  direction,
  entity: { id: other, type: 'Organisation', name: other },
  relationship: {
    id: `${other}|${type}`,
    type,
    reference: false,
    claimCount: publishers,
    publisherCount: publishers,
    publisherKeys: [],
    firstSeen: null,
    lastSeen: null,
    roles: [],
  },
});

describe('entity facts', () => {
  it('groups literal claims by what they state and counts distinct publishers', () => {
    const facts = literalFacts([
      claim({ value: 'CLOSED', source: source('s1', 'Times') }),
      claim({ value: 'CLOSED', source: source('s2', 'times ') }),
      claim({ value: 'CLOSED', source: source('s3', 'Post'), date: '2023-01' }),
      claim({ value: 'SUSPECTED' }),
      claim({ predicate: 'OPERATED_BY', object: { id: 'org:b', type: 'Organisation', name: 'B' } }),
    ]);
    expect(facts.map((f) => [f.value, f.claims.length, f.publisherCount, f.latest])).toEqual([
      ['CLOSED', 3, 2, '2023-01'],
      ['SUSPECTED', 1, 1, '2022-10'],
    ]);
  });

  it('finds the claims behind a link in the right direction', () => {
    const out = claim({
      predicate: 'OPERATED_BY',
      object: { id: 'org:b', type: 'Organisation', name: 'B' },
    });
    const reverse = claim({
      predicate: 'OPERATED_BY',
      subject: { id: 'org:b', type: 'Organisation', name: 'B' },
      object: { id: 'station:a', type: 'Station', name: 'A' },
    });
    expect(linkEvidence('station:a', link('OPERATED_BY', 'OUT', 'org:b'), [out, reverse])).toEqual([
      out,
    ]);
    expect(linkEvidence('station:a', link('OPERATED_BY', 'IN', 'org:b'), [out, reverse])).toEqual([
      reverse,
    ]);
  });

  it('groups links by kind in the vocabulary order, best corroborated first', () => {
    const groups = groupLinks(
      'station:a',
      [
        link('TARGETS', 'OUT', 'community:x'),
        link('OPERATED_BY', 'OUT', 'org:weak', 1),
        link('OPERATED_BY', 'OUT', 'org:strong', 3),
        link('LOCATED_IN', 'OUT', 'city:1'),
      ],
      [],
    );
    expect(groups.map((g) => g.label)).toEqual(['Located in', 'Operated by', 'Targets']);
    expect(groups[1]?.links.map((l) => l.link.entity.id)).toEqual(['org:strong', 'org:weak']);
  });

  it('lists each cited source once, in order of first citation', () => {
    const a = claim({ source: source('s1', 'Times') });
    const b = claim({ source: source('s2', 'Post') });
    const c = claim({ source: source('s1', 'Times') });
    expect(citedSources([a, b, c]).map((s) => s.id)).toEqual(['s1', 's2']);
  });
});
