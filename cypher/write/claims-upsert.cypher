// Writes claims (a batch), each citing its source and pointing to its subject and object.
UNWIND $claims AS c
MATCH (source:Source {id: $sourceId})
MATCH (subject:Entity {id: c.subject})
OPTIONAL MATCH (object:Entity {id: c.object})
MERGE (claim:Claim {id: c.id})
ON CREATE SET claim.createdAt = datetime(), claim.retracted = false
SET claim.predicate = c.predicate, claim.value = c.value, claim.unit = c.unit,
  claim.qualifier = c.qualifier, claim.role = c.role, claim.date = c.date,
  claim.quote = c.quote, claim.start = c.start, claim.end = c.end, claim.location = c.location,
  claim.confidence = c.confidence, claim.method = c.method
MERGE (claim)-[:CITES]->(source)
MERGE (claim)-[:SUBJECT]->(subject)
WITH claim, object
CALL (claim, object) {
  WITH claim, object WHERE object IS NOT NULL
  MERGE (claim)-[:OBJECT]->(object)
}
RETURN count(claim) AS claims
