/**
 * FollowTheMoney (FtM, https://followthemoney.tech), the entity model of Aleph and OpenSanctions:
 * the graph as FtM entities, one JSON object per line: `{"id", "schema", "properties"}` with
 * every property an array of strings. Ids are stable: `og.` + the canonical id with `:` as `.`
 * (e.g. og.person.lu-jianwang), or `og-` + a SHA-1 for ids FtM would not accept and for links.
 *
 * Mapping (FtM 4 schemata):
 * - Station -> Organization (classification "overseas police station"; status; address);
 *   Organisation -> PublicBody (government, police bureau, law enforcement) or Organization;
 *   Network -> Organization; Person -> Person (position from HAS_TITLE, classification from
 *   HAS_ROLE, age in notes); Community -> LegalEntity (classification "community");
 *   City and Region -> Address (city/region, country, latitude, longitude);
 *   Event -> Event (date, summary, involved = participants, location, addressEntity);
 *   Country -> no entity: countries are the `country` property (ISO code, lower case).
 * - LOCATED_IN / RESIDENT_OF -> addressEntity (a city or region) and country; PARTICIPANT_IN ->
 *   Event.involved; AFFILIATED_WITH and PART_OF -> Membership (member, organization);
 *   OPERATED_BY, HOSTED_BY, TARGETS, REPORTED_BY, INVESTIGATED_BY -> UnknownLink (subject,
 *   object, role "operated by"...); IN_COUNTRY / IN_REGION -> the Address's country.
 * - Sources -> Article (news) or Pages (FtM's "Document": reports, court documents...): title, author,
 *   publishedAt, language (ISO 639-3), sourceUrl, publisher, bodyText; and one Documentation
 *   (document, entity, role = the predicates) per source and entity it speaks of.
 * Claim counts and publishers of a link go in its summary and publisher properties.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EntityRow, PlaceRef, RelationshipRow } from './rows.js';

/** One FtM entity: properties are arrays of strings, as FtM says. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const LANGUAGES = (
  JSON.parse(readFileSync(new URL('./data/languages.json', import.meta.url), 'utf8')) as {
    codes: Record<string, string>;
  }
).codes;

/** FtM's rule for entity ids. */
export const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;

/** The FtM id of a graph id: readable when it can be, hashed when it cannot. */
export function ftmId(id: string): string {
  if (/^[A-Za-z0-9:-]+$/.test(id) && /[A-Za-z0-9]$/.test(id)) return `og.${id.replace(/:/g, '.')}`;
  return hashedId(`entity:${id}`);
}

function hashedId(key: string): string {
  return `og-${createHash('sha1').update(key).digest('hex')}`;
}

const PUBLIC_BODY_KINDS = new Set(['GOVERNMENT', 'POLICE_BUREAU', 'LAW_ENFORCEMENT']);

/** Predicates that become UnknownLink, with the role in words. */
export const LINK_ROLES: Readonly<Record<string, string>> = {
  OPERATED_BY: 'operated by',
  HOSTED_BY: 'hosted by',
  TARGETS: 'targets',
  REPORTED_BY: 'reported by',
  INVESTIGATED_BY: 'investigated by',
};

/** Predicates that become Membership (member -> organization). */
export const MEMBERSHIP_ROLES: Readonly<Record<string, string>> = {
  AFFILIATED_WITH: 'affiliated with',
  PART_OF: 'part of',
};

/** Builds properties, dropping empty values; every value becomes a string. */
class Properties {
  readonly values: Record<string, string[]> = {};
  add(name: string, ...values: unknown[]): this {
    for (const value of values.flat()) {
      if (value === null || value === undefined) continue;
      const text = typeof value === 'string' ? value.trim() : String(value);
      if (text === '') continue;
      const list = (this.values[name] ??= []);
      if (!list.includes(text)) list.push(text);
    }
    return this;
  }
}

const words = (value: unknown) =>
  typeof value === 'string' ? value.toLowerCase().replace(/_/g, ' ') : undefined;
const lower = (value: string | null | undefined) => (value ? value.toLowerCase() : undefined);

