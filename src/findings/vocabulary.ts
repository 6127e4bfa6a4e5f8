/**
 * The closed vocabularies of the graph model: entity types, organisation kinds, station
 * statuses, event types, predicates, methods. Labels and relationship types written to Neo4j come
 * only from these lists.
 */

export const ENTITY_TYPES = [
  'Station',
  'Organisation',
  'Network',
  'Person',
  'Community',
  'City',
  'Region',
  'Country',
  'Event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ORGANISATION_KINDS = [
  'FRONT',
  'POLICE_BUREAU',
  'GOVERNMENT',
  'LAW_ENFORCEMENT',
  'NGO',
  'MEDIA',
  'UFWD',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const STATION_STATUSES = [
  'SUSPECTED',
  'CONFIRMED',
  'UNDER_INVESTIGATION',
  'CLOSED',
  'DENIED',
] as const;
export type StationStatus = (typeof STATION_STATUSES)[number];

export const EVENT_TYPES = [
  'ARREST',
  'CHARGE',
  'CONVICTION',
  'CLOSURE',
  'INVESTIGATION',
  'RAID',
  'REPORT',
  'MEETING',
  'STATEMENT',
  'OPENING',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PERSON_ROLES = [
  'DEFENDANT',
  'OFFICIAL',
  'ACTIVIST',
  'SPOKESPERSON',
  'JOURNALIST',
  'OTHER',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const SOURCE_KINDS = [
  'news',
  'ngo-report',
  'court-document',
  'government',
  'findings',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const METHODS = ['EXTRACTED', 'CURATED'] as const;
export type Method = (typeof METHODS)[number];

const PLACE: readonly EntityType[] = ['City', 'Region', 'Country'];
const ACTOR: readonly EntityType[] = ['Organisation', 'Network', 'Person', 'Station'];

/** What a predicate links: the types of its subject, and either object types or a literal kind. */
export interface PredicateRule {
  subjects: readonly EntityType[];
  /** Entity types of the object, for relationship predicates. */
  objects?: readonly EntityType[];
  /** The literal the claim carries instead of an object. */
  literal?: 'status' | 'number' | 'text' | 'role' | 'figure';
  /** Relationship predicates are mirrored as a direct relationship of this type. */
  relationship?: boolean;
  /** Literal predicates update this property of the subject, from the latest dated claim. */
  property?: string;
  description: string;
}

/** Every predicate a claim may use. */
export const PREDICATES = {
  LOCATED_IN: {
    subjects: ['Station', 'Organisation', 'City', 'Region', 'Event', 'Network'],
    objects: PLACE,
    relationship: true,
    description:
      'is in this place (a station in a city, a city in a country, an event took place there)',
  },
  OPERATED_BY: {
    subjects: ['Station'],
    objects: ['Organisation', 'Network'],
    relationship: true,
    description: 'the station is run by this bureau, agency or network',
  },
  HOSTED_BY: {
    subjects: ['Station'],
    objects: ['Organisation'],
    relationship: true,
    description: 'the station is housed by this front or community organisation',
  },
  PART_OF: {
    subjects: ['Organisation', 'Network'],
    objects: ['Organisation', 'Network'],
    relationship: true,
    description: 'belongs to this larger organisation or network',
  },
  AFFILIATED_WITH: {
    subjects: ['Person', 'Organisation'],
    objects: ['Organisation', 'Network', 'Station'],
    relationship: true,
    description: 'works for, leads or is a member of',
  },
  RESIDENT_OF: {
    subjects: ['Person'],
    objects: PLACE,
    relationship: true,
    description: 'the person lives in this place',
  },
  TARGETS: {
    subjects: ['Station', 'Organisation', 'Network', 'Event'],
    objects: ['Community', 'Person'],
    relationship: true,
    description: 'watches, pressures or intimidates this community or person',
  },
  PARTICIPANT_IN: {
    subjects: [...ACTOR],
    objects: ['Event'],
    relationship: true,
    description: 'took part in the event, in the role the claim gives',
  },
  REPORTED_BY: {
    subjects: ['Station', 'Event', 'Organisation', 'Network', 'Person'],
    objects: ['Organisation', 'Person'],
    relationship: true,
    description: 'this organisation or person reported or revealed it',
  },
  INVESTIGATED_BY: {
    subjects: ['Station', 'Organisation', 'Person', 'Network'],
    objects: ['Organisation'],
    relationship: true,
    description: 'is under investigation by this authority',
  },
  HAS_STATUS: {
    subjects: ['Station'],
    literal: 'status',
    property: 'status',
    description: 'the station had this status at the claim date',
  },
  HAS_AGE: {
    subjects: ['Person'],
    literal: 'number',
    property: 'age',
    description: 'the person was this old at the claim date',
  },
  HAS_TITLE: {
    subjects: ['Person'],
    literal: 'text',
    property: 'title',
    description: 'the person holds this title or office',
  },
  HAS_ROLE: {
    subjects: ['Person'],
    literal: 'role',
    property: 'role',
    description: 'the person appears in this role (defendant, official, activist, ...)',
  },
  HAS_ADDRESS: {
    subjects: ['Station', 'Organisation'],
    literal: 'text',
    property: 'address',
    description: 'the street address, or how the source describes where it is',
  },
  CHARGED_WITH: {
    subjects: ['Person', 'Organisation'],
    literal: 'text',
    description: 'the charge, in the words of the source',
  },
  HAS_FIGURE: {
    subjects: ['Organisation', 'Network', 'Country', 'Region', 'City', 'Event'],
    literal: 'figure',
    description: 'a count stated by the source (value, unit, qualifier such as "at least")',
  },
} as const satisfies Record<string, PredicateRule>;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

/** The rule for `predicate`. */
export function predicateRule(predicate: Predicate): PredicateRule {
  return PREDICATES[predicate];
}

/** Relationship types that mirror claims: the only ones the writer creates between entities. */
export const RELATIONSHIP_TYPES = PREDICATE_NAMES.filter(
  (name) => (PREDICATES[name] as PredicateRule).relationship === true,
);
