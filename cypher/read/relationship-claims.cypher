// The claims behind relationships ($batch.keys: {key, from, type, to}): claims whose subject,
// predicate and object are the relationship's; in rank order (src/graph/claimRank.ts: newest
// first, undated last), at most $batch.limit each. Each with its source's id and date (its other
// fields load once per request).
UNWIND $batch.keys AS k
MATCH (:Entity {id: k.from})<-[about:SUBJECT {predicate: k.type}]-(c:Claim)-[:OBJECT]->(:Entity {id: k.to})
WHERE $batch.includeRetracted OR about.retracted = false
MATCH (c)-[:CITES]->(s:Source)
WITH k, c, s, about.rank AS rank
ORDER BY rank
WITH k, collect({
  claim: c{.*, createdAt: toString(c.createdAt), retractedAt: toString(c.retractedAt)}, subject: k.from, object: k.to,
  source: s{.id, .published}
}) AS claims
RETURN k.key AS key, claims[0..$batch.limit] AS claims
