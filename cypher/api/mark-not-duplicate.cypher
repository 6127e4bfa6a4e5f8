// Records that $a and $b are not the same: their candidate duplicate (created as MANUAL when the
// writer had not proposed one, with id $id) becomes DISMISSED, so re-imports do not re-open it.
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
OPTIONAL MATCH (a)<-[:CANDIDATE]-(existing:CandidateDuplicate)-[:CANDIDATE]->(b)
WITH a, b, head(collect(existing.id)) AS existingId
MERGE (d:CandidateDuplicate {id: coalesce(existingId, $id)})
ON CREATE SET d.reason = 'MANUAL', d.score = 1.0, d.createdAt = datetime()
SET d.status = 'DISMISSED', d.resolvedBy = $actor, d.resolvedAt = datetime()
MERGE (d)-[:CANDIDATE]->(a)
MERGE (d)-[:CANDIDATE]->(b)
WITH d, existingId
CALL (d) {
  MATCH (d)-[:CANDIDATE]->(e:Entity)
  WITH e ORDER BY e.id
  RETURN collect(e{.*, createdAt: toString(e.createdAt), updatedAt: toString(e.updatedAt)}) AS entities
}
RETURN d{.*, createdAt: toString(d.createdAt), resolvedAt: toString(d.resolvedAt)} AS duplicate, entities, existingId IS NOT NULL AS existed
