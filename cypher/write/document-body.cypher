// Writes one batch of a document: entities (by canonical id; the first name seen stays the name,
// other names become aliases; type-specific properties fill in what is missing and never erase;
// updatedAt moves only when something was added),
// then gazetteer links between places, then claims citing the source. Each part is a subquery
// ending in an aggregate, so an empty list is a no-op, not an early end. One map parameter,
// $doc, so that Neo4j plans it once whatever the sizes of its lists (cypher/read/README.md).
CALL () {
  UNWIND $doc.entities AS e
  OPTIONAL MATCH (existing:Entity {id: e.id})
  WITH e, existing IS NULL AS created
  MERGE (n:Entity {id: e.id})
  ON CREATE SET n:$(e.type), n.name = e.name, n.nameKey = e.nameKey, n.tokenKey = e.tokenKey,
    n.entityType = e.type, n.createdAt = datetime(), n.updatedAt = datetime(), n.aliases = [],
    n.aliasText = ''
  WITH n, e, created,
    [a IN e.aliases + [e.name] WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])] AS newAliases
  // An entity that gains nothing is not written to (nor locked: shared places stay free).
  CALL (n, newAliases) {
    WITH n, newAliases
    WHERE size(newAliases) > 0
    SET n.aliases = coalesce(n.aliases, []) + newAliases, n.updatedAt = datetime()
    SET n.aliasText = reduce(text = '', a IN n.aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + a)
  }
  CALL (n, e) {
    UNWIND keys(e.props) AS key
    WITH n, e, key
    WHERE e.props[key] IS NOT NULL AND n[key] IS NULL
    SET n[key] = e.props[key], n.updatedAt = datetime()
  }
  CALL (n, e) {
    WITH n, e
    WHERE any(r IN e.review WHERE NOT r IN coalesce(n.reviewReasons, []))
    SET n.needsReview = true,
      n.reviewReasons = [r IN coalesce(n.reviewReasons, []) WHERE NOT r IN e.review] + e.review
  }
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
    [x IN collect(CASE WHEN created THEN e.id END) WHERE x IS NOT NULL] AS createdIds
}
CALL () {
  UNWIND $doc.links AS l
  MATCH (a:Entity {id: l.from})
  MATCH (b:Entity {id: l.to})
  // Static types: a dynamic one lets the planner scan every relationship on a young graph.
  CALL (a, b, l) {
    WITH a, b, l
    WHERE l.type = 'IN_COUNTRY'
    MERGE (a)-[:IN_COUNTRY]->(b)
  }
  CALL (a, b, l) {
    WITH a, b, l
    WHERE l.type = 'IN_REGION'
    MERGE (a)-[:IN_REGION]->(b)
  }
  RETURN count(*) AS links
}
CALL () {
  UNWIND $doc.claims AS c
  MATCH (source:Source {id: $doc.sourceId})
  MATCH (subject:Entity {id: c.subject})
  OPTIONAL MATCH (object:Entity {id: c.object})
  MERGE (claim:Claim {id: c.id})
  ON CREATE SET claim.createdAt = datetime(), claim.retracted = false
  SET claim.predicate = c.predicate, claim.value = c.value, claim.unit = c.unit,
    claim.qualifier = c.qualifier, claim.role = c.role, claim.date = c.date,
    claim.quote = c.quote, claim.start = c.start, claim.end = c.end, claim.location = c.location,
    claim.confidence = c.confidence, claim.method = c.method
  MERGE (claim)-[:CITES]->(source)
  // What listing an entity's claims sorts and filters on, on the links it walks
  // (src/graph/claimRank.ts).
  MERGE (claim)-[about:SUBJECT]->(subject)
  SET about.rank = c.rank, about.predicate = c.predicate, about.retracted = claim.retracted
  WITH claim, object, c
  CALL (claim, object, c) {
    WITH claim, object, c
    WHERE object IS NOT NULL
    MERGE (claim)-[about:OBJECT]->(object)
    SET about.rank = c.rank, about.predicate = c.predicate, about.retracted = claim.retracted
  }
  RETURN count(claim) AS claims
}
RETURN created, createdIds, links, claims