/** The FtM entity of a graph entity; undefined for countries (they are property values). */
export function entityToFtm(e: EntityRow): FtmEntity | undefined {
  const p = e.props;
  const props = new Properties().add('name', e.name).add('alias', p.aliases);
  if (p.needsReview === true) {
    props.add(
      'notes',
      ...((p.reviewReasons as string[] | undefined) ?? []).map((r) => `Needs review: ${r}`),
    );
  }
  const address = placeAddress(e.places);
  const withPlace = () => {
    props.add('country', lower(e.country));
    if (address !== undefined) props.add('addressEntity', ftmId(address.id));
  };
  let schema: string;
  switch (e.type) {
    case 'Country':
      return undefined;
    case 'City':
    case 'Region':
      schema = 'Address';
      props.add('full', e.name).add(e.type === 'City' ? 'city' : 'region', e.name);
      props.add('country', lower(e.country ?? (p.countryCode as string | undefined)));
      props.add('latitude', e.lat).add('longitude', e.lon);
      break;
    case 'Station':
      schema = 'Organization';
      props.add('classification', 'overseas police station').add('status', words(p.status));
      props.add('address', p.address);
      withPlace();
      break;
    case 'Organisation':
      schema = PUBLIC_BODY_KINDS.has(String(p.kind)) ? 'PublicBody' : 'Organization';
      props.add('classification', words(p.kind)).add('address', p.address);
      withPlace();
      break;
    case 'Network':
      schema = 'Organization';
      props.add('classification', 'network');
      withPlace();
      break;
    case 'Person':
      schema = 'Person';
      props.add('position', p.title).add('classification', words(p.role));
      if (typeof p.age === 'number') {
        props.add('notes', `Age ${p.age}${p.ageAsOf ? ` as of ${String(p.ageAsOf)}` : ''}`);
      }
      withPlace();
      break;
    case 'Community':
      schema = 'LegalEntity';
      props.add('classification', 'community');
      withPlace();
      break;
    case 'Event':
      schema = 'Event';
      props.add('date', p.date).add('summary', p.description).add('keywords', words(p.eventType));
      props.add('involved', e.participants.map(ftmId));
      props.add(
        'location',
        e.places.map((place) => place.name),
      );
      withPlace();
      break;
    default:
      return undefined;
  }
  return { id: ftmId(e.id), schema, properties: props.values };
}

/** The city or region an entity is in (the first, by id), which becomes its addressEntity. */
function placeAddress(places: PlaceRef[]): PlaceRef | undefined {
  return [...places]
    .filter((p) => p.entityType === 'City' || p.entityType === 'Region')
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
}

/** The FtM link entity of a relationship; undefined for those FtM holds as properties. */
export function relationshipToFtm(r: RelationshipRow): FtmEntity | undefined {
  const props = new Properties();
  const claims = typeof r.props.claimCount === 'number' ? r.props.claimCount : undefined;
  if (claims !== undefined) {
    const publishers = typeof r.props.publisherCount === 'number' ? r.props.publisherCount : 0;
    const seen = [r.props.firstSeen, r.props.lastSeen].filter(Boolean).map(String);
    props.add(
      'summary',
      `${claims} claim${claims === 1 ? '' : 's'} from ${publishers} publisher${publishers === 1 ? '' : 's'}` +
        (seen.length > 0 ? `, seen ${[...new Set(seen)].join(' to ')}` : ''),
    );
    props.add('publisher', r.props.publishers);
  }
  const id = hashedId(`link:${r.type}|${r.source}|${r.target}`);
  const membership = MEMBERSHIP_ROLES[r.type];
  if (membership !== undefined) {
    props
      .add('member', ftmId(r.source))
      .add('organization', ftmId(r.target))
      .add('role', membership);
    return { id, schema: 'Membership', properties: props.values };
  }
  const link = LINK_ROLES[r.type];
  if (link !== undefined) {
    props.add('subject', ftmId(r.source)).add('object', ftmId(r.target)).add('role', link);
    return { id, schema: 'UnknownLink', properties: props.values };
  }
  return undefined;
}

/** The FtM document of a source: Article for news, Pages (shown as "Document") otherwise. */
export function sourceToFtm(source: Record<string, unknown>): FtmEntity {
  const props = new Properties()
    .add('title', source.title)
    .add('name', source.title ?? source.url ?? source.id)
    .add('author', source.author)
    .add('publishedAt', source.published)
    .add('sourceUrl', source.url)
    .add('publisher', source.publisher)
    .add('bodyText', source.text);
  const language = typeof source.language === 'string' ? LANGUAGES[source.language] : undefined;
  props.add('language', language);
  return {
    id: ftmId(String(source.id)),
    schema: source.kind === 'news' ? 'Article' : 'Pages',
    properties: props.values,
  };
}

/** The Documentation linking a source to an entity it speaks of; undefined for countries. */
export function mentionToFtm(mention: {
  source: string;
  entity: string;
  type: string;
  predicates: string[];
}): FtmEntity | undefined {
  if (mention.type === 'Country') return undefined;
  const props = new Properties()
    .add('document', ftmId(mention.source))
    .add('entity', ftmId(mention.entity))
    .add('role', [...mention.predicates].sort().map(words).join(', '));
  return {
    id: hashedId(`doc:${mention.source}|${mention.entity}`),
    schema: 'Documentation',
    properties: props.values,
  };
}
