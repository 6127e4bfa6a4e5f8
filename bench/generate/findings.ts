/**
 * Synthetic findings documents shaped like the real thing: stations spread over real cities with a
 * long tail of countries, the bureaus that run them, front organisations, people, communities,
 * events, and a source whose text the claims quote with exact offsets. Seeded, so runs repeat.
 */
import type { FindingsInput } from '../../src/findings/schema.js';
import { Random } from './random.js';

/** Real cities (name, ISO country) with stations reported in public sources, most reported first. */
export const CITIES: readonly (readonly [string, string])[] = [
  ['New York City', 'US'],
  ['London', 'GB'],
  ['Toronto', 'CA'],
  ['Milan', 'IT'],
  ['Paris', 'FR'],
  ['Madrid', 'ES'],
  ['Rotterdam', 'NL'],
  ['Amsterdam', 'NL'],
  ['Dublin', 'IE'],
  ['Prato', 'IT'],
  ['Rome', 'IT'],
  ['Vancouver', 'CA'],
  ['Montreal', 'CA'],
  ['Glasgow', 'GB'],
  ['Budapest', 'HU'],
  ['Frankfurt', 'DE'],
  ['Lisbon', 'PT'],
  ['Belgrade', 'RS'],
  ['Athens', 'GR'],
  ['Prague', 'CZ'],
  ['Stockholm', 'SE'],
  ['Vienna', 'AT'],
  ['Bucharest', 'RO'],
  ['Sofia', 'BG'],
  ['Warsaw', 'PL'],
  ['Los Angeles', 'US'],
  ['San Francisco', 'US'],
  ['Houston', 'US'],
  ['Sydney', 'AU'],
  ['Auckland', 'NZ'],
  ['Tokyo', 'JP'],
  ['Seoul', 'KR'],
  ['Johannesburg', 'ZA'],
  ['Lagos', 'NG'],
  ['Nairobi', 'KE'],
  ['Buenos Aires', 'AR'],
  ['Sao Paulo', 'BR'],
  ['Santiago', 'CL'],
  ['Lima', 'PE'],
  ['Mexico City', 'MX'],
  ['Quito', 'EC'],
  ['Bogota', 'CO'],
  ['Caracas', 'VE'],
  ['Dhaka', 'BD'],
  ['Kathmandu', 'NP'],
  ['Ulaanbaatar', 'MN'],
  ['Phnom Penh', 'KH'],
  ['Vientiane', 'LA'],
  ['Yangon', 'MM'],
  ['Jakarta', 'ID'],
  ['Kuala Lumpur', 'MY'],
];

const BUREAUS = [
  'Fuzhou',
  'Qingtian',
  'Wenzhou',
  'Nantong',
  'Lishui',
  'Jiangsu',
  'Zhejiang',
  'Changle',
];
const FRONT_WORDS = [
  'Overseas Chinese',
  'Fujian',
  'Zhejiang',
  'Hometown',
  'Friendship',
  'Chamber of Commerce',
  'Benevolent',
  'Cultural',
];
const FRONT_KINDS = ['Association', 'Federation', 'Society', 'Union'];
const SURNAMES = [
  'Chen',
  'Lin',
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Huang',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
];
const GIVEN = [
  'Jian',
  'Wei',
  'Ming',
  'Hua',
  'Ping',
  'Jun',
  'Li',
  'Qiang',
  'Yan',
  'Xin',
  'Hong',
  'Bo',
  'Lei',
  'Tao',
];
const COMMUNITIES = [
  'Uyghurs',
  'Tibetans',
  'Hong Kongers',
  'Political dissidents',
  'Overseas Chinese',
  'Falun Gong practitioners',
];
const STATUSES = ['SUSPECTED', 'CONFIRMED', 'UNDER_INVESTIGATION', 'CLOSED', 'DENIED'] as const;
const PUBLISHERS = [
  'The Daily Ledger',
  'Harbour Times',
  'Civic Monitor',
  'Northern Post',
  'Safeguard Defenders',
  'Wire Service',
  'Evening Courier',
];

