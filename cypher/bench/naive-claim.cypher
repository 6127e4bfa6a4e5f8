// Baseline for the writer benchmark: one claim per statement.
MATCH (source:Source {id: $sourceId})
MATCH (subject:Entity {id: $claim.subject})
MERGE (c:Claim {id: $claim.id})
ON CREATE SET c.createdAt = datetime(), c.retracted = false
SET c.predicate = $claim.predicate, c.value = $claim.value, c.quote = $claim.quote,
  c.start = $claim.start, c.end = $claim.end, c.confidence = $claim.confidence,
  c.method = $claim.method, c.date = $claim.date
MERGE (c)-[:CITES]->(source)
MERGE (c)-[:SUBJECT]->(subject)
WITH c
OPTIONAL MATCH (object:Entity {id: $claim.object})
FOREACH (o IN CASE WHEN object IS NULL THEN [] ELSE [object] END | MERGE (c)-[:OBJECT]->(o))
RETURN c.id AS id
