/**
 * The link stage: recognised mentions of each sentence become entities and claims — stations in
 * their places with their status, organisations with their kind and country, people with age,
 * title, affiliation, role and residence, communities and who targets them, events with date,
 * place and participants, figures — each claim quoting the sentence that states it. Reference
 * across sentences is kept simple and local: "the non-profit" is the last NGO named, "they" the
 * people of the last arrest, "two alleged operatives" the two people named in the next sentence.
 */
import type {
  EventType,
  OrganisationKind,
  PersonRole,
  StationStatus,
} from '../findings/vocabulary.js';
import { resolveCountry } from '../resolve/countries.js';
import type { Article } from './article.js';
import { FindingsBuilder } from './builder.js';
import { findFigures } from './figures.js';
import { getLexicon, squashLower } from './lexicon.js';
import { countryPlaceByCode, placeKey, resolvePlace, type Place } from './places.js';
import type { OrgMention, PersonMention, PlaceMention, Recognised } from './recognise.js';
import type { Sentence } from './segment.js';
import type { Station, StationMention } from './stations.js';

/** What the linker needs from the earlier stages. */
export interface LinkInput {
  article: Article;
  recognised: Recognised[];
  mentions: StationMention[][];
  stations: Station[];
  /** Countries the article names, for context. */
  countries: Set<string>;
}

interface OrgSeen {
  ref: string;
  kind: OrganisationKind;
  name: string;
  country?: string;
  sentence: number;
}

const EVENT_NAMES: Record<EventType, string> = {
  ARREST: 'Arrest',
  CHARGE: 'Charges',
  CONVICTION: 'Conviction',
  CLOSURE: 'Closure',
  INVESTIGATION: 'Investigation',
  RAID: 'Raid',
  REPORT: 'Report',
  MEETING: 'Meeting',
  STATEMENT: 'Statement',
  OPENING: 'Opening',
  OTHER: 'Event',
};
const COUNT_OF_PEOPLE =
  /\b(two|three|four|five|six|2|3|4|5|6)\s+(?:[\w-]+\s+){0,2}(?:operatives|men|women|people|persons|suspects|individuals|defendants|agents|residents|nationals)\b/i;
const PRONOUN_PEOPLE =
  /\b(?:they|the two|the men|the pair|both men|he|she|the defendants|the suspects)\b/i;
const PUBLISHED_REPORT =
  /\b(?:publish\w*|releas\w*|issu\w*|new|latest|recent|updated|follow-up|pubblicat\w*|publicad\w*|gepubliceerd|veröffentlicht|publié\w*)\b/i;
const VERB_BEFORE_REPORT = /\b(?:to|can|could|will|would|must|should|may|might|not|please)\s+$/i;

