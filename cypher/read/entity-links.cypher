// The direct relationships of entities ($batch.keys): of $batch.types (from the vocabulary),
// OUT (the entity is the subject), IN (the object) or BOTH ($batch.direction), to entities of
// $batch.otherTypes ([]: any); the most corroborated first, at most $batch.limit per entity.
UNWIND $batch.keys AS key
MATCH (a:Entity {id: key})
CALL (a) {
  MATCH (a)-[r:$any($batch.types)]->(b:Entity)
  WHERE $batch.direction <> 'IN'
  RETURN r, b, 'OUT' AS direction
  UNION ALL
  MATCH (a)<-[r:$any($batch.types)]-(b:Entity)
  WHERE $batch.direction <> 'OUT'
  RETURN r, b, 'IN' AS direction
}
WITH key, a, r, b, direction
WHERE size($batch.otherTypes) = 0 OR b.entityType IN $batch.otherTypes
WITH key, a, r, b, direction
ORDER BY coalesce(r.publisherCount, 0) DESC, coalesce(r.claimCount, 0) DESC, b.name, b.id
WITH key, collect({
  type: type(r), direction: direction, props: properties(r), node: b{.*, createdAt: toString(b.createdAt), updatedAt: toString(b.updatedAt)},
  from: CASE direction WHEN 'OUT' THEN a.id ELSE b.id END,
  to: CASE direction WHEN 'OUT' THEN b.id ELSE a.id END
}) AS links
RETURN key, links[0..$batch.limit] AS links
