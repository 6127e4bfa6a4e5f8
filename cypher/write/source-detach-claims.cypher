// Removes every claim of a source (before a new version of it is written, or when it is deleted)
// and returns what those claims were about, so that relationships and properties can be re-derived.
MATCH (s:Source {id: $id})<-[:CITES]-(c:Claim)
OPTIONAL MATCH (c)-[:SUBJECT]->(a:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(b:Entity)
WITH c, a.id AS subject, c.predicate AS predicate, b.id AS object
DETACH DELETE c
RETURN subject, predicate, object
