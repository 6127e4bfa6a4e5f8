// Bulk ceiling for the writer benchmark: entities from a CSV file in Neo4j's import folder.
LOAD CSV WITH HEADERS FROM $url AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.nameKey = row.nameKey, n.tokenKey = row.tokenKey,
  n.entityType = row.type, n.createdAt = datetime()
SET n:$(row.type), n.updatedAt = datetime()
RETURN count(*) AS rows
