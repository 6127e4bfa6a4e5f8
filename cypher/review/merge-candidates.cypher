// Marks the candidate duplicates of the pair ($keep, $merge) MERGED, and points $merge's other
// open candidates to $keep, so that they stay to review. Returns how many of each.
MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
CALL (k, m) {
  MATCH (k)<-[:CANDIDATE]-(d:CandidateDuplicate)-[:CANDIDATE]->(m)
  SET d.status = 'MERGED', d.mergedInto = k.id, d.mergedFrom = m.id, d.resolvedBy = $actor,
    d.resolvedAt = datetime()
  RETURN count(d) AS merged
}
CALL (k, m) {
  MATCH (d:CandidateDuplicate)-[:CANDIDATE]->(m)
  WHERE NOT (d)-[:CANDIDATE]->(k)
  MERGE (d)-[:CANDIDATE]->(k)
  RETURN count(d) AS repointed
}
RETURN merged, repointed
