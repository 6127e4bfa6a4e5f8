// Claims about exported entities (see export/entities for the filters), retracted ones included
// and marked: every claim whose subject or object matches (type and country), and, with $since,
// whose date (else its source's date) is on or after it. In claim id order (from the index).
MATCH (c:Claim)
WHERE c.id IS NOT NULL
MATCH (c)-[:SUBJECT]->(a:Entity)
MATCH (c)-[:CITES]->(s:Source)
OPTIONAL MATCH (c)-[:OBJECT]->(b:Entity)
WITH c, a, b, s
WHERE ($since IS NULL OR coalesce(c.date, s.published) >= $since)
  AND ((
    ($type IS NULL OR a.entityType = $type)
    AND ($country IS NULL OR a.countryCode = $country OR (a:Country AND a.code = $country)
      OR EXISTS { (a)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
  ) OR (
    b IS NOT NULL
    AND ($type IS NULL OR b.entityType = $type)
    AND ($country IS NULL OR b.countryCode = $country OR (b:Country AND b.code = $country)
      OR EXISTS { (b)-[:LOCATED_IN|RESIDENT_OF|IN_COUNTRY|IN_REGION]->{1,3}(:Country {code: $country}) })
  ))
RETURN c{.*, createdAt: null} AS claim, a.id AS subject, b.id AS object,
  s{.id, .url, .title, .publisher, .published} AS source
ORDER BY c.id