/** Options for `generateFindings`. */
export interface GenerateOptions {
  documents: number;
  seed: number;
  /** Stations to spread documents over; fewer stations means more overlap between documents. */
  stations?: number;
  /** Share of documents that are NGO reports with a table of 20-120 stations (default 0.1). */
  reportShare?: number;
  /** Rows (stations) of a report's table, at least and at most (default 20 and 120). */
  reportRows?: readonly [number, number];
}

interface StationSpec {
  name: string;
  city: string;
  country: string;
  bureau: string;
  host: string;
}

/** `documents` findings documents; each mentions one station, its city, bureau, host, people... */
export function generateFindings(options: GenerateOptions): FindingsInput[] {
  return [...findingsStream(options)];
}

/** The documents of `generateFindings`, made one at a time (scale M does not fit in memory at once). */
export function* findingsStream(options: GenerateOptions): Generator<FindingsInput> {
  const random = new Random(options.seed);
  const stationCount = options.stations ?? Math.max(10, Math.floor(options.documents / 3));
  const stations: StationSpec[] = Array.from({ length: stationCount }, (_, i) => {
    const [city, country] = random.zipf(CITIES);
    const bureau = `${random.pick(BUREAUS)} Public Security Bureau`;
    const host = `${random.pick(FRONT_WORDS)} ${random.pick(FRONT_WORDS)} ${random.pick(FRONT_KINDS)} of ${city}`;
    return { name: `${city} service station ${i + 1}`, city, country, bureau, host };
  });
  const reportShare = options.reportShare ?? 0.1;
  for (let d = 0; d < options.documents; d++) {
    if (random.next() < reportShare) {
      yield report(random, stations, options.seed, d, options.reportRows ?? [20, 120]);
      continue;
    }
    const station = random.pick(stations);
    const person = `${random.pick(SURNAMES)} ${random.pick(GIVEN)}${random.pick(GIVEN).toLowerCase()}`;
    const community = random.pick(COMMUNITIES);
    const status = random.pick(STATUSES);
    const age = random.int(25, 75);
    const year = random.int(2018, 2024);
    const month = String(random.int(1, 12)).padStart(2, '0');
    const sentences = [
      `Researchers say a ${station.name.toLowerCase().includes('station') ? 'station' : 'site'} in ${station.city} is run by the ${station.bureau}.`,
      `The office is housed by the ${station.host}, a local community group.`,
      `Officials in ${station.city} describe its status as ${status.toLowerCase().replace('_', ' ')}.`,
      `${person}, ${age}, a member of the ${station.host}, was named by the report.`,
      `Activists say the station has been used to pressure ${community.toLowerCase()} abroad.`,
      `Police opened an inquiry into the site in ${station.city}.`,
    ];
    const text = sentences.join(' ');
    const q = (i: number) => {
      const quote = sentences[i] as string;
      const start = text.indexOf(quote);
      return {
        quote,
        offsets: { start, end: start + quote.length },
        confidence: 0.8,
        method: 'EXTRACTED' as const,
      };
    };
    yield {
      format: 'outpost-findings/1',
      source: {
        url: `https://bench.outpost-graph.org/${options.seed}/${d}`,
        title: `Report ${d} on the ${station.city} station`,
        publisher: random.zipf(PUBLISHERS),
        published: `${year}-${month}`,
        language: 'en',
        kind: 'news',
        text,
      },
      entities: [
        { ref: 's', type: 'Station', name: station.name },
        { ref: 'c', type: 'City', name: station.city, country: station.country },
        { ref: 'b', type: 'Organisation', name: station.bureau, kind: 'POLICE_BUREAU' },
        { ref: 'h', type: 'Organisation', name: station.host, kind: 'FRONT' },
        { ref: 'p', type: 'Person', name: person },
        { ref: 'm', type: 'Community', name: community },
      ],
      claims: [
        { subject: 's', predicate: 'LOCATED_IN', object: 'c', ...q(0) },
        { subject: 's', predicate: 'OPERATED_BY', object: 'b', ...q(0) },
        { subject: 's', predicate: 'HOSTED_BY', object: 'h', ...q(1) },
        { subject: 's', predicate: 'HAS_STATUS', value: status, ...q(2) },
        { subject: 'p', predicate: 'HAS_AGE', value: age, ...q(3) },
        { subject: 'p', predicate: 'AFFILIATED_WITH', object: 'h', ...q(3) },
        { subject: 's', predicate: 'TARGETS', object: 'm', ...q(4) },
      ],
      events: [
        {
          ref: 'e',
          type: 'INVESTIGATION',
          name: `Inquiry into ${station.name}`,
          date: `${year}-${month}`,
          place: 'c',
          participants: [{ ref: 's' }],
          ...q(5),
        },
      ],
    };
  }
}

