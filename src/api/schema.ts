/**
 * The executable schema: SDL from schema/*.graphql, resolvers from src/api/resolvers/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { projectPath } from '../paths.js';
import { resolvers } from './resolvers/index.js';

/** The folder of GraphQL SDL files. */
export const SCHEMA_DIR = projectPath('schema');

/** Reads every .graphql file under schema/, in name order. */
export function readTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

/** Builds the executable schema; fails at startup when SDL and resolvers disagree. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readTypeDefs(), resolvers });
}
