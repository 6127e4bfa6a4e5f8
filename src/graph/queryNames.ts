/**
 * The names of every query in cypher/ (the file path without `.cypher`). The catalog loads
 * exactly these at startup, so a typo here or a missing file fails before any request.
 */
export const QUERY_NAMES = [
  'read/server-components',
  'read/schema-version',
  'read/count-nodes',
  'read/schema-objects',
  'admin/delete-all-data',
  'admin/dump',
  'write/source-begin',
  'write/document-body',
  'write/source-detach-claims',
  'write/source-delete',
  'write/entities-orphaned',
  'write/sync-relationships',
  'write/sync-properties',
  'write/duplicate-candidates',
  'write/duplicate-record',
  'write/claim-retract',
  'bench/naive-source',
  'bench/naive-entity',
  'bench/naive-claim',
  'bench/naive-relationship',
  'migrate/applied',
  'migrate/record',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