/** An NGO report: one source whose table lists many stations, one row each. */
function report(
  random: Random,
  stations: StationSpec[],
  seed: number,
  d: number,
  [least, most]: readonly [number, number],
): FindingsInput {
  const rows = Array.from({ length: random.int(least, most) }, () => random.pick(stations));
  const unique = [...new Map(rows.map((r) => [r.name, r])).values()];
  const status = random.pick(STATUSES);
  const lines = unique.map(
    (r) => `${r.country} | ${r.city} | ${r.bureau} | ${r.host} | ${status.toLowerCase()}`,
  );
  const text = lines.join('\n');
  let offset = 0;
  const spans = lines.map((line) => {
    const span = { quote: line, offsets: { start: offset, end: offset + line.length } };
    offset += line.length + 1;
    return span;
  });
  const entities: FindingsInput['entities'] = [];
  const claims: FindingsInput['claims'] = [];
  const refs = new Map<string, string>();
  const ref = (
    key: string,
    make: (r: string) => NonNullable<FindingsInput['entities']>[number],
  ) => {
    let value = refs.get(key);
    if (value === undefined) {
      value = `e${refs.size}`;
      refs.set(key, value);
      entities?.push(make(value));
    }
    return value;
  };
  unique.forEach((row, i) => {
    const evidence = {
      ...(spans[i] as { quote: string; offsets: { start: number; end: number } }),
      confidence: 0.9,
      method: 'CURATED' as const,
      location: `table 1, row ${i + 1}`,
    };
    const s = ref(`s:${row.name}`, (r) => ({ ref: r, type: 'Station', name: row.name }));
    const c = ref(`c:${row.city}`, (r) => ({
      ref: r,
      type: 'City',
      name: row.city,
      country: row.country,
    }));
    const b = ref(`b:${row.bureau}`, (r) => ({
      ref: r,
      type: 'Organisation',
      name: row.bureau,
      kind: 'POLICE_BUREAU',
    }));
    const h = ref(`h:${row.host}`, (r) => ({
      ref: r,
      type: 'Organisation',
      name: row.host,
      kind: 'FRONT',
    }));
    claims?.push(
      { subject: s, predicate: 'LOCATED_IN', object: c, ...evidence },
      { subject: s, predicate: 'OPERATED_BY', object: b, ...evidence },
      { subject: s, predicate: 'HOSTED_BY', object: h, ...evidence },
      { subject: s, predicate: 'HAS_STATUS', value: status, ...evidence },
    );
  });
  return {
    format: 'outpost-findings/1',
    source: {
      url: `https://bench.outpost-graph.org/${seed}/report-${d}`,
      title: `Station list ${d}`,
      publisher: 'Safeguard Defenders',
      published: `${random.int(2019, 2024)}-${String(random.int(1, 12)).padStart(2, '0')}`,
      kind: 'ngo-report',
      text,
    },
    entities,
    claims,
    events: [],
  };
}
