// Gives $keep the name and aliases of $merge as aliases (those it lacks) and rebuilds its
// aliasText for the fulltext index; fills the properties $keep lacks from $merge (never those in
// $protected: ids, keys, derived values); carries a review flag over. Returns the aliases added.
MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
WITH k, m, [a IN [m.name] + coalesce(m.aliases, []) WHERE a <> k.name AND NOT a IN coalesce(k.aliases, [])] AS candidates
WITH k, m, reduce(acc = [], a IN candidates | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS added
SET k.aliases = coalesce(k.aliases, []) + added, k.updatedAt = datetime()
SET k.aliasText = reduce(text = '', a IN k.aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + a)
FOREACH (key IN [key IN keys(m) WHERE NOT key IN $protected AND k[key] IS NULL] | SET k[key] = m[key])
FOREACH (_ IN CASE WHEN m.needsReview = true THEN [1] ELSE [] END |
  SET k.needsReview = true,
    k.reviewReasons = coalesce(k.reviewReasons, []) + [r IN coalesce(m.reviewReasons, []) WHERE NOT r IN coalesce(k.reviewReasons, [])])
RETURN added
