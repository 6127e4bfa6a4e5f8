// The claims of sources ($batch.keys), in text order (offsets), at most $batch.limit per source;
// retracted ones only with $batch.includeRetracted.
// Each with its source's id and date (its other fields load once per request).
UNWIND $batch.keys AS key
MATCH (s:Source {id: key})<-[:CITES]-(c:Claim)
WHERE $batch.includeRetracted OR c.retracted = false
OPTIONAL MATCH (c)-[:SUBJECT]->(subject:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(object:Entity)
WITH key, s, c, subject, object
ORDER BY coalesce(c.start, 2147483647), c.id
WITH key, collect({
  claim: c{.*, createdAt: toString(c.createdAt), retractedAt: toString(c.retractedAt)}, subject: subject.id, object: object.id,
  source: s{.id, .published}
}) AS claims
RETURN key, claims[0..$batch.limit] AS claims
