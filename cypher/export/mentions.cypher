// Which exported entities each source speaks of (see export/entities for the filters), with the
// predicates of its unretracted claims about them: the links from documents to entities. Source
// by source in id order (from the index), so that the result streams.
MATCH (s:Source)
WHERE s.id IS NOT NULL
CALL (s) {
  MATCH (s)<-[:CITES]-(c:Claim)-[:SUBJECT|OBJECT]->(n:Entity)
  WHERE c.retracted = false
    AND ($since IS NULL OR coalesce(c.date, s.published) >= $since)
    AND ($type IS NULL OR n.entityType = $type)
    AND ($country IS NULL OR n.countryCode = $country OR (n:Country AND n.code = $country)
      OR EXISTS { (n)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
  WITH n, collect(DISTINCT c.predicate) AS predicates, count(DISTINCT c) AS claims
  RETURN n.id AS entity, n.entityType AS type, predicates, claims
  ORDER BY entity
}
RETURN s.id AS source, entity, type, predicates, claims
ORDER BY s.id
