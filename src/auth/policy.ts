/**
 * The access policy of the GraphQL API: the role each root field needs. Root fields not listed
 * need only read access (anyone when OUTPOST_READ_ACCESS=open, any key when it is `key`). Every
 * Mutation field must be listed: the server refuses to start otherwise.
 */
import type { Role } from './roles.js';

/** Role needed per root field, by root type. */
export const FIELD_POLICY: Readonly<Record<'Query' | 'Mutation', Readonly<Record<string, Role>>>> =
  {
    Query: {
      auditLog: 'admin',
    },
    Mutation: {
      importFindings: 'writer',
      importDocument: 'writer',
      retractClaim: 'writer',
      mergeEntities: 'admin',
      markNotDuplicate: 'admin',
    },
  };

/** Whether anonymous callers may read (`open`) or every call needs a key (`key`). */
export type ReadAccess = 'open' | 'key';

/** The role `field` of `root` needs, or undefined when read access is enough. */
export function requiredRole(root: 'Query' | 'Mutation', field: string): Role | undefined {
  return FIELD_POLICY[root][field];
}
