// Entities to export, in id order. Filters ($type, $country, $since; null: no filter) pick the
// matching entities (`match`); the export also holds the entities directly linked to a match, so
// that a station comes with its city and operator. A match: of type $type; in country $country
// (its own code, or up to three LOCATED_IN / RESIDENT_OF / IN_COUNTRY / IN_REGION steps away);
// dated on or after $since (an event's date, or an unretracted claim about it, by claim date or
// else source date). Coordinates are the entity's own, else those of the place it is in;
// `country` is the nearest country code up its places.
MATCH (n:Entity)
WHERE n.id IS NOT NULL
WITH n,
  ($type IS NULL OR n.entityType = $type)
  AND ($country IS NULL OR n.countryCode = $country OR (n:Country AND n.code = $country)
    OR EXISTS { (n)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
  AND ($since IS NULL OR coalesce(n.date >= $since, false)
    OR EXISTS {
      MATCH (n)<-[:SUBJECT|OBJECT]-(c:Claim)-[:CITES]->(s:Source)
      WHERE c.retracted = false AND coalesce(c.date, s.published) >= $since
    }) AS match
WHERE match OR EXISTS {
  MATCH (n)-[r]-(m:Entity)
  WHERE ($since IS NULL OR r.lastSeen IS NULL OR r.lastSeen >= $since)
    AND ($type IS NULL OR m.entityType = $type)
    AND ($country IS NULL OR m.countryCode = $country OR (m:Country AND m.code = $country)
      OR EXISTS { (m)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
    AND ($since IS NULL OR coalesce(m.date >= $since, false)
      OR EXISTS {
        MATCH (m)<-[:SUBJECT|OBJECT]-(c:Claim)-[:CITES]->(s:Source)
        WHERE c.retracted = false AND coalesce(c.date, s.published) >= $since
      })
}
OPTIONAL CALL (n) {
  MATCH (n)-[:LOCATED_IN]->(p:Entity)
  WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL
  RETURN p.lat AS placeLat, p.lon AS placeLon
  ORDER BY p.id
  LIMIT 1
}
OPTIONAL CALL (n) {
  MATCH path = (n)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{0,3}(c:Country)
  WHERE c.code IS NOT NULL
  RETURN c.code AS countryCode
  ORDER BY length(path), c.code
  LIMIT 1
}
// The places it is in and (events) who took part, among the exported entities only: through a
// relationship the export holds, or a matching entity.
CALL (n, match) {
  OPTIONAL MATCH (n)-[r:LOCATED_IN|RESIDENT_OF]->(p:Entity)
  WHERE (match AND ($since IS NULL OR r.lastSeen IS NULL OR r.lastSeen >= $since))
    OR (($type IS NULL OR p.entityType = $type)
      AND ($country IS NULL OR p.countryCode = $country OR (p:Country AND p.code = $country)
        OR EXISTS { (p)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
      AND ($since IS NULL OR coalesce(p.date >= $since, false)
        OR EXISTS {
          MATCH (p)<-[:SUBJECT|OBJECT]-(c:Claim)-[:CITES]->(s:Source)
          WHERE c.retracted = false AND coalesce(c.date, s.published) >= $since
        }))
  WITH p ORDER BY p.id
  RETURN collect(p{.id, .entityType, .name, .code, .countryCode}) AS places
}
CALL (n, match) {
  OPTIONAL MATCH (p:Entity)-[r:PARTICIPANT_IN]->(n)
  WHERE (match AND ($since IS NULL OR r.lastSeen IS NULL OR r.lastSeen >= $since))
    OR (($type IS NULL OR p.entityType = $type)
      AND ($country IS NULL OR p.countryCode = $country OR (p:Country AND p.code = $country)
        OR EXISTS { (p)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
      AND ($since IS NULL OR coalesce(p.date >= $since, false)
        OR EXISTS {
          MATCH (p)<-[:SUBJECT|OBJECT]-(c:Claim)-[:CITES]->(s:Source)
          WHERE c.retracted = false AND coalesce(c.date, s.published) >= $since
        }))
  WITH p ORDER BY p.id
  RETURN collect(p.id) AS participants
}
RETURN n{.*, createdAt: null, updatedAt: null} AS entity, match,
  coalesce(n.lat, placeLat) AS lat, coalesce(n.lon, placeLon) AS lon,
  coalesce(countryCode, n.countryCode) AS country, places, participants
ORDER BY n.id
