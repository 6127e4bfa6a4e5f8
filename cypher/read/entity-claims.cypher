// Claims about entities ($batch.keys), as subject or object; of $batch.predicates only ([]: all),
// retracted ones only with $batch.includeRetracted; in rank order (src/graph/claimRank.ts: newest
// first, undated last), at most $batch.limit per entity. Each with its source's id and date (its
// other fields load once per request, src/api/resolvers/evidence.ts) and, with $batch.ends, the
// ids of its subject and object, looked up for the claims kept only (a much-cited station has
// hundreds). $batch.properties lists the claim properties the query asked for ([]: all).
UNWIND $batch.keys AS key
MATCH (a:Entity {id: key})
CALL (a) {
  // Sorted and filtered on the links' own rank, predicate and retracted flag
  // (src/graph/claimRank.ts): one relationship read per claim, not the claim and its source.
  MATCH (a)<-[about:SUBJECT|OBJECT]-(c:Claim)
  WHERE (size($batch.predicates) = 0 OR about.predicate IN $batch.predicates)
    AND ($batch.includeRetracted OR about.retracted = false)
  WITH DISTINCT c, about.rank AS rank
  ORDER BY rank
  LIMIT toInteger($batch.limit)
  MATCH (c)-[:CITES]->(s:Source)
  WITH c, s ORDER BY rank
  // Every property ($batch.properties = []), or the values of those listed, in their order.
  RETURN collect({
    claim: CASE WHEN size($batch.properties) = 0
      THEN c{.*, createdAt: toString(c.createdAt), retractedAt: toString(c.retractedAt)} END,
    values: [p IN $batch.properties |
      CASE p WHEN 'createdAt' THEN toString(c.createdAt) WHEN 'retractedAt' THEN toString(c.retractedAt)
      ELSE c[p] END],
    subject: CASE WHEN $batch.ends THEN head([(c)-[:SUBJECT]->(subject:Entity) | subject.id]) END,
    object: CASE WHEN $batch.ends THEN head([(c)-[:OBJECT]->(object:Entity) | object.id]) END,
    source: s{.id, .published}
  }) AS claims
}
RETURN key, claims
