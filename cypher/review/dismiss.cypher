// Dismisses a candidate duplicate (the two are not the same): it stays, DISMISSED, so that later
// imports do not propose the pair again. Returns it as it was and is, or nothing when unknown.
MATCH (d:CandidateDuplicate {id: $id})
WITH d, d.status AS before
SET d.status = CASE WHEN before = 'MERGED' THEN before ELSE 'DISMISSED' END,
  d.resolvedBy = CASE WHEN before = 'MERGED' THEN d.resolvedBy ELSE $actor END,
  d.resolvedAt = CASE WHEN before = 'MERGED' THEN d.resolvedAt ELSE datetime() END
WITH d, before
CALL (d) {
  MATCH (d)-[:CANDIDATE]->(e:Entity)
  WITH e ORDER BY e.id
  RETURN collect(e{.id, .entityType, .name}) AS entities
}
RETURN d{.id, .status, .reason, .score} AS candidate, before, entities
