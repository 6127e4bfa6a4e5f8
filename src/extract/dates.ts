/**
 * Dates in text, resolved against the article's date: "April 20" in an article of 2023-04-28 is
 * 2023-04-20, "last month" is 2023-03, "last year" is 2022, "earlier this week" is 2023-04 (a week
 * is kept at month precision). The precision of a date is its shape: YYYY, YYYY-MM or YYYY-MM-DD.
 * chrono-node does the parsing, in the article's language where it has a parser for it.
 */
import * as chrono from 'chrono-node';

/** A date expression found in a text. */
export interface DateMention {
  /** The words, e.g. "last month". */
  text: string;
  /** Where they are in the text given to `findDates` (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The resolved date, YYYY | YYYY-MM | YYYY-MM-DD; undefined when no year can be known. */
  date?: string;
}

const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  nl: chrono.nl.casual,
  es: chrono.es.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
};

/** Month names chrono misses when they stand alone ("en décembre", "im Dezember"). */
const MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  gennaio: 1,
  febbraio: 2,
  marzo: 3,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  agosto: 8,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  enero: 1,
  febrero: 2,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  mei: 5,
  augustus: 8,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
};
const MONTH_WORD = new RegExp(
  `(?<![\\p{L}])(${Object.keys(MONTHS).join('|')})(?:\\s+(\\d{4}))?(?![\\p{L}])`,
  'giu',
);
const DATE_WORDS = [
  ...Object.keys(MONTHS),
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mei',
  'mai',
  'mars',
  'abr',
  'ago',
  'dic',
  'gen',
  'giu',
  'lug',
  'ott',
  'okt',
  'dez',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'ieri',
  'oggi',
  'ayer',
  'hoy',
  'gestern',
  'heute',
  'gisteren',
  'vandaag',
  'hier',
  "aujourd'hui",
  'settimana',
  'semana',
  'semaine',
  'woche',
  'mese',
  'mes',
  'mois',
  'monat',
  'maand',
  'anno',
  'año',
  'jahr',
  'jaar',
  'année',
];
const MAYBE_DATE = new RegExp(`\\d|(?<![\\p{L}])(?:${DATE_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const WEEK_WORDS = /\b(?:week|weeks|woche|settimana|semana|semaine)\b/i;
const BARE_YEAR = /(?<![\d.,/-])(?:19[89]\d|20[0-4]\d)(?![\d.,/-]?\d)/g;

/** Parses a partial date (YYYY, YYYY-MM, YYYY-MM-DD) into its parts; undefined if malformed. */
export function dateParts(
  date: string | undefined,
): { y: number; m?: number; d?: number } | undefined {
  const match = date === undefined ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (match === null) return undefined;
  const parts: { y: number; m?: number; d?: number } = { y: Number(match[1]) };
  if (match[2] !== undefined) parts.m = Number(match[2]);
  if (match[3] !== undefined) parts.d = Number(match[3]);
  return parts;
}

/** Formats year, month and day as a partial date of the given precision. */
export function formatDate(y: number, m?: number, d?: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m === undefined) return String(y);
  if (d === undefined) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** True when `date` is a real calendar date in one of the three shapes. */
export function isPartialDate(date: string): boolean {
  const parts = dateParts(date);
  if (parts === undefined) return false;
  if (parts.m === undefined) return true;
  if (parts.m < 1 || parts.m > 12) return false;
  if (parts.d === undefined) return true;
  const probe = new Date(Date.UTC(parts.y, parts.m - 1, parts.d));
  return probe.getUTCMonth() === parts.m - 1 && probe.getUTCDate() === parts.d;
}

/**
 * Normalises a date as metadata gives it ("2023-04-28T10:00:00Z", "2023/04/28", "April 28,
 * 2023", "20230428") to YYYY-MM-DD (or a shorter partial date); undefined when it is not a date.
 */
export function normaliseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ]|$)/.exec(text);
  if (iso !== null) {
    const y = Number(iso[1]);
    const m = iso[2] === undefined ? undefined : Number(iso[2]);
    const d = iso[3] === undefined ? undefined : Number(iso[3]);
    const date = formatDate(y, m, m === undefined ? undefined : d);
    return isPartialDate(date) ? date : undefined;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact !== null) {
    const date = `${compact[1]}-${compact[2]}-${compact[3]}`;
    return isPartialDate(date) ? date : undefined;
  }
  for (const parser of [PARSERS.en, PARSERS.de, PARSERS.fr, PARSERS.es, PARSERS.it, PARSERS.nl]) {
    const result = parser?.parse(text)[0];
    if (result === undefined || !result.start.isCertain('year')) continue;
    const y = result.start.get('year') ?? undefined;
    if (y === undefined) continue;
    const m = result.start.isCertain('month')
      ? (result.start.get('month') ?? undefined)
      : undefined;
    const d =
      m !== undefined && result.start.isCertain('day')
        ? (result.start.get('day') ?? undefined)
        : undefined;
    return formatDate(y, m, d);
  }
  return undefined;
}

/** The noon of a partial date, as chrono's reference instant (a year is its 1 July, a month its 15th). */
function referenceInstant(reference: string): Date | undefined {
  const parts = dateParts(reference);
  if (parts === undefined) return undefined;
  return new Date(parts.y, (parts.m ?? 7) - 1, parts.d ?? (parts.m === undefined ? 1 : 15), 12);
}

function ordinal(y: number, m: number, d: number): number {
  return y * 10_000 + m * 100 + d;
}

/**
 * Every date expression in `text`, resolved against `reference` (the article's date). Without a
 * reference only dates that carry their own year are resolved; the others come back undated.
 */
export function findDates(text: string, reference?: string, language = 'en'): DateMention[] {
  const parser = PARSERS[language] ?? PARSERS.en;
  const ref = reference === undefined ? undefined : dateParts(reference);
  const refInstant = reference === undefined ? undefined : referenceInstant(reference);
  const mentions: DateMention[] = [];
  // chrono is the costly part of a sentence: skip it when nothing in the text can be a date.
  const results =
    parser === undefined || !MAYBE_DATE.test(text)
      ? []
      : parser.parse(text, refInstant ?? new Date(2000, 0, 1, 12));
  for (const result of results) {
    const start = result.index;
    const end = start + result.text.length;
    const mention: DateMention = { text: result.text, start, end };
    const date = resolveResult(result, ref);
    if (date !== undefined) mention.date = date;
    if (!/\d|[a-z]{3,}/i.test(result.text)) continue;
    mentions.push(mention);
  }
  for (const match of text.matchAll(MONTH_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const month = MONTHS[(match[1] ?? '').toLowerCase()] as number;
    let date: string | undefined;
    if (match[2] !== undefined) date = formatDate(Number(match[2]), month);
    else if (ref !== undefined)
      date = formatDate(ref.m !== undefined && month > ref.m ? ref.y - 1 : ref.y, month);
    mentions.push({ text: match[0], start, end, ...(date !== undefined ? { date } : {}) });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start <= start && end <= m.end)) continue;
    mentions.push({ text: match[0], start, end, date: match[0] });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function resolveResult(
  result: chrono.ParsedResult,
  ref: { y: number; m?: number; d?: number } | undefined,
): string | undefined {
  const c = result.start;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return undefined;
  const precision = c.isCertain('day') ? 3 : c.isCertain('month') ? 2 : c.isCertain('year') ? 1 : 0;
  if (c.isCertain('year') && /\d{4}/.test(result.text)) {
    return precision === 3
      ? formatDate(y, m, d)
      : precision === 2
        ? formatDate(y, m)
        : formatDate(y);
  }
  if (ref === undefined) return undefined;
  const refPrecision = ref.d !== undefined ? 3 : ref.m !== undefined ? 2 : 1;
  const refOrdinal = ordinal(ref.y, ref.m ?? 12, ref.d ?? 31);
  if (WEEK_WORDS.test(result.text)) {
    // "earlier this week", "last week": kept at month precision.
    return refPrecision >= 2 ? formatDate(y, m) : undefined;
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    if (refPrecision < 3) return undefined;
    // "on Monday" in a news story is the last Monday, not the next one.
    const probe = new Date(Date.UTC(y, m - 1, d));
    while (
      ordinal(probe.getUTCFullYear(), probe.getUTCMonth() + 1, probe.getUTCDate()) > refOrdinal
    ) {
      probe.setUTCDate(probe.getUTCDate() - 7);
    }
    return formatDate(probe.getUTCFullYear(), probe.getUTCMonth() + 1, probe.getUTCDate());
  }
  if (c.isCertain('year')) {
    // Relative to the reference ("last month", "last year", "yesterday"): no more precise than it.
    if (precision > refPrecision) return undefined;
    return precision === 3
      ? formatDate(y, m, d)
      : precision === 2
        ? formatDate(y, m)
        : formatDate(y);
  }
  if (precision < 2) return undefined;
  // A month (and day) without a year is in the past of the article, not its future.
  let year = ref.y;
  if (ordinal(year, m, precision === 3 ? d : 1) > refOrdinal + 2) year -= 1;
  return precision === 3 ? formatDate(year, m, d) : formatDate(year, m);
}
