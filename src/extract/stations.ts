/**
 * Station mentions and the stations they name. A mention is what the text calls a station
 * ("two Chinese police stations", "an outpost", "two sites ... suspected to be police outposts")
 * with the places the sentence puts it in ("in Rotterdam and Amsterdam", "Los Angeles outpost",
 * "at an undisclosed address in New York City"). Mentions are then turned into stations, one per
 * place, named "<place> <label>" with a qualifier when the text gives one; a definite mention
 * without a place ("the station", "these stations") points back to the last stations named.
 */
import { getLexicon, squashLower, type PhraseMatch } from './lexicon.js';
import { placeKey, type Place } from './places.js';
import type { OrgMention, PlaceMention, Recognised } from './recognise.js';

/** One way the text refers to one or more stations. */
export interface StationMention {
  sentence: number;
  start: number;
  end: number;
  label: string;
  plural: boolean;
  count?: number;
  places: PlaceMention[];
  qualifier?: string;
  address?: string;
  another: boolean;
  /** Points back to stations named before ("the station"). */
  anaphoric: boolean;
  /** The places are an enumeration ("three stations, including one in Lisbon"): one station each. */
  enumerated?: boolean;
  /** The premises noun of a secondary mention ("site"). */
  noun?: string;
  /** An organisation named in the station's own name ("Fuzhou Police Overseas Service Station"). */
  operator?: OrgMention;
  /** The stations it names, once resolved. */
  stations: Station[];
  /** Which place of the mention each station was named from. */
  links: Array<{ station: Station; place: Place }>;
}

