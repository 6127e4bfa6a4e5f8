// Marks a claim retracted (it stays, with the reason, for the record) and returns what it was
// about so that relationships and properties can be re-derived.
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[:SUBJECT]->(a:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(b:Entity)
SET c.retracted = true, c.retractedReason = $reason, c.retractedBy = $actor, c.retractedAt = datetime()
WITH c, a, b
CALL (c) {
  MATCH (c)-[about:SUBJECT|OBJECT]->()
  SET about.retracted = true
}
RETURN a.id AS subject, c.predicate AS predicate, b.id AS object
