// Claims about entities ($batch.keys), as subject or object; of $batch.predicates only ([]: all),
// retracted ones only with $batch.includeRetracted; newest first, at most $batch.limit per
// entity. Each with its source's id and date (its other fields load once per request,
// src/api/resolvers/evidence.ts) and the ids of its subject and object, looked up for the claims
// kept only (a much-cited station has hundreds).
UNWIND $batch.keys AS key
MATCH (a:Entity {id: key})
CALL (a) {
  MATCH (a)<-[:SUBJECT|OBJECT]-(c:Claim)
  WHERE (size($batch.predicates) = 0 OR c.predicate IN $batch.predicates)
    AND ($batch.includeRetracted OR c.retracted = false)
  WITH DISTINCT c
  MATCH (c)-[:CITES]->(s:Source)
  WITH c, s
  ORDER BY coalesce(c.date, s.published) DESC, c.confidence DESC, c.id
  LIMIT toInteger($batch.limit)
  OPTIONAL MATCH (c)-[:SUBJECT]->(subject:Entity)
  OPTIONAL MATCH (c)-[:OBJECT]->(object:Entity)
  RETURN collect({
    claim: c{.*, createdAt: toString(c.createdAt), retractedAt: toString(c.retractedAt)},
    subject: subject.id, object: object.id,
    source: s{.id, .published}
  }) AS claims
}
RETURN key, claims
