// Claims about entities ($batch.keys), as subject or object; of $batch.predicates only ([]: all),
// retracted ones only with $batch.includeRetracted; newest first, at most $batch.limit per
// entity. Each with its source (without the text) and the ids of its subject and object.
UNWIND $batch.keys AS key
MATCH (a:Entity {id: key})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE (size($batch.predicates) = 0 OR c.predicate IN $batch.predicates)
  AND ($batch.includeRetracted OR c.retracted = false)
WITH DISTINCT key, c
MATCH (c)-[:CITES]->(s:Source)
OPTIONAL MATCH (c)-[:SUBJECT]->(subject:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(object:Entity)
WITH key, c, s, subject, object
ORDER BY coalesce(c.date, s.published) DESC, c.confidence DESC, c.id
WITH key, collect({
  claim: c{.*, createdAt: toString(c.createdAt), retractedAt: toString(c.retractedAt)}, subject: subject.id, object: object.id,
  source: s{.id, .url, .title, .publisher, .publisherKey, .author, .published, .language, .kind,
    .edition, .contentHash, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)}
}) AS claims
RETURN key, claims[0..$batch.limit] AS claims
