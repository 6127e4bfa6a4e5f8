// Starts writing a document's source: returns what the graph held of it, and — when its findings
// changed — removes that source's old claims (returning what they were about, to re-derive) and
// updates the source node. An unchanged source is left exactly as it is.
OPTIONAL MATCH (old:Source {id: $source.id})
WITH old, old.findingsHash AS previousHash
CALL (old, previousHash) {
  WITH old, previousHash
  WHERE old IS NOT NULL AND previousHash <> $source.findingsHash
  MATCH (old)<-[:CITES]-(c:Claim)
  OPTIONAL MATCH (c)-[:SUBJECT]->(a:Entity)
  OPTIONAL MATCH (c)-[:OBJECT]->(b:Entity)
  WITH c, a.id AS subject, c.predicate AS predicate, b.id AS object
  DETACH DELETE c
  RETURN collect({subject: subject, predicate: predicate, object: object}) AS detached
}
CALL (previousHash) {
  WITH previousHash
  WHERE previousHash IS NULL OR previousHash <> $source.findingsHash
  MERGE (s:Source {id: $source.id})
  ON CREATE SET s.createdAt = datetime()
  SET s += $source, s.updatedAt = datetime()
}
RETURN old IS NOT NULL AS existed, previousHash, detached
