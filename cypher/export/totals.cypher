// What the whole graph holds, for progress bars: entities, relationships between entities,
// claims and sources.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
RETURN entities, relationships, claims, sources
