// Entities of the same type that are probably the same as the given ones: the same name tokens
// in another order, or a name starting with the same characters (the caller then checks the
// spelling distance). Both lookups use indexes (entity_token_key, entity_name_key) and are
// bounded per entity.
UNWIND $batch.entities AS e
CALL (e) {
  MATCH (other:Entity {tokenKey: e.tokenKey})
  WHERE other.entityType = e.type AND other.id <> e.id
  RETURN other, true AS sameTokens
  LIMIT 20
  UNION
  MATCH (other:Entity)
  WHERE other.nameKey STARTS WITH e.prefix AND other.entityType = e.type AND other.id <> e.id
    AND other.tokenKey <> e.tokenKey
    AND abs(size(other.nameKey) - size(e.nameKey)) <= 3
  RETURN other, false AS sameTokens
  LIMIT 50
}
RETURN e.id AS id, e.name AS name, other.id AS otherId, other.name AS otherName, sameTokens
