/**
 * The executable schema: SDL from schema/*.graphql, resolvers from src/api/resolvers/. Built once
 * at startup, and checked: the schema's enums must be the vocabularies' lists
 * (src/findings/vocabulary.ts), and every Mutation field must have an access policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isEnumType, type GraphQLSchema } from './graphql.js';
import { FIELD_POLICY } from '../auth/policy.js';
import { invariant } from '../errors.js';
import {
  ENTITY_TYPES,
  EVENT_TYPES,
  METHODS,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  PREDICATE_NAMES,
  SOURCE_KINDS,
  STATION_STATUSES,
} from '../findings/vocabulary.js';
import { projectPath } from '../paths.js';
import { resolvers } from './resolvers/index.js';
import { ALL_RELATIONSHIP_TYPES } from './values.js';

/** The folder of GraphQL SDL files. */
export const SCHEMA_DIR = projectPath('schema');

/** Reads every .graphql file under schema/, in name order. */
export function readTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

/** Builds the executable schema; fails at startup when SDL, resolvers and vocabulary disagree. */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
  checkSchema(schema);
  return schema;
}

/** The enums that mirror a vocabulary, by the values they carry at run time. */
const VOCABULARY_ENUMS: Record<string, readonly string[]> = {
  EntityType: ENTITY_TYPES,
  StationStatus: STATION_STATUSES,
  OrganisationKind: ORGANISATION_KINDS,
  EventType: EVENT_TYPES,
  PersonRole: PERSON_ROLES,
  Method: METHODS,
  SourceKind: SOURCE_KINDS,
  Predicate: PREDICATE_NAMES,
  RelationshipType: ALL_RELATIONSHIP_TYPES,
};

/** Throws when an enum and its vocabulary differ, or a Mutation field has no access policy. */
export function checkSchema(schema: GraphQLSchema): void {
  for (const [name, vocabulary] of Object.entries(VOCABULARY_ENUMS)) {
    const type = schema.getType(name);
    invariant(isEnumType(type), `schema: enum ${name} is missing`);
    const values = type.getValues().map((value) => String(value.value));
    invariant(
      [...values].sort().join() === [...vocabulary].sort().join(),
      `schema: enum ${name} (${values.join(', ')}) differs from the vocabulary (${vocabulary.join(', ')})`,
    );
  }
  for (const field of Object.keys(schema.getMutationType()?.getFields() ?? {})) {
    invariant(field in FIELD_POLICY.Mutation, `schema: Mutation.${field} has no access policy`);
  }
}
