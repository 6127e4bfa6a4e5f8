// Deletes every node and relationship except the schema migration records, committing every
// 5,000 nodes so that a large graph does not have to fit in the server's heap at once (a single
// transaction over 10k documents' graph ran a 512 MB heap out of memory). Used by tests and the
// benchmarks (src/graph/admin.ts); never by the API. Run in an auto-commit transaction.
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS deleted
