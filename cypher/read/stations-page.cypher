// A page of stations matching a filter, by name key then id, after the cursor ($args.afterKey,
// $args.afterId). Each condition applies when its argument is not empty ('' or []). The filter
// is the same text as in stations-count.cypher (a unit test checks it). Stations are walked in
// the order of the entity_name_key index (every entity has a nameKey: the writer sets it), so a
// page stops as soon as it is full instead of sorting every station (49 -> 8 ms at scale M).
MATCH (s:Entity&Station WHERE s.nameKey >= $args.afterKey)
WHERE (size($args.status) = 0 OR s.status IN $args.status)
  AND ($args.country = '' OR EXISTS {
    MATCH (s)-[:LOCATED_IN]->(:City|Region|Country)-[:LOCATED_IN|IN_COUNTRY|IN_REGION]->{0,2}(:Country {code: $args.country})
  })
  AND ($args.city = '' OR EXISTS { MATCH (s)-[:LOCATED_IN]->(:City {id: $args.city}) })
  AND ($args.region = '' OR EXISTS {
    MATCH (s)-[:LOCATED_IN]->(:City|Region)-[:LOCATED_IN|IN_REGION]->{0,1}(:Region {id: $args.region})
  })
  AND ($args.operatedBy = '' OR EXISTS { MATCH (s)-[:OPERATED_BY]->(:Entity {id: $args.operatedBy}) })
  AND ($args.hostedBy = '' OR EXISTS { MATCH (s)-[:HOSTED_BY]->(:Entity {id: $args.hostedBy}) })
  AND ($args.network = '' OR EXISTS {
    MATCH (s)-[:OPERATED_BY|HOSTED_BY]->(:Organisation|Network)-[:PART_OF]->{0,2}(:Network {id: $args.network})
  })
  AND ($args.reportedFrom = '' OR EXISTS {
    MATCH (s)<-[:SUBJECT|OBJECT]-(c:Claim)-[:CITES]->(src:Source)
    WHERE c.retracted = false
    WITH coalesce(c.date, src.published) AS d
    WHERE d IS NOT NULL
      AND CASE size(d) WHEN 4 THEN d + '-12-31' WHEN 7 THEN d + '-31' ELSE d END >= $args.reportedFrom
      AND left(d + '-01-01', 10) <= $args.reportedTo
  })
WITH s
WHERE $args.afterId = ''
  OR s.nameKey > $args.afterKey
  OR (s.nameKey = $args.afterKey AND s.id > $args.afterId)
// The page first, then the projection of its stations only.
WITH s
ORDER BY s.nameKey, s.id
LIMIT toInteger($args.limit)
RETURN s{.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)} AS node
ORDER BY s.nameKey, s.id
