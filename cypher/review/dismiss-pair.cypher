// Records that entities $a and $b are not the same: their candidate duplicate (created, reason
// MANUAL, with id $id when none was proposed) becomes DISMISSED, so that re-imports do not
// propose the pair again. Nothing when either is unknown. The CLI (`outpost review dismiss`) and
// the API (`markNotDuplicate`) both run it (src/graph/review.ts).
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
OPTIONAL MATCH (a)<-[:CANDIDATE]-(existing:CandidateDuplicate)-[:CANDIDATE]->(b)
WITH a, b, head(collect(existing)) AS existing
MERGE (d:CandidateDuplicate {id: coalesce(existing.id, $id)})
ON CREATE SET d.reason = 'MANUAL', d.score = 1.0, d.createdAt = datetime()
SET d.status = 'DISMISSED', d.resolvedBy = $actor, d.resolvedAt = datetime()
MERGE (d)-[:CANDIDATE]->(a)
MERGE (d)-[:CANDIDATE]->(b)
WITH d, existing
CALL (d) {
  MATCH (d)-[:CANDIDATE]->(e:Entity)
  WITH e ORDER BY e.id
  RETURN collect(e{.*, createdAt: toString(e.createdAt), updatedAt: toString(e.updatedAt)}) AS entities
}
RETURN d{.*, createdAt: toString(d.createdAt), resolvedAt: toString(d.resolvedAt)} AS candidate,
  existing IS NOT NULL AS existed, entities
