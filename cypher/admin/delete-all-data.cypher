// Deletes every node and relationship except the schema migration records. Used by tests and
// `outpost reset`; never by the API.
MATCH (n) WHERE NOT n:SchemaMigration
DETACH DELETE n
RETURN count(*) AS deleted
