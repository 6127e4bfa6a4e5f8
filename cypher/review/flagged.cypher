// Entities flagged for review (a place the gazetteer does not know...), with the reasons and how
// many unretracted claims mention them, by type and name. At most $limit.
MATCH (n:Entity)
WHERE n.needsReview = true
RETURN n{.id, .entityType, .name, .reviewReasons,
  claims: COUNT { (n)<-[:SUBJECT|OBJECT]-(c:Claim) WHERE c.retracted = false }} AS entity
ORDER BY entity.entityType, entity.name, entity.id
LIMIT toInteger($limit)
