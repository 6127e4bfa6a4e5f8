// Records candidate duplicates for review (never merges). A pair already dismissed stays so.
UNWIND $batch.pairs AS p
MATCH (a:Entity {id: p.a})
MATCH (b:Entity {id: p.b})
OPTIONAL MATCH (existing:CandidateDuplicate {id: p.id})
WITH a, b, p, existing IS NULL AS created
MERGE (d:CandidateDuplicate {id: p.id})
ON CREATE SET d.status = 'OPEN', d.reason = p.reason, d.score = p.score, d.createdAt = datetime()
MERGE (d)-[:CANDIDATE]->(a)
MERGE (d)-[:CANDIDATE]->(b)
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
