// Sources to export (with their text when $withText), in id order (from the index, so that the
// result streams). With $since: published on or after it, or holding a claim dated on or after
// it. With $type / $country: holding an unretracted claim about an entity of that type / in that
// country (see export/entities).
MATCH (s:Source)
WHERE s.id IS NOT NULL
  AND ($since IS NULL OR s.published >= $since
    OR EXISTS { MATCH (s)<-[:CITES]-(c:Claim) WHERE c.retracted = false AND c.date >= $since })
  AND (($type IS NULL AND $country IS NULL) OR EXISTS {
    MATCH (s)<-[:CITES]-(c:Claim)-[:SUBJECT|OBJECT]->(n:Entity)
    WHERE c.retracted = false
      AND ($type IS NULL OR n.entityType = $type)
      AND ($country IS NULL OR n.countryCode = $country OR (n:Country AND n.code = $country)
        OR EXISTS { (n)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
  })
RETURN s{.*, text: CASE WHEN $withText THEN s.text ELSE null END, createdAt: null, updatedAt: null} AS source,
  COUNT { (s)<-[:CITES]-(c:Claim) WHERE c.retracted = false } AS claims
ORDER BY s.id
