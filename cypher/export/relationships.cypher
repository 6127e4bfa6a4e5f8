// Relationships between exported entities (see export/entities for the filters): those that
// touch a matching entity, and, with $since, were last seen on or after it (reference links
// such as IN_COUNTRY have no date and always count). In (source, type, target) order, which the
// id index gives without sorting the whole result (so that it streams).
MATCH (a:Entity)
WHERE a.id IS NOT NULL
WITH a,
  ($type IS NULL OR a.entityType = $type)
    AND ($country IS NULL OR a.countryCode = $country OR (a:Country AND a.code = $country)
      OR EXISTS { (a)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
    AND ($since IS NULL OR coalesce(a.date >= $since, false)
      OR EXISTS {
        MATCH (a)<-[:SUBJECT|OBJECT]-(c:Claim)-[:CITES]->(s:Source)
        WHERE c.retracted = false AND coalesce(c.date, s.published) >= $since
      }) AS matchA
CALL (a, matchA) {
  MATCH (a)-[r]->(b:Entity)
  WHERE ($since IS NULL OR r.lastSeen IS NULL OR r.lastSeen >= $since)
    AND (matchA OR (
      ($type IS NULL OR b.entityType = $type)
        AND ($country IS NULL OR b.countryCode = $country OR (b:Country AND b.code = $country)
          OR EXISTS { (b)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
        AND ($since IS NULL OR coalesce(b.date >= $since, false)
          OR EXISTS {
            MATCH (b)<-[:SUBJECT|OBJECT]-(c:Claim)-[:CITES]->(s:Source)
            WHERE c.retracted = false AND coalesce(c.date, s.published) >= $since
          })
    ))
  RETURN type(r) AS type, b.id AS target, properties(r) AS props
  ORDER BY type, target
}
RETURN a.id AS source, type, target, props
ORDER BY a.id
