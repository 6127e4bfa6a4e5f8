// Entities of the same type that are probably the same as the given ones: same tokens in
// another order, or a name starting alike (the caller checks the spelling distance).
UNWIND $entities AS e
MATCH (other:Entity)
WHERE other.entityType = e.type AND other.id <> e.id
  AND (other.tokenKey = e.tokenKey OR other.nameKey STARTS WITH e.prefix)
RETURN e.id AS id, e.name AS name, other.id AS otherId, other.name AS otherName,
  other.tokenKey = e.tokenKey AS sameTokens
LIMIT 5000