/** Builds the Findings of an article from its recognised sentences and station mentions. */
export function link(input: LinkInput): { builder: FindingsBuilder; warnings: string[] } {
  const { article, recognised, mentions } = input;
  const builder = new FindingsBuilder(article);
  const warnings: string[] = [];
  const lexicon = getLexicon();
  const reference = article.published;
  const orgsSeen: OrgSeen[] = [];
  const stationRefs = new Map<Station, string>();
  let lastPeople: { refs: string[]; sentence: number } | undefined;
  const pendingCount: Array<{ event: string; count: number; sentence: number }> = [];
  const chargeOf = new Map<string, string>();
  const sentences = recognised.map((r) => r.sentence);
  const contextCountry = dominantCountry(input.countries, recognised);

  const placeRef = (place: Place, sentence: Sentence, mentionedCountries: Set<string>): string => {
    const key = placeKey(place);
    const entity =
      place.type === 'City'
        ? {
            type: 'City' as const,
            name: place.name,
            country: place.country,
            ...(place.geonameId !== undefined ? { geonameId: place.geonameId } : {}),
            ...(place.lat !== undefined && place.lon !== undefined
              ? { coordinates: { lat: place.lat, lon: place.lon } }
              : {}),
          }
        : place.type === 'Region'
          ? {
              type: 'Region' as const,
              name: place.name,
              country: place.country,
              ...(place.region ? { code: place.region } : {}),
            }
          : { type: 'Country' as const, name: place.name, code: place.country };
    const ref = builder.entity(entity, key);
    if (place.type !== 'Country') {
      // A city or region is in its country (the gazetteer says so; the sentence may too).
      const country = countryPlaceByCode(place.country);
      if (country !== undefined) {
        const countryRef = builder.entity(
          { type: 'Country', name: country.name, code: country.country },
          placeKey(country),
        );
        if (!builder.hasClaim(ref, 'LOCATED_IN')) {
          builder.claim(
            {
              subject: ref,
              predicate: 'LOCATED_IN',
              object: countryRef,
              confidence: mentionedCountries.has(place.country) ? 0.9 : 0.7,
            },
            sentence,
          );
        }
      }
      if (place.parentCity !== undefined) {
        const parent = resolvePlace(
          place.parentCity,
          { countries: new Set([place.country]) },
          true,
        );
        if (parent !== undefined)
          builder.claim(
            {
              subject: ref,
              predicate: 'LOCATED_IN',
              object: placeRef(parent, sentence, mentionedCountries),
              confidence: 0.75,
            },
            sentence,
          );
      }
    }
    return ref;
  };

  const stationRef = (station: Station): string => {
    const existing = stationRefs.get(station);
    if (existing !== undefined) return existing;
    const entity: {
      type: 'Station';
      name: string;
      aliases?: string[];
      address?: string;
      coordinates?: { lat: number; lon: number };
    } = {
      type: 'Station',
      name: station.name,
    };
    if (station.aliases.size > 0) entity.aliases = [...station.aliases];
    if (station.address !== undefined) entity.address = station.address;
    const ref = builder.entity(entity, `station:${station.name}`);
    stationRefs.set(station, ref);
    return ref;
  };

  const orgRef = (
    org: OrgMention,
    sentence: Sentence,
    mentionedCountries: Set<string>,
    sentenceCountries: string[],
  ): string => {
    let name = org.name;
    const aliases = [...org.aliases];
    let country = org.country;
    let countryFrom = org.countryFrom;
    if (
      !org.known &&
      org.network === undefined &&
      country === undefined &&
      (org.kind === 'GOVERNMENT' || org.kind === 'LAW_ENFORCEMENT')
    ) {
      // "the Department of Foreign Affairs" in an article about Ireland is Ireland's.
      const guess = sentenceCountries.find((c) => c !== 'CN') ?? contextCountry;
      const place = guess === undefined ? undefined : countryPlaceByCode(guess);
      if (place !== undefined && !name.includes(place.name)) {
        aliases.push(name);
        name = `${name} (${place.name})`;
        country = place.country;
        countryFrom = 'context';
      }
    }
    const ref =
      org.network !== undefined
        ? builder.entity({ type: 'Network', name, ...(aliases.length > 0 ? { aliases } : {}) })
        : builder.entity({
            type: 'Organisation',
            name,
            kind: org.kind,
            ...(aliases.length > 0 ? { aliases } : {}),
          });
    if (org.network !== undefined) {
      const parent = resolveParent(org.network.of);
      if (parent !== undefined)
        builder.claim(
          { subject: ref, predicate: 'PART_OF', object: parent, confidence: 0.85 },
          sentence,
        );
    }
    if (
      org.network === undefined &&
      country !== undefined &&
      (org.kind === 'GOVERNMENT' || org.kind === 'LAW_ENFORCEMENT')
    ) {
      const stated = countryFrom === 'name' || sentenceCountries.includes(country);
      if (stated || countryFrom === 'context' || mentionedCountries.has(country)) {
        const place = countryPlaceByCode(country);
        if (place !== undefined) {
          const confidence = stated ? 0.9 : countryFrom === 'context' ? 0.6 : 0.7;
          const object = placeRef(place, sentence, mentionedCountries);
          if (!builder.hasClaim(ref, 'LOCATED_IN') || stated)
            builder.claim({ subject: ref, predicate: 'LOCATED_IN', object, confidence }, sentence);
        }
      }
    }
    if (
      org.place !== undefined &&
      org.network === undefined &&
      !builder.hasClaim(ref, 'LOCATED_IN')
    ) {
      builder.claim(
        {
          subject: ref,
          predicate: 'LOCATED_IN',
          object: placeRef(org.place, sentence, mentionedCountries),
          confidence: 0.8,
        },
        sentence,
      );
    }
    orgsSeen.push({
      ref,
      kind: org.kind,
      name,
      sentence: sentence.index,
      ...(country !== undefined ? { country } : {}),
    });
    return ref;
  };
  const resolveParent = (name: string): string | undefined =>
    orgsSeen.find((o) => o.name === name)?.ref;
  const lastOrgOf = (kinds: OrganisationKind[], sentence: number): OrgSeen | undefined =>
    [...orgsSeen].reverse().find((o) => kinds.includes(o.kind) && sentence - o.sentence <= 6);

  recognised.forEach((r, index) => {
    const sentence = r.sentence;
    const text = sentence.text;
    const sentenceMentions = mentions[index] ?? [];
    const sentenceCountries = r.places
      .filter((p) => p.place.type === 'Country')
      .map((p) => p.place.country);
    const mentioned = new Set([...sentenceCountries]);
    const date = r.dates.find((d) => d.date !== undefined)?.date;
    const claimDate = date ?? reference;

    // Places.
    for (const p of r.places) placeRef(p.place, sentence, mentioned);

    // Organisations (and "the non-profit", "the Madrid-based human rights group").
    const orgs = r.orgs.map((org) => ({
      org,
      ref: orgRef(org, sentence, input.countries, sentenceCountries),
    }));
    // "Brossard, Quebec": the city is in that region.
    for (const p of r.places) {
      if (p.regionOf !== undefined) {
        builder.claim(
          {
            subject: placeRef(p.regionOf.place, sentence, mentioned),
            predicate: 'LOCATED_IN',
            object: placeRef(p.place, sentence, mentioned),
            confidence: 0.9,
          },
          sentence,
        );
      }
    }
    // "the Chinese Embassy in London", "the RCMP in British Columbia".
    for (const { org, ref } of orgs) {
      const place = r.places.find(
        (p) =>
          p.start > org.end &&
          /^\s+(?:in|at|a|à|en|in)\s+(?:the\s+)?$/iu.test(text.slice(org.end, p.start)),
      );
      if (place !== undefined && org.network === undefined)
        builder.claim(
          {
            subject: ref,
            predicate: 'LOCATED_IN',
            object: placeRef(place.place, sentence, mentioned),
            confidence: 0.75,
          },
          sentence,
        );
    }
    const anaphoricOrgs: OrgSeen[] = [];
    for (const match of lexicon.orgAnaphora.find(text)) {
      const seen = lastOrgOf(
        lexicon.orgAnaphoraKinds.get(squashLower(match.text)) ?? [],
        sentence.index - 0,
      );
      if (seen !== undefined && !orgs.some((o) => o.ref === seen.ref)) anaphoricOrgs.push(seen);
    }
    for (const place of r.places.filter((p) => p.based)) {
      const after = text.slice(place.end, place.end + 60);
      const org =
        orgs.find((o) => o.org.start > place.end && o.org.start - place.end <= 12) ??
        [...orgs]
          .reverse()
          .find(
            (o) =>
              o.org.end <= place.start &&
              /^\s*,\s*(?:the|a|an)?\s*$/i.test(text.slice(o.org.end, place.start)),
          );
      let target: string | undefined = org?.ref;
      if (target === undefined) {
        const descriptor = lexicon.descriptors.find(after).find((d) => d.start <= 20);
        const kind =
          descriptor === undefined
            ? undefined
            : lexicon.descriptorKind.get(squashLower(descriptor.text));
        const seen = kind === undefined ? undefined : lastOrgOf([kind], sentence.index);
        if (seen !== undefined) {
          target = seen.ref;
          if (!anaphoricOrgs.includes(seen)) anaphoricOrgs.push(seen);
        }
      }
      if (target !== undefined)
        builder.claim(
          {
            subject: target,
            predicate: 'LOCATED_IN',
            object: placeRef(place.place, sentence, mentioned),
            confidence: org ? 0.9 : 0.75,
          },
          sentence,
        );
    }
    // "Safeguard Defenders, a human rights NGO based in Madrid", "con sede en Madrid", "uit Madrid".
    for (const match of lexicon.basedIn.find(text)) {
      const place = r.places.find(
        (p) => p.start >= match.end && /^\s*$/.test(text.slice(match.end, p.start)),
      );
      const org = [...orgs]
        .reverse()
        .find(
          (o) =>
            o.org.end <= match.start &&
            o.org.kind !== 'GOVERNMENT' &&
            match.start - o.org.end <= 60,
        );
      if (place !== undefined && org !== undefined)
        builder.claim(
          {
            subject: org.ref,
            predicate: 'LOCATED_IN',
            object: placeRef(place.place, sentence, mentioned),
            confidence: 0.85,
          },
          sentence,
        );
    }
    // "the Spanish NGO Safeguard Defenders": a nationality just before the name.
    for (const { org, ref } of orgs) {
      if (org.kind !== 'NGO' && org.kind !== 'MEDIA') continue;
      const demonym = r.demonyms.find(
        (d) =>
          d.end <= org.start &&
          org.start - d.end <= 30 &&
          /^[\s\p{Ll}-]*$/u.test(text.slice(d.end, org.start)),
      );
      const country = demonym === undefined ? undefined : countryPlaceByCode(demonym.country);
      if (country !== undefined)
        builder.claim(
          {
            subject: ref,
            predicate: 'LOCATED_IN',
            object: placeRef(country, sentence, mentioned),
            confidence: 0.8,
          },
          sentence,
        );
    }
    const allOrgs: Array<{ ref: string; kind: OrganisationKind; country?: string; start: number }> =
      [
        ...orgs.map((o) => ({
          ref: o.ref,
          kind: o.org.kind,
          start: o.org.start,
          ...(o.org.country !== undefined ? { country: o.org.country } : {}),
        })),
        ...anaphoricOrgs.map((o) => ({
          ref: o.ref,
          kind: o.kind,
          start: -1,
          ...(o.country !== undefined ? { country: o.country } : {}),
        })),
      ];
    const reporters = allOrgs.filter((o) => o.kind === 'NGO' || o.kind === 'MEDIA');
    const authorities = allOrgs.filter(
      (o) => (o.kind === 'LAW_ENFORCEMENT' || o.kind === 'GOVERNMENT') && o.country !== 'CN',
    );
    const chinese = allOrgs.filter(
      (o) => ['UFWD', 'POLICE_BUREAU', 'FRONT', 'OTHER'].includes(o.kind) || o.country === 'CN',
    );

    // Stations of the sentence: named here, or pointed back to.
    const here: string[] = [];
    for (const mention of sentenceMentions) {
      for (const { station, place } of mention.links) {
        const ref = stationRef(station);
        builder.claim(
          {
            subject: ref,
            predicate: 'LOCATED_IN',
            object: placeRef(place, sentence, mentioned),
            confidence: 0.9,
          },
          sentence,
        );
        if (mention.address !== undefined && mention.places[0]?.place === place) {
          builder.claim(
            { subject: ref, predicate: 'HAS_ADDRESS', value: mention.address, confidence: 0.8 },
            sentence,
          );
        }
      }
      for (const station of mention.stations) {
        const ref = stationRef(station);
        if (!here.includes(ref)) here.push(ref);
        if (mention.operator !== undefined) {
          const operator = orgs.find((o) => o.org === mention.operator);
          if (operator !== undefined)
            builder.claim(
              { subject: ref, predicate: 'OPERATED_BY', object: operator.ref, confidence: 0.8 },
              sentence,
            );
        }
      }
    }

    // Statuses.
    if (here.length > 0) {
      for (const { status, weak, matcher } of lexicon.statuses) {
        if (!matcher.test(text)) continue;
        for (const ref of here) {
          builder.claim(
            {
              subject: ref,
              predicate: 'HAS_STATUS',
              value: status,
              confidence: weak ? 0.6 : 0.85,
              ...(claimDate ? { date: claimDate } : {}),
            },
            sentence,
          );
        }
      }
      // Who runs, hosts, reports and investigates them.
      if (lexicon.operatedBy.test(text)) {
        for (const org of allOrgs.filter(
          (o) =>
            ['POLICE_BUREAU', 'UFWD'].includes(o.kind) ||
            (o.kind === 'GOVERNMENT' && o.country === 'CN'),
        )) {
          for (const ref of here)
            builder.claim(
              { subject: ref, predicate: 'OPERATED_BY', object: org.ref, confidence: 0.8 },
              sentence,
            );
        }
        for (const network of orgs.filter((o) => o.org.network !== undefined)) {
          for (const ref of here)
            builder.claim(
              { subject: ref, predicate: 'OPERATED_BY', object: network.ref, confidence: 0.8 },
              sentence,
            );
        }
      }
      if (
        lexicon.hostedBy.test(text) ||
        /\b(?:at|in|inside)\s+(?:the\s+)?(?:offices?\s+of\s+(?:the\s+)?)?$/i.test(text)
      ) {
        for (const org of allOrgs.filter((o) => o.kind === 'FRONT')) {
          for (const ref of here)
            builder.claim(
              { subject: ref, predicate: 'HOSTED_BY', object: org.ref, confidence: 0.8 },
              sentence,
            );
        }
      }
      if (lexicon.reportedBy.test(text) || lexicon.reportingVerbs.test(text)) {
        for (const org of reporters)
          for (const ref of here)
            builder.claim(
              { subject: ref, predicate: 'REPORTED_BY', object: org.ref, confidence: 0.8 },
              sentence,
            );
      }
      if (
        lexicon.investigatedBy.test(text) ||
        lexicon.statuses.find((s) => s.status === 'UNDER_INVESTIGATION')?.matcher.test(text)
      ) {
        for (const org of authorities)
          for (const ref of here)
            builder.claim(
              { subject: ref, predicate: 'INVESTIGATED_BY', object: org.ref, confidence: 0.8 },
              sentence,
            );
      }
    }
    // Organisations part of others: "an association linked to the United Front".
    if (/\b(?:part of|linked to|affiliated with|belonging to|member of|under)\b/i.test(text)) {
      const fronts = allOrgs.filter((o) => o.kind === 'FRONT' && o.start >= 0);
      const parents = allOrgs.filter((o) => o.kind === 'UFWD' || o.kind === 'POLICE_BUREAU');
      for (const front of fronts)
        for (const parent of parents)
          builder.claim(
            { subject: front.ref, predicate: 'PART_OF', object: parent.ref, confidence: 0.7 },
            sentence,
          );
    }

    // People.
    const people = linkPeople(r, builder, orgs, (p) => placeRef(p, sentence, mentioned), reference);
    const defendantContext = lexicon.defendantCues.test(text);

    // Communities, and who the sentence says targets them.
    const communityRefs = r.communities.map((c) =>
      builder.entity({ type: 'Community', name: c.name }),
    );
    if (communityRefs.length > 0 && lexicon.targeting.test(text)) {
      const actors = [
        ...here,
        ...chinese.map((o) => o.ref),
        ...orgs.filter((o) => o.org.network !== undefined).map((o) => o.ref),
      ];
      for (const actor of new Set(actors)) {
        for (const community of communityRefs)
          builder.claim(
            { subject: actor, predicate: 'TARGETS', object: community, confidence: 0.75 },
            sentence,
          );
      }
    }

    // Events.
    const eventPlace = (): string | undefined => {
      const placed = sentenceMentions.flatMap((m) => m.links.map((l) => l.place));
      const cities = [
        ...new Map(
          placed.filter((p) => p.type !== 'Country').map((p) => [placeKey(p), p]),
        ).values(),
      ];
      if (cities.length === 1) return placeRef(cities[0] as Place, sentence, mentioned);
      if (cities.length > 1) {
        const countries = new Set(cities.map((c) => c.country));
        const only = [...countries][0];
        if (countries.size === 1 && only !== undefined && input.countries.has(only)) {
          const country = countryPlaceByCode(only);
          if (country !== undefined) return placeRef(country, sentence, mentioned);
        }
        return undefined;
      }
      return undefined;
    };
    const found = new Set<EventType>();
    for (const { type, matcher } of lexicon.events) {
      const matches = matcher.find(text);
      if (matches.length === 0 || found.has(type)) continue;
      const trigger = matches[0] as { start: number; end: number; text: string };
      let participants: Array<{ ref: string; role?: PersonRole }> = [];
      let description: string | undefined;
      let place: string | undefined = eventPlace();
      let name: string | undefined;
      const stationsHere = here.map((ref) => ({ ref }));
      const officials = authorities.map((o) => ({ ref: o.ref, role: 'OFFICIAL' as PersonRole }));
      switch (type) {
        case 'ARREST':
        case 'CONVICTION': {
          let defendants = people.map((p) => p.ref);
          if (
            defendants.length === 0 &&
            lastPeople !== undefined &&
            sentence.index - lastPeople.sentence <= 2 &&
            PRONOUN_PEOPLE.test(text)
          )
            defendants = lastPeople.refs;
          participants = [
            ...defendants.map((ref) => ({ ref, role: 'DEFENDANT' as PersonRole })),
            ...officials,
            ...stationsHere,
          ];
          const count = COUNT_OF_PEOPLE.exec(text);
          if (
            defendants.length === 0 &&
            count === null &&
            stationsHere.length === 0 &&
            officials.length === 0
          )
            continue;
          name =
            defendants.length > 0
              ? `${EVENT_NAMES[type]} of ${names(builder, defendants)}`
              : undefined;
          if (defendants.length === 0 && count !== null) {
            const n =
              Number(count[1]) ||
              ({ two: 2, three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[
                (count[1] ?? '').toLowerCase()
              ];
            if (n !== undefined)
              pendingCount.push({ event: '', count: n, sentence: sentence.index });
          }
          if (defendants.length > 0) lastPeople = { refs: defendants, sentence: sentence.index };
          break;
        }
        case 'CHARGE': {
          let defendants = people.map((p) => p.ref);
          if (
            defendants.length === 0 &&
            lastPeople !== undefined &&
            sentence.index - lastPeople.sentence <= 2 &&
            PRONOUN_PEOPLE.test(text)
          )
            defendants = lastPeople.refs;
          const count = COUNT_OF_PEOPLE.exec(text);
          if (defendants.length === 0 && count === null) continue;
          if (defendants.length === 0 && count !== null) {
            const n =
              Number(count[1]) ||
              ({ two: 2, three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[
                (count[1] ?? '').toLowerCase()
              ];
            if (n !== undefined)
              pendingCount.push({ event: '', count: n, sentence: sentence.index });
          }
          description = chargeText(text, trigger);
          participants = [
            ...defendants.map((ref) => ({ ref, role: 'DEFENDANT' as PersonRole })),
            ...officials,
          ];
          name =
            defendants.length > 0
              ? `${EVENT_NAMES[type]} against ${names(builder, defendants)}`
              : undefined;
          for (const ref of defendants) {
            if (description !== undefined)
              builder.claim(
                {
                  subject: ref,
                  predicate: 'CHARGED_WITH',
                  value: description,
                  confidence: 0.8,
                  ...(claimDate ? { date: claimDate } : {}),
                },
                sentence,
              );
          }
          lastPeople = { refs: defendants, sentence: sentence.index };
          break;
        }
        case 'CLOSURE':
        case 'RAID':
        case 'OPENING':
          if (stationsHere.length === 0) {
            // "ordered China to close two police stations in the Netherlands": stations not named one by one.
            const acting = officials.length > 0 || people.length > 0;
            if (type === 'OPENING' || r.stationTerms.length === 0 || !acting) continue;
            participants = [
              ...officials,
              ...people.map((p) => ({ ref: p.ref, role: 'OFFICIAL' as PersonRole })),
            ];
            break;
          }
          participants = [...stationsHere, ...officials];
          name = `${EVENT_NAMES[type]} of ${names(builder, here)}`;
          break;
        case 'INVESTIGATION': {
          if (stationsHere.length === 0 && people.length === 0 && officials.length === 0) continue;
          participants = [
            ...officials,
            ...stationsHere,
            ...people.map((p) => ({ ref: p.ref, role: 'OTHER' as PersonRole })),
          ];
          const by =
            officials.length > 0
              ? ` by ${names(
                  builder,
                  officials.map((o) => o.ref),
                )}`
              : '';
          const into = here.length > 0 ? ` into ${names(builder, here)}` : '';
          name = `${EVENT_NAMES[type]}${by}${into}`;
          for (const person of people)
            for (const official of officials)
              builder.claim(
                {
                  subject: person.ref,
                  predicate: 'INVESTIGATED_BY',
                  object: official.ref,
                  confidence: 0.7,
                },
                sentence,
              );
          break;
        }
        case 'MEETING': {
          const members: Array<{ ref: string; role: PersonRole | undefined }> = [
            ...orgs.map((o) => ({
              ref: o.ref,
              role: (o.org.kind === 'GOVERNMENT' || o.org.kind === 'LAW_ENFORCEMENT'
                ? 'OFFICIAL'
                : undefined) as PersonRole | undefined,
            })),
            ...people.map((p) => ({ ref: p.ref, role: undefined })),
          ];
          if (members.length === 0) continue;
          participants = members.map((m) =>
            m.role === undefined ? { ref: m.ref } : { ref: m.ref, role: m.role },
          );
          name = `${EVENT_NAMES[type]} with ${names(
            builder,
            members.map((m) => m.ref),
          )}`;
          const after = r.places.find(
            (p) =>
              p.start > trigger.end &&
              /^\s*(?:[\w,'’-]+\s+){0,6}?(?:in|at)\s+(?:the\s+)?$/i.test(
                text.slice(trigger.end, p.start),
              ),
          );
          place = after === undefined ? undefined : placeRef(after.place, sentence, mentioned);
          break;
        }
        case 'REPORT': {
          if (reporters.length === 0) continue;
          if (VERB_BEFORE_REPORT.test(text.slice(Math.max(0, trigger.start - 12), trigger.start)))
            continue;
          const determiner =
            /(?:^|\s)(?:a|an|the|its|their|new|second|latest|recent|first|un|una|il|el|su|son|le|de|der|ein|einem|einen|nuovo|nuevo|nouveau)\s+(?:[\p{L}-]+\s+)?$/iu.test(
              text.slice(Math.max(0, trigger.start - 30), trigger.start),
            );
          if (!PUBLISHED_REPORT.test(text) && date === undefined && !determiner) continue;
          participants = reporters.map((o) => ({ ref: o.ref }));
          name = `${names(
            builder,
            reporters.map((o) => o.ref),
          )} report`;
          place = undefined;
          break;
        }
        default:
          continue;
      }
      const eventDate =
        nearestDate(r, trigger.start) ?? presentDate(text, reference, article.language);
      const ref = builder.event(
        {
          type,
          name:
            name ?? `${EVENT_NAMES[type]}${place ? ` in ${builder.get(place)?.name ?? ''}` : ''}`,
          participants,
          confidence: 0.75,
          ...(eventDate !== undefined ? { date: eventDate } : {}),
          ...(place !== undefined ? { place } : {}),
          ...(description !== undefined ? { description } : {}),
        },
        sentence,
      );
      const pending = pendingCount.find((p) => p.sentence === sentence.index && p.event === '');
      if (pending !== undefined) pending.event = ref;
      if (type === 'CHARGE' && description !== undefined) chargeOf.set(ref, description);
      found.add(type);
    }
    // "two alleged operatives" named in the next sentence.
    for (const pending of pendingCount) {
      if (
        pending.event === '' ||
        pending.event.startsWith('done:') ||
        sentence.index <= pending.sentence ||
        sentence.index - pending.sentence > 2
      )
        continue;
      if (people.length === pending.count && pending.count > 0) {
        const event = builder.eventByRef(pending.event);
        if (event !== undefined) {
          event.participants ??= [];
          for (const person of people)
            event.participants.push({ ref: person.ref, role: 'DEFENDANT' });
          event.name = `${event.type === 'CHARGE' ? 'Charges against' : `${EVENT_NAMES[event.type]} of`} ${names(
            builder,
            people.map((p) => p.ref),
          )}`;
          const charge = chargeOf.get(pending.event);
          const source = sentences[pending.sentence];
          if (charge !== undefined && source !== undefined) {
            for (const person of people)
              builder.claim(
                {
                  subject: person.ref,
                  predicate: 'CHARGED_WITH',
                  value: charge,
                  confidence: 0.7,
                  ...(reference ? { date: reference } : {}),
                },
                source,
              );
          }
        }
        lastPeople = { refs: people.map((p) => p.ref), sentence: sentence.index };
        pending.event = `done:${pending.event}`;
      }
    }
    // People's roles.
    for (const person of people) {
      if (
        defendantContext ||
        (lastPeople?.refs.includes(person.ref) && lastPeople.sentence === sentence.index)
      ) {
        builder.claim(
          { subject: person.ref, predicate: 'HAS_ROLE', value: 'DEFENDANT', confidence: 0.8 },
          sentence,
        );
      }
    }

    // Figures.
    const skip = [...r.persons.map((p) => ({ start: p.end, end: p.end + 6 }))];
    for (const figure of findFigures(text, skip, r.dates)) {
      const runners = allOrgs.filter(
        (o) => (o.kind === 'POLICE_BUREAU' || o.kind === 'UFWD') && o.start >= 0,
      );
      const runner = runners.length === 1 ? runners[0] : undefined;
      const runs =
        lexicon.operatedBy.test(text) ||
        /\b(?:runs|ran|operates|operated|controls|manages|set up|opened)\b/i.test(text);
      const subject =
        runner !== undefined && runs
          ? runner.ref
          : builder.entity(
              { type: 'Country', name: resolveCountry('CN')?.name ?? 'China', code: 'CN' },
              'country:CN',
            );
      builder.claim(
        {
          subject,
          predicate: 'HAS_FIGURE',
          value: figure.value,
          unit: figure.unit,
          confidence: 0.8,
          ...(figure.qualifier !== undefined ? { qualifier: figure.qualifier } : {}),
          ...(reference !== undefined ? { date: reference } : {}),
        },
        sentence,
      );
    }
  });

  // One report told twice ("a report by X" ... "the report, published in December"): keep the dated one.
  builder.mergeEvents('REPORT');
  // A hedge ("suspected", "according to") does not stand beside a closure or a confirmation.
  const strong = new Set<string>();
  for (const ref of new Set([...stationRefs.values()])) {
    if (
      builder.hasClaim(ref, 'HAS_STATUS', 'CLOSED' satisfies StationStatus) ||
      builder.hasClaim(ref, 'HAS_STATUS', 'CONFIRMED')
    )
      strong.add(ref);
  }
  builder.dropClaims(
    (c) => c.predicate === 'HAS_STATUS' && c.value === 'SUSPECTED' && strong.has(c.subject),
  );
  if (input.stations.length === 0) warnings.push('no station was found in the article');
  return { builder, warnings };
}

const PRESENT_ENGLISH =
  /\b(?:has|have|is|are)\s+(?:(?:now|also|just|already|been)\s+)?(?:[a-z]+ed|[a-z]+ing|opened|begun|shut|told|ordered|launched)\b/i;
const PAST_MARKERS =
  /\b(?:had|ago|previously|earlier|later|in the past|hatte|aveva|había|avait|voormalig|was|were)\b/i;

/** An event told in the present perfect ("has ordered", "is investigating") happened as the article was written. */
function presentDate(
  text: string,
  reference: string | undefined,
  language: string | undefined,
): string | undefined {
  if (reference === undefined || PAST_MARKERS.test(text)) return undefined;
  if ((language ?? 'en') === 'en') return PRESENT_ENGLISH.test(text) ? reference : undefined;
  return reference;
}

function names(builder: FindingsBuilder, refs: string[]): string {
  const list = [...new Set(refs)].map((ref) => builder.get(ref)?.name ?? ref);
  if (list.length <= 1) return list[0] ?? '';
  if (list.length > 4) return `${list.slice(0, 3).join(', ')} and ${list.length - 3} others`;
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function nearestDate(r: Recognised, at: number): string | undefined {
  const dated = r.dates.filter((d) => d.date !== undefined);
  dated.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return dated[0]?.date;
}

/** The charge in the words of the source: what follows "charged with", or "<x> charges ...". */
function chargeText(
  text: string,
  trigger: { start: number; end: number; text: string },
): string | undefined {
  const cue = trigger.text.toLowerCase();
  let start = trigger.end;
  if (/^charges?$|^facing charges$/.test(cue)) {
    // "facing conspiracy charges to act as agents": keep the words that qualify the charges.
    const before = text.slice(0, trigger.start);
    const modifier =
      /(?:\b(?:facing|face|faces|faced|on|with|of|the|new|federal|criminal)\s+)((?:[\p{Ll}-]+\s+){0,3})$/u.exec(
        before,
      );
    start = modifier !== null ? trigger.start - (modifier[1] ?? '').length : trigger.start;
  }
  let rest = text.slice(start);
  const stop =
    /[;(]|\s[—–]\s|,\s*(?:according|officials|prosecutors|police|the\s+\w+\s+said|said|which|who|after|before|while)\b|\.\s*$|\.\s+\p{Lu}/u.exec(
      rest,
    );
  if (stop !== null) rest = rest.slice(0, stop.index);
  rest = rest
    .replace(/^\s*(?:with|of)\s+/i, '')
    .replace(/[\s,."'”’]+$/u, '')
    .trim();
  return rest.length >= 4 ? rest : undefined;
}

function dominantCountry(countries: Set<string>, recognised: Recognised[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of recognised) {
    for (const p of r.places)
      if (p.place.country !== 'CN')
        counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [code, count] of counts)
    if (count > bestCount && countries.has(code)) [best, bestCount] = [code, count];
  return best;
}

interface PersonRef {
  ref: string;
  mention: PersonMention;
}

/** People of one sentence: age, title, affiliation, role from the title, residence. */
function linkPeople(
  r: Recognised,
  builder: FindingsBuilder,
  orgs: Array<{ org: OrgMention; ref: string }>,
  placeRef: (place: Place) => string,
  reference: string | undefined,
): PersonRef[] {
  const lexicon = getLexicon();
  const text = r.sentence.text;
  const people: PersonRef[] = [];
  for (const mention of r.persons) {
    const ref = builder.entity({ type: 'Person', name: mention.name });
    if (!people.some((p) => p.ref === ref)) people.push({ ref, mention });
    const after = text.slice(mention.end);
    const age = /^\s*(?:,\s*(?:aged\s+)?|\(\s*)(\d{1,3})\s*(?:,|\)|\byears? old\b)/.exec(after);
    if (age !== null) {
      const value = Number(age[1]);
      if (value > 0 && value <= 120)
        builder.claim(
          {
            subject: ref,
            predicate: 'HAS_AGE',
            value,
            confidence: 0.9,
            ...(reference ? { date: reference } : {}),
          },
          r.sentence,
        );
    }
    // "Name, Title, Organisation" / "Name, the campaign director of Organisation" / "Title Name".
    const titles = lexicon.titles.find(text);
    const lead = /^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:the|a|an)\s+|\p{Lu}[\p{L}]+['’]s\s+)?/u.exec(
      after,
    );
    const modifiers =
      lead === null ? null : /^(?:[\p{Ll}-]+\s+){0,3}/u.exec(after.slice(lead[0].length));
    let title: { start: number; end: number; text: string } | undefined;
    let valueStart = 0;
    if (lead !== null && modifiers !== null) {
      const from = mention.end + lead[0].length;
      const found = titles.find((t) => t.start >= from && t.start <= from + modifiers[0].length);
      if (found !== undefined) {
        title = found;
        valueStart = from;
      }
    }
    if (title === undefined) {
      title = titles.find(
        (t) => t.end <= mention.start && /^\s*,?\s*$/.test(text.slice(t.end, mention.start)),
      );
      if (title !== undefined) {
        // "Dutch Foreign Minister Wopke Hoekstra", "the public safety minister, Marco Mendicino"
        const before = /(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(0, title.start));
        valueStart =
          title.start -
          (before !== null && !/\b(?:the|a|an|said|says|told|by|and|of)\s+$/i.test(before[0])
            ? before[0].length
            : 0);
      }
    }
    if (title !== undefined) {
      const value = text.slice(valueStart, title.end).trim();
      builder.claim(
        {
          subject: ref,
          predicate: 'HAS_TITLE',
          value: value.charAt(0).toUpperCase() + value.slice(1),
          confidence: 0.85,
        },
        r.sentence,
      );
      const titleEnd = title.end;
      const titleStart = valueStart;
      const org =
        orgs.find(
          (o) =>
            o.org.start >= titleEnd &&
            /^\s*(?:,|of|for|at|with|of the|for the|at the|,\s*the)?\s*$/i.test(
              text.slice(titleEnd, o.org.start),
            ) &&
            o.org.start - titleEnd <= 12,
        ) ??
        orgs.find(
          (o) =>
            o.org.end <= titleStart && /^\s*(?:['’]s)?\s*$/.test(text.slice(o.org.end, titleStart)),
        );
      let role =
        lexicon.titleRole.get(squashLower(value)) ?? lexicon.titleRole.get(squashLower(title.text));
      if (org !== undefined) {
        builder.claim(
          { subject: ref, predicate: 'AFFILIATED_WITH', object: org.ref, confidence: 0.85 },
          r.sentence,
        );
        if (role === 'GENERIC') {
          const kind = org.org.kind;
          role =
            kind === 'GOVERNMENT' || kind === 'LAW_ENFORCEMENT'
              ? 'OFFICIAL'
              : kind === 'NGO'
                ? 'ACTIVIST'
                : kind === 'MEDIA'
                  ? 'JOURNALIST'
                  : 'OTHER';
        }
      }
      if (role !== undefined && role !== 'GENERIC' && role !== 'DEFENDANT')
        builder.claim(
          { subject: ref, predicate: 'HAS_ROLE', value: role, confidence: 0.75 },
          r.sentence,
        );
    }
  }
  // "both New York residents", "residents of Queens", "who lives in Prato".
  if (people.length > 0) {
    for (const cue of lexicon.residentCues.find(text)) {
      const before = r.places.find(
        (p) => p.end <= cue.start && /^\s*$/.test(text.slice(p.end, cue.start)),
      );
      const after = r.places.find(
        (p) =>
          p.start >= cue.end &&
          /^\s*(?:of|in|at|a|en|di|van|in)?\s*$/i.test(text.slice(cue.end, p.start)),
      );
      const place: PlaceMention | undefined = before ?? after;
      if (place === undefined) continue;
      for (const person of people)
        builder.claim(
          {
            subject: person.ref,
            predicate: 'RESIDENT_OF',
            object: placeRef(place.place),
            confidence: 0.8,
          },
          r.sentence,
        );
    }
  }
  return people;
}
