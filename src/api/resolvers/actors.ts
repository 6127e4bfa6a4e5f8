/** The actor types: Organisation, Network, Person and Community, with their typed links. */
import { ORGANISATION_KINDS, PERSON_ROLES } from '../../findings/vocabulary.js';
import type { ApiContext } from '../context.js';
import { num, type EntityValue } from '../values.js';
import { claimField, entityFields, linkField, oneOf } from './shared.js';

/** Resolvers of Organisation, Network, Person and Community. */
export const actorResolvers = {
  Organisation: {
    ...entityFields,
    kind: (org: EntityValue) => oneOf(ORGANISATION_KINDS, org.kind),
    country: (org: EntityValue, _args: unknown, ctx: ApiContext) =>
      ctx.loaders.places(org.id).then((p) => p.country),
    locatedIn: linkField(['LOCATED_IN'], 'OUT'),
    operates: linkField(['OPERATED_BY'], 'IN'),
    hosts: linkField(['HOSTED_BY'], 'IN'),
    partOf: linkField(['PART_OF'], 'OUT'),
    parts: linkField(['PART_OF'], 'IN'),
    members: linkField(['AFFILIATED_WITH'], 'IN'),
    affiliations: linkField(['AFFILIATED_WITH'], 'OUT'),
    targets: linkField(['TARGETS'], 'OUT'),
    reported: linkField(['REPORTED_BY'], 'IN'),
    reportedBy: linkField(['REPORTED_BY'], 'OUT'),
    investigates: linkField(['INVESTIGATED_BY'], 'IN'),
    investigatedBy: linkField(['INVESTIGATED_BY'], 'OUT'),
    events: linkField(['PARTICIPANT_IN'], 'OUT'),
    charges: claimField(['CHARGED_WITH']),
    figures: claimField(['HAS_FIGURE']),
  },
  Network: {
    ...entityFields,
    operates: linkField(['OPERATED_BY'], 'IN'),
    partOf: linkField(['PART_OF'], 'OUT'),
    parts: linkField(['PART_OF'], 'IN'),
    members: linkField(['AFFILIATED_WITH'], 'IN'),
    locatedIn: linkField(['LOCATED_IN'], 'OUT'),
    targets: linkField(['TARGETS'], 'OUT'),
    reportedBy: linkField(['REPORTED_BY'], 'OUT'),
    investigatedBy: linkField(['INVESTIGATED_BY'], 'OUT'),
    events: linkField(['PARTICIPANT_IN'], 'OUT'),
    figures: claimField(['HAS_FIGURE']),
  },
  Person: {
    ...entityFields,
    age: (person: EntityValue) => {
      const age = num(person.age);
      return age === null ? null : Math.round(age);
    },
    role: (person: EntityValue) => oneOf(PERSON_ROLES, person.role),
    affiliations: linkField(['AFFILIATED_WITH'], 'OUT'),
    residence: linkField(['RESIDENT_OF'], 'OUT'),
    events: linkField(['PARTICIPANT_IN'], 'OUT'),
    targetedBy: linkField(['TARGETS'], 'IN'),
    reported: linkField(['REPORTED_BY'], 'IN'),
    reportedBy: linkField(['REPORTED_BY'], 'OUT'),
    investigatedBy: linkField(['INVESTIGATED_BY'], 'OUT'),
    charges: claimField(['CHARGED_WITH']),
  },
  Community: {
    ...entityFields,
    targetedBy: linkField(['TARGETS'], 'IN'),
  },
};
