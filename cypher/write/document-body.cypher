// Writes one batch of a document: entities (by canonical id; the first name seen stays the name,
// other names become aliases; type-specific properties fill in what is missing and never erase),
// then gazetteer links between places, then claims citing the source. Each part is a subquery
// ending in an aggregate, so an empty list is a no-op, not an early end.
CALL () {
  UNWIND $entities AS e
  OPTIONAL MATCH (existing:Entity {id: e.id})
  WITH e, existing IS NULL AS created
  MERGE (n:Entity {id: e.id})
  ON CREATE SET n.name = e.name, n.nameKey = e.nameKey, n.tokenKey = e.tokenKey,
    n.entityType = e.type, n.createdAt = datetime(), n.aliases = []
  SET n:$(e.type)
  WITH n, e, created,
    [a IN e.aliases + [e.name] WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])] AS newAliases
  SET n.aliases = coalesce(n.aliases, []) + newAliases, n.updatedAt = datetime()
  SET n.aliasText = reduce(text = '', a IN n.aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + a)
  WITH n, e, created
  CALL (n, e) {
    UNWIND keys(e.props) AS key
    WITH n, e, key
    WHERE e.props[key] IS NOT NULL AND n[key] IS NULL
    SET n[key] = e.props[key]
  }
  CALL (n, e) {
    WITH n, e
    WHERE size(e.review) > 0
    SET n.needsReview = true,
      n.reviewReasons = [r IN coalesce(n.reviewReasons, []) WHERE NOT r IN e.review] + e.review
  }
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
    [x IN collect(CASE WHEN created THEN e.id END) WHERE x IS NOT NULL] AS createdIds
}
CALL () {
  UNWIND $links AS l
  MATCH (a:Entity {id: l.from})
  MATCH (b:Entity {id: l.to})
  MERGE (a)-[r:$(l.type)]->(b)
  RETURN count(r) AS links
}
CALL () {
  UNWIND $claims AS c
  MATCH (source:Source {id: $sourceId})
  MATCH (subject:Entity {id: c.subject})
  OPTIONAL MATCH (object:Entity {id: c.object})
  MERGE (claim:Claim {id: c.id})
  ON CREATE SET claim.createdAt = datetime(), claim.retracted = false
  SET claim.predicate = c.predicate, claim.value = c.value, claim.unit = c.unit,
    claim.qualifier = c.qualifier, claim.role = c.role, claim.date = c.date,
    claim.quote = c.quote, claim.start = c.start, claim.end = c.end, claim.location = c.location,
    claim.confidence = c.confidence, claim.method = c.method
  MERGE (claim)-[:CITES]->(source)
  MERGE (claim)-[:SUBJECT]->(subject)
  WITH claim, object
  CALL (claim, object) {
    WITH claim, object
    WHERE object IS NOT NULL
    MERGE (claim)-[:OBJECT]->(object)
  }
  RETURN count(claim) AS claims
}
RETURN created, createdIds, links, claims
