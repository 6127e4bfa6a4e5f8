// Records a merge when no candidate duplicate proposed it: a CandidateDuplicate $id (reason
// MANUAL) between $keep and $merge, MERGED at once, so that the decision is on record.
MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
WHERE NOT EXISTS { (k)<-[:CANDIDATE]-(:CandidateDuplicate)-[:CANDIDATE]->(m) }
MERGE (d:CandidateDuplicate {id: $id})
ON CREATE SET d.reason = 'MANUAL', d.score = 1.0, d.createdAt = datetime()
SET d.status = 'MERGED', d.mergedInto = k.id, d.mergedFrom = m.id, d.resolvedBy = $actor,
    d.resolvedAt = datetime()
MERGE (d)-[:CANDIDATE]->(k)
MERGE (d)-[:CANDIDATE]->(m)
RETURN d.id AS id
