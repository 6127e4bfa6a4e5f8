// Creates or matches entities by canonical id (a batch). The first name seen stays the name;
// other names become aliases. Type-specific properties fill in what is missing and never erase.
UNWIND $entities AS e
OPTIONAL MATCH (existing:Entity {id: e.id})
WITH e, existing IS NULL AS created
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.nameKey = e.nameKey, n.tokenKey = e.tokenKey,
  n.entityType = e.type, n.createdAt = datetime(), n.aliases = []
SET n:$(e.type)
WITH n, e, created,
  [a IN e.aliases + [e.name] WHERE a <> n.name AND NOT a IN coalesce(n.aliases, [])] AS newAliases
SET n.aliases = coalesce(n.aliases, []) + newAliases,
  n.updatedAt = datetime()
SET n.aliasText = reduce(text = '', a IN n.aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + a)
WITH n, e, created
UNWIND (CASE WHEN size(keys(e.props)) = 0 THEN [null] ELSE keys(e.props) END) AS key
WITH n, e, created, key
CALL (n, e, key) {
  WITH n, e, key WHERE key IS NOT NULL AND e.props[key] IS NOT NULL AND n[key] IS NULL
  SET n[key] = e.props[key]
}
WITH DISTINCT n, e, created
CALL (n, e) {
  WITH n, e WHERE size(e.review) > 0
  SET n.needsReview = true,
    n.reviewReasons = [r IN coalesce(n.reviewReasons, []) WHERE NOT r IN e.review] + e.review
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, count(*) AS total
