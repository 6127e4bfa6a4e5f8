// Baseline for the writer benchmark: one entity per statement, the way a first attempt writes.
MERGE (n:Entity {id: $id})
ON CREATE SET n.name = $name, n.nameKey = $nameKey, n.tokenKey = $tokenKey, n.entityType = $type,
  n.aliases = $aliases, n.createdAt = datetime()
SET n:$($type), n += $props, n.updatedAt = datetime()
RETURN n.id AS id