/** A station of the article. */
export interface Station {
  name: string;
  label: string;
  place: Place;
  qualifier?: string;
  address?: string;
  aliases: Set<string>;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  a: 1,
  an: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  twee: 2,
  drie: 3,
  vier: 4,
  zwei: 2,
  drei: 3,
  deux: 2,
  trois: 3,
  quatre: 4,
};
const ADJECTIVES =
  /^(?:['"“”‘’\s,]|chinese|china|clandestine|secret|covert|so-called|illegal|alleged|suspected|overseas|unofficial|undeclared|informal|unregistered|new|first|cinese|cinesi|chino|china|chinos|chinas|chinesische|chinesischen|chinois|chinoise|chinoises|chinees|chinese|clandestina|clandestino|clandestine|segreta|segreto|secreta|secreto|geheime|geheimen|illegale|illegalen|presunta|presunto|supuesta|vermeende|mutmaßliche|présumé|présumée|'s|s)*$/iu;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const OPERATING =
  '(?:operating|running|located|based|active|functioning|open|opened|situated|hidden|fonctionnait|operava|operaba|funcionaba|actief|aktiv)';
const CLAUSE_BREAK = new RegExp(
  `[;:()]|\\s[—–]\\s|${B}(?:(?:had|has|have|was|were|is|are|been|be|will|would|could|can)(?!\\s+(?:(?:been|also|still)\\s+)?${OPERATING}${E})|said|says|told|which|who|whose|that|while|but|after|before|because|since|when|according|suspected|reported|run by|operated by|linked to|tied to|connected to|set up by|tasked|hosted|housed|where|che|que|die|dat|qui|dove|donde|waar|wo|où|lié|liée|legata|legato|vinculadas?|vinculados?|verbonden|gesteuert)${E}`,
  'iu',
);
const LOCATIVE = new RegExp(
  `${B}(?:in|at|near|outside|around|across|inside|on|of|nel|nella|a|en|bij|nahe|près|à|au|dans|di|de|del|della|van|von|du|des|aux)${E}`,
  'iu',
);
const LIST_FILLER = new RegExp(
  `^(?:[\\s,]|${B}(?:and|or|as well as|in|at|near|the|cities|city|towns|town|of|also|both|plus|other|e|y|ed|en|und|et|o|ou|nel|nella|a|à|au|aux|bei|bij|tra l'altro|among others|including|di|de|del|della|on|island|one|another|a second|a third|a fourth|a fifth|second|third|fourth|fifth|one of them|two|three)${E})*$`,
  'iu',
);

/**
 * Finds the station mentions of one recognised sentence. `articleHasStations` says whether the
 * article uses a station term anywhere: then "the Vancouver station" or "the stations in Budapest"
 * name stations even in a sentence without one.
 */
export function stationMentions(r: Recognised, articleHasStations = false): StationMention[] {
  const lexicon = getLexicon();
  const text = r.sentence.text;
  const primary = r.stationTerms;
  const secondary = lexicon.stationSecondary
    .find(text)
    .filter((s) => !primary.some((p) => overlaps(p, s)));
  const mentions: StationMention[] = [];
  for (const term of primary) {
    const label = lexicon.stationLabel.get(squashLower(term.text)) ?? 'police station';
    mentions.push(describe(r, term, label));
  }
  // "two sites near Montreal suspected to be Chinese police outposts": the premises carry the places.
  if (primary.length > 0 || articleHasStations) {
    for (const noun of secondary) {
      if (r.orgs.some((o) => overlaps(o, noun))) continue;
      const label = mentions[0]?.label ?? 'police station';
      const mention = describe(r, noun, label);
      if (mention.places.length === 0) continue;
      mention.noun = singular(noun.text);
      mentions.push(mention);
    }
    const placed = mentions.filter((m) => m.places.length > 0);
    // The primary term then only says what the premises are.
    if (
      placed.some((m) => m.noun !== undefined) &&
      primary.length > 0 &&
      placed.length < mentions.length
    ) {
      return placed.concat(
        mentions.filter((m) => m.places.length === 0 && m.operator !== undefined),
      );
    }
  }
  for (const match of lexicon.stationAnaphora.find(text)) {
    if (mentions.some((m) => overlaps(m, match))) continue;
    mentions.push({
      sentence: r.sentence.index,
      start: match.start,
      end: match.end,
      label: 'police station',
      plural: /s$/.test(match.text),
      places: [],
      another: false,
      anaphoric: true,
      stations: [],
      links: [],
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function singular(word: string): string {
  const lower = word.toLowerCase();
  if (/ies$/.test(lower)) return lower.replace(/ies$/, 'y');
  if (/(?:ch|sh|x)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

function describe(r: Recognised, term: PhraseMatch, label: string): StationMention {
  const lexicon = getLexicon();
  const text = r.sentence.text;
  const lower = squashLower(term.text);
  const before = text.slice(Math.max(0, term.start - 60), term.start);
  const mention: StationMention = {
    sentence: r.sentence.index,
    start: term.start,
    end: term.end,
    label,
    plural: lexicon.stationPlural.has(lower),
    places: [],
    another:
      /\b(?:another|second|a further|other|additional|separate|altra|altro|otra|otro|andere|ander|autre)\s+(?:[\w'"“”‘’-]+\s+){0,3}$/i.test(
        before,
      ),
    anaphoric: false,
    stations: [],
    links: [],
  };
  // "two sites", "two Chinese police stations": a number among the three words before.
  const words = (before.split(/[,;:]/).pop() ?? '').trim().split(/\s+/).slice(-3).reverse();
  for (const word of words) {
    const lowerWord = word.toLowerCase().replace(/["'“”‘’]/g, '');
    const n = /^\d+$/.test(lowerWord) ? Number(lowerWord) : NUMBER_WORDS[lowerWord];
    if (n !== undefined) {
      if (n > 1 && n < 20) mention.count = n;
      break;
    }
  }
  // A place right before the term: "the Rotterdam police station", "Los Angeles outpost".
  const placeBefore = [...r.places]
    .reverse()
    .find((p) => p.end <= term.start && ADJECTIVES.test(text.slice(p.end, term.start)));
  if (placeBefore !== undefined && !placeBefore.based) mention.places.push(placeBefore);
  // An organisation right before the term: "the Fuzhou Police Overseas Service Station".
  const orgBefore = r.orgs.find(
    (o) => o.end <= term.start && /^\s*$/.test(text.slice(o.end, term.start)),
  );
  if (orgBefore !== undefined) mention.operator = orgBefore;
  // Places after the term, up to the end of the clause.
  const rest = text.slice(term.end);
  const stop = CLAUSE_BREAK.exec(rest);
  const windowEnd = term.end + (stop === null ? rest.length : stop.index);
  const after = r.places.filter((p) => p.start >= term.end && p.end <= windowEnd && !p.based);
  const validLead = (place: PlaceMention): boolean => {
    const lead = text.slice(term.end, place.start);
    const words = lead
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    const lastWords = words.slice(-3).join(' ');
    return (
      words.length <= 8 &&
      LOCATIVE.test(lastWords) &&
      !getLexicon().operatedBy.test(lead) &&
      !r.orgs.some((o) => o.start >= term.end && o.end <= place.start)
    );
  };
  const firstIndex = after.findIndex(validLead);
  if (firstIndex >= 0 && mention.places.length === 0) {
    const first = after[firstIndex] as PlaceMention;
    const lead = text.slice(term.end, first.start);
    {
      mention.places.push(first);
      let previous = first;
      for (const next of after.slice(firstIndex + 1)) {
        if (next.regionOf !== undefined) {
          previous = next;
          continue;
        }
        if (!LIST_FILLER.test(text.slice(previous.end, next.start))) break;
        mention.places.push(next);
        previous = next;
      }
      if (
        /(?<![\p{L}])(?:including|among them|one of them|one in|tra cui|incluida|darunter|dont|waaronder)(?![\p{L}])/iu.test(
          lead,
        )
      )
        mention.enumerated = true;
      const qualifier =
        /\b(undisclosed|unknown|secret|separate|second|different|another|unnamed)\s+(address|location|site|premises|office|building)\b/i.exec(
          lead,
        );
      if (qualifier !== null)
        mention.qualifier = `(${qualifier[1]?.toLowerCase()} ${qualifier[2]?.toLowerCase()})`;
      const address =
        /\b(above|on|inside|behind|next to|at|in the back of|opposite)\s+(?!an?\s+(?:undisclosed|unknown|secret)\b)((?:a|an|the)\s+)?[\p{L}\s'’-]{3,60}$/iu.exec(
          lead,
        );
      if (address !== null) {
        let end = first.end;
        if (first.possessive) {
          const tail = /^['’]s\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u.exec(
            text.slice(first.end),
          );
          if (tail !== null) end = first.end + tail[0].length;
        }
        mention.address = text.slice(term.end + address.index, end).trim();
      }
    }
  }
  // A street in the sentence ("on Capel Street").
  if (mention.address === undefined) {
    const street =
      /\b(?:on|at|in|via|calle|rue|straße|strasse|straat)\s+((?:\d+\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:Street|Road|Avenue|Lane|Square|Boulevard|Way|Place|Broadway)|(?:Via|Viale|Piazza|Calle|Avenida|Rue|Avenue)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+\d+)?)/u.exec(
        text,
      );
    if (street?.[1] !== undefined && mention.places.length > 0) mention.address = street[1];
  }
  // "the police station", "these outposts" with no place point back.
  if (mention.places.length === 0) {
    mention.anaphoric =
      /(?<![\p{L}])(?:the|this|these|those|that|its|their|la|il|lo|le|gli|el|los|las|het|de|die|der|das|les|ce|cette|ces|questa|queste|esta|estas|deze|diese)\s+(?:[\p{L}'"“”‘’-]+\s+){0,2}$/iu.test(
        before,
      );
  }
  return mention;
}

/** A key for a place in station names. */
function attach(mention: StationMention, station: Station, place: Place): void {
  if (!mention.stations.includes(station)) mention.stations.push(station);
  mention.links.push({ station, place });
}

function stationName(place: Place, label: string, qualifier?: string): string {
  return qualifier === undefined ? `${place.name} ${label}` : `${place.name} ${label} ${qualifier}`;
}

/**
 * Turns the mentions of the whole article into stations: one per place of a mention, reused when
 * the same place (and qualifier) comes again; a mention at a city level goes to the one station
 * of its districts ("New York City" → the Manhattan station) when there is exactly one.
 */
export function resolveStations(mentions: StationMention[]): Station[] {
  const stations: Station[] = [];
  const byKey = new Map<string, Station>();
  const parents = new Set<string>();
  for (const m of mentions)
    for (const p of m.places) if (p.place.parentCity !== undefined) parents.add(p.place.parentCity);
  const deferred: Array<{ mention: StationMention; place: Place }> = [];

  const create = (mention: StationMention, place: Place, qualifier?: string): Station => {
    const name = stationName(place, mention.label, qualifier);
    const station: Station = { name, label: mention.label, place, aliases: new Set() };
    if (qualifier !== undefined) station.qualifier = qualifier;
    if (mention.address !== undefined) station.address = mention.address;
    stations.push(station);
    byKey.set(`${placeKey(place)}|${qualifier ?? ''}`, station);
    return station;
  };
  const assign = (mention: StationMention, place: Place) => {
    if (
      mention.count !== undefined &&
      mention.count > 1 &&
      mention.count <= 5 &&
      mention.places.length === 1 &&
      !mention.enumerated
    ) {
      for (let i = 1; i <= mention.count; i += 1) {
        const qualifier = `(${mention.noun ?? 'site'} ${i})`;
        attach(
          mention,
          byKey.get(`${placeKey(place)}|${qualifier}`) ?? create(mention, place, qualifier),
          place,
        );
      }
      return;
    }
    let qualifier = mention.qualifier;
    if (qualifier === undefined && !mention.another && !byKey.has(`${placeKey(place)}|`)) {
      // "the stations in Budapest" after "four stations in Budapest": the same ones.
      const same = stations.filter((s) => placeKey(s.place) === placeKey(place));
      if (same.length > 0 && (mention.plural || same.length === 1)) {
        for (const station of same) attach(mention, station, place);
        return;
      }
    }
    const existing = byKey.get(`${placeKey(place)}|${qualifier ?? ''}`);
    if (existing !== undefined && !mention.another) {
      if (existing.label !== mention.label)
        existing.aliases.add(stationName(place, mention.label, qualifier));
      if (existing.address === undefined && mention.address !== undefined)
        existing.address = mention.address;
      attach(mention, existing, place);
      return;
    }
    if (existing !== undefined && mention.another && qualifier === undefined) {
      let n = 2;
      while (byKey.has(`${placeKey(place)}|(${n})`)) n += 1;
      qualifier = `(${n})`;
    }
    attach(mention, create(mention, place, qualifier), place);
  };

  for (const mention of mentions) {
    if (mention.places.length === 0) continue;
    const specific = mention.places.filter((p) => p.place.type !== 'Country');
    const places = specific.length > 0 ? specific : mention.places;
    if (specific.length === 0 && (mention.plural || mention.count !== undefined)) continue;
    for (const { place } of places) {
      if (place.type === 'Country') {
        deferred.push({ mention, place });
        continue;
      }
      if (
        place.type === 'City' &&
        parents.has(place.name) &&
        mention.qualifier === undefined &&
        !mention.another
      ) {
        deferred.push({ mention, place });
        continue;
      }
      assign(mention, place);
    }
  }
  for (const { mention, place } of deferred) {
    if (place.type === 'Country') {
      // A station known only by its country, when the article names none in that country.
      const inCountry = stations.filter((s) => s.place.country === place.country);
      if (inCountry.length === 1) attach(mention, inCountry[0] as Station, place);
      else if (inCountry.length === 0) assign(mention, place);
      continue;
    }
    const children = stations.filter(
      (s) => s.place.parentCity === place.name && s.qualifier === undefined,
    );
    if (children.length === 1) {
      const child = children[0] as Station;
      child.aliases.add(stationName(place, mention.label));
      attach(mention, child, place);
    } else assign(mention, place);
  }
  // Definite mentions without a place point back: "these stations" to the last stations named
  // (a generic "100 stations around the world" ends what they can mean), "the station" to the
  // last single station named.
  let last: StationMention | undefined;
  let lastSingle: { station: Station; sentence: number } | undefined;
  for (const mention of [...mentions].sort(
    (a, b) => a.sentence - b.sentence || a.start - b.start,
  )) {
    if (mention.stations.length > 0 || !mention.anaphoric) {
      last = mention;
      if (mention.stations.length === 1)
        lastSingle = { station: mention.stations[0] as Station, sentence: mention.sentence };
      continue;
    }
    if (mention.plural) {
      if (last !== undefined && mention.sentence - last.sentence <= 3)
        mention.stations = [...last.stations];
    } else if (
      last !== undefined &&
      last.stations.length === 1 &&
      mention.sentence - last.sentence <= 6
    ) {
      mention.stations = [...last.stations];
    } else if (
      lastSingle !== undefined &&
      mention.sentence - lastSingle.sentence <= 6 &&
      stations.length === 1
    ) {
      mention.stations = [lastSingle.station];
    }
  }
  return stations;
}
