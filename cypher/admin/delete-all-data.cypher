// Deletes up to $limit nodes (and their relationships), schema migration records excepted, and
// says how many: src/graph/admin.ts runs it until none are left, one transaction each, so that a
// large graph never has to fit in the server's memory at once (one transaction over 10k
// documents' graph ran a 512 MB heap out of memory). Tests and benchmarks only; never the API.
MATCH (n) WHERE NOT n:SchemaMigration
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
