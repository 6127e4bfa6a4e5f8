/**
 * A seeded generator of realistic news pages for the extraction benchmark: 50-150 KB of HTML each,
 * with navigation, inline scripts, a cookie banner, share bars, related links and comments around
 * body paragraphs built from templates and word lists (stations, places, people, organisations,
 * communities, events). The same seed always gives the same pages; no Math.random.
 */

/** A deterministic PRNG (mulberry32): the same seed, the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES: Array<[string, string]> = [
  ['Rotterdam', 'the Netherlands'],
  ['Amsterdam', 'the Netherlands'],
  ['Dublin', 'Ireland'],
  ['Prato', 'Italy'],
  ['Milan', 'Italy'],
  ['Rome', 'Italy'],
  ['Florence', 'Italy'],
  ['London', 'the United Kingdom'],
  ['Glasgow', 'the United Kingdom'],
  ['Toronto', 'Canada'],
  ['Vancouver', 'Canada'],
  ['Montreal', 'Canada'],
  ['Budapest', 'Hungary'],
  ['Madrid', 'Spain'],
  ['Barcelona', 'Spain'],
  ['Frankfurt', 'Germany'],
  ['Berlin', 'Germany'],
  ['Belgrade', 'Serbia'],
  ['Lisbon', 'Portugal'],
  ['Paris', 'France'],
  ['Prague', 'the Czech Republic'],
  ['Stockholm', 'Sweden'],
  ['Los Angeles', 'the United States'],
  ['Houston', 'the United States'],
  ['San Francisco', 'the United States'],
  ['Sydney', 'Australia'],
  ['Auckland', 'New Zealand'],
];
const TERMS = [
  'police station',
  'overseas service station',
  'outpost',
  'service centre',
  'police outpost',
];
const ADJECTIVES = [
  'Chinese',
  'clandestine Chinese',
  'suspected Chinese',
  'so-called',
  'secret Chinese',
  'alleged Chinese',
];
const AUTHORITIES = [
  'the RCMP',
  'the FBI',
  'the Metropolitan Police',
  'An Garda Síochána',
  'the Dutch Ministry of Justice and Security',
  'Police Scotland',
  'the Justice Department',
];
const BUREAUS = [
  'the Fuzhou Public Security Bureau',
  'the Qingtian County Public Security Bureau',
  'the Wenzhou Public Security Bureau',
  'the Nantong Public Security Bureau',
];
const REPORTERS = [
  'Safeguard Defenders',
  'the New York Post',
  'Reuters',
  'the BBC',
  'Human Rights Watch',
  'The Irish Times',
];
const COMMUNITIES = [
  'Uyghurs',
  'Tibetans',
  'Hong Kongers',
  'political dissidents',
  'Falun Gong practitioners',
  'Chinese students',
  'Chinese nationals abroad',
];
const SURNAMES = ['Lu', 'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Zhao', 'Wu', 'Zhou'];
const GIVEN = [
  'Jianwang',
  'Jinping',
  'Wei',
  'Ming',
  'Hua',
  'Xiaoling',
  'Jun',
  'Lei',
  'Fang',
  'Yong',
];
const TITLES = ['Secretary', 'President', 'Director', 'Chairman', 'spokesperson'];
const GROUPS = [
  'Tibet Support Group',
  'Hong Kong Watch',
  'Uyghur Human Rights Project',
  'Safeguard Defenders',
  'Amnesty International',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FILLER = [
  'Officials declined to say how long the inquiry would take or whether other sites were under review.',
  'The embassy said the centres only helped citizens with paperwork such as renewing driving licences.',
  'Lawmakers from several parties called for a briefing from the security services on the matter.',
  'Community leaders said many residents were afraid to speak publicly about what they had experienced.',
  'The report relied on public notices from local police bureaus in China and on interviews with residents.',
  'Diplomats said the affair had strained relations that were already tense over trade and technology.',
];

/** Picks an element of a list with the generator. */
function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** One body sentence from a template. */
function sentence(random: () => number): string {
  const [city, country] = pick(random, PLACES);
  const [city2] = pick(random, PLACES);
  const person = `${pick(random, SURNAMES)} ${pick(random, GIVEN)}`;
  const day = 1 + Math.floor(random() * 28);
  const month = pick(random, MONTHS);
  switch (Math.floor(random() * 10)) {
    case 0:
      return `${capital(pick(random, AUTHORITIES))} said on ${month} ${day} that it had closed a ${pick(random, ADJECTIVES)} ${pick(random, TERMS)} in ${city}.`;
    case 1:
      return `According to ${pick(random, REPORTERS)}, the ${pick(random, TERMS)} in ${city} was run by ${pick(random, BUREAUS)}.`;
    case 2:
      return `${person}, ${20 + Math.floor(random() * 60)}, a resident of ${city}, was arrested last month and charged with acting as an agent of China.`;
    case 3:
      return `${person}, ${pick(random, TITLES)}, ${pick(random, GROUPS)}, said the stations were used to intimidate ${pick(random, COMMUNITIES)} in ${country}.`;
    case 4:
      return `Police in ${country} opened an investigation into two sites near ${city} suspected to be Chinese police outposts.`;
    case 5:
      return `${pick(random, REPORTERS)} counted at least ${50 + Math.floor(random() * 60)} stations across ${20 + Math.floor(random() * 40)} countries, including ${city} and ${city2}.`;
    case 6:
      return `The ${pick(random, TERMS)} in ${city} and another in ${city2} were shut down after a raid in ${month}.`;
    case 7:
      return `Officials from ${pick(random, AUTHORITIES)} held a meeting with representatives of ${pick(random, COMMUNITIES)} on ${month} ${day}.`;
    default:
      return pick(random, FILLER);
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(random: () => number, n: number): string {
  const vocabulary = [
    'news',
    'world',
    'business',
    'sport',
    'culture',
    'opinion',
    'markets',
    'climate',
    'science',
    'travel',
    'video',
    'live',
  ];
  return Array.from({ length: n }, () => pick(random, vocabulary)).join(' ');
}

/** One page of 50-150 KB: page furniture around an article of templated paragraphs. */
export function generateArticle(random: () => number, index: number): string {
  const target = (50 + Math.floor(random() * 100)) * 1024;
  const paragraphs: string[] = [];
  const count = 12 + Math.floor(random() * 20);
  for (let i = 0; i < count; i += 1) {
    const n = 2 + Math.floor(random() * 3);
    paragraphs.push(`<p>${Array.from({ length: n }, () => sentence(random)).join(' ')}</p>`);
  }
  const nav = `<nav class="site-nav"><ul>${Array.from({ length: 60 }, (_, i) => `<li><a href="/section/${i}">${words(random, 2)}</a></li>`).join('')}</ul></nav>`;
  const related = `<aside class="related-links"><h3>Related</h3><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${index}-${i}">${capital(words(random, 8))}</a></li>`).join('')}</ul></aside>`;
  const comments = `<section id="comments" class="comments">${Array.from({ length: 25 }, (_, i) => `<div class="comment"><p>Reader ${i}: ${words(random, 30)}</p></div>`).join('')}</section>`;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${index} | Benchmark Times</title>
<meta property="og:site_name" content="Benchmark Times"><meta property="article:published_time" content="2023-0${1 + (index % 9)}-1${index % 9}T10:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story ${index}","datePublished":"2023-04-28"}</script>`;
  const body = `<body><div id="cookie-consent"><p>We use cookies.</p><button>Accept</button></div>${nav}<main><article><h1>Story ${index}</h1><div class="share-bar"><a href="#">Share</a></div>${paragraphs.join('\n')}</article>${related}</main>${comments}<footer>Benchmark Times</footer></body></html>`;
  // Inline scripts make up the rest of the weight, as trackers and bundles do on real pages.
  const filler = Math.max(0, target - head.length - body.length - 40);
  const script = `<script>var config = ${JSON.stringify({ data: 'x'.repeat(filler) })};</script></head>`;
  return `${head}${script}${body}`;
}

/** `pages` pages from `seed`. */
export function generateArticles(pages: number, seed: number): string[] {
  const random = prng(seed);
  return Array.from({ length: pages }, (_, i) => generateArticle(random, i));
}
