// Bulk ceiling for the writer benchmark: claims (with SUBJECT, OBJECT, CITES) from a CSV file.
LOAD CSV WITH HEADERS FROM $url AS row
MATCH (source:Source {id: row.sourceId})
MATCH (subject:Entity {id: row.subject})
MERGE (c:Claim {id: row.id})
ON CREATE SET c.createdAt = datetime(), c.retracted = false
SET c.predicate = row.predicate, c.value = row.value, c.quote = row.quote,
  c.start = toInteger(row.start), c.end = toInteger(row.end),
  c.confidence = toFloat(row.confidence), c.method = row.method, c.date = row.date
MERGE (c)-[:CITES]->(source)
MERGE (c)-[:SUBJECT]->(subject)
WITH c, row
OPTIONAL MATCH (object:Entity {id: row.object})
FOREACH (o IN CASE WHEN object IS NULL THEN [] ELSE [object] END | MERGE (c)-[:OBJECT]->(o))
RETURN count(*) AS rows
