/**
 * Words and colours for the graph's vocabulary (schema/common.graphql): entity types, station
 * statuses, predicates and relationship types, each seen from either end. Pure.
 */

/** The entity types, in the order the explorer lists them. */
export const ENTITY_TYPES = [
  'Station',
  'Organisation',
  'Person',
  'Network',
  'Community',
  'City',
  'Region',
  'Country',
  'Event',
] as const;

/** What the search box looks in: stations, organisations, people, networks, communities, places. */
export const SEARCH_TYPES = ENTITY_TYPES.filter((t) => t !== 'Event');

/** Plural labels of the entity types. */
export const TYPE_PLURALS: Readonly<Record<string, string>> = {
  Station: 'Stations',
  Organisation: 'Organisations',
  Person: 'People',
  Network: 'Networks',
  Community: 'Communities',
  City: 'Cities',
  Region: 'Regions',
  Country: 'Countries',
  Event: 'Events',
};

/** A colour per entity type, for the graph (each at least 3:1 against white). */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  Station: '#b91c1c',
  Organisation: '#1d4ed8',
  Person: '#7c3aed',
  Network: '#be185d',
  Community: '#047857',
  City: '#57534e',
  Region: '#57534e',
  Country: '#44403c',
  Event: '#b45309',
};

/** Station statuses, and UNKNOWN for a station none is stated for. */
export const STATUSES = [
  'CONFIRMED',
  'SUSPECTED',
  'UNDER_INVESTIGATION',
  'CLOSED',
  'DENIED',
  'UNKNOWN',
] as const;

/** The key of a station's status: its status, or UNKNOWN. */
export function statusKey(status: string | null | undefined): string {
  return status ?? 'UNKNOWN';
}

/** Labels of the statuses. */
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  CONFIRMED: 'Confirmed',
  SUSPECTED: 'Suspected',
  UNDER_INVESTIGATION: 'Under investigation',
  CLOSED: 'Closed',
  DENIED: 'Denied',
  UNKNOWN: 'Not stated',
};

/** Marker colours of the statuses (each at least 3:1 against white and the map's land). */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  CONFIRMED: '#b91c1c',
  SUSPECTED: '#c2410c',
  UNDER_INVESTIGATION: '#6d28d9',
  CLOSED: '#1e40af',
  DENIED: '#0f766e',
  UNKNOWN: '#4b5563',
};

/** A relationship type seen from its subject (OUT) and from its object (IN). */
export const RELATIONSHIP_LABELS: Readonly<Record<string, { OUT: string; IN: string }>> = {
  LOCATED_IN: { OUT: 'Located in', IN: 'Located here' },
  OPERATED_BY: { OUT: 'Operated by', IN: 'Operates' },
  HOSTED_BY: { OUT: 'Hosted by', IN: 'Hosts' },
  PART_OF: { OUT: 'Part of', IN: 'Members' },
  AFFILIATED_WITH: { OUT: 'Affiliated with', IN: 'Affiliates' },
  RESIDENT_OF: { OUT: 'Resident of', IN: 'Residents' },
  TARGETS: { OUT: 'Targets', IN: 'Targeted by' },
  PARTICIPANT_IN: { OUT: 'Took part in', IN: 'Participants' },
  REPORTED_BY: { OUT: 'Reported by', IN: 'Reported' },
  INVESTIGATED_BY: { OUT: 'Investigated by', IN: 'Investigates' },
  IN_COUNTRY: { OUT: 'In country', IN: 'Places in it' },
  IN_REGION: { OUT: 'In region', IN: 'Places in it' },
};

/** The order link groups are shown in. */
export const RELATIONSHIP_ORDER = Object.keys(RELATIONSHIP_LABELS);

/** How a relationship type or direction reads; falls back to the type in words. */
export function relationshipLabel(type: string, direction: string): string {
  const labels = RELATIONSHIP_LABELS[type];
  if (labels === undefined) return words(type);
  return direction === 'IN' ? labels.IN : labels.OUT;
}

/** Labels of the literal predicates. */
export const PREDICATE_LABELS: Readonly<Record<string, string>> = {
  HAS_STATUS: 'Status',
  HAS_AGE: 'Age',
  HAS_TITLE: 'Title',
  HAS_ROLE: 'Role',
  HAS_ADDRESS: 'Address',
  CHARGED_WITH: 'Charged with',
  HAS_FIGURE: 'Figure',
};

/** A predicate in words ("OPERATED_BY" -> "operated by"). */
export function predicateLabel(predicate: string): string {
  return PREDICATE_LABELS[predicate] ?? words(predicate);
}

/** An enum value in words, first letter capital ("UNDER_INVESTIGATION" -> "Under investigation"). */
export function words(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
