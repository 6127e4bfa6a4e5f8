// Deletes the merged entity with its remaining relationships (those derived from the claims that
// moved are re-derived on $keep).
MATCH (m:Entity {id: $merge})
DETACH DELETE m
RETURN count(*) AS deleted
