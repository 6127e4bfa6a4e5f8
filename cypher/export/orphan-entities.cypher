// Entities that no unretracted claim mentions (a document declared them and said nothing about
// them, or every claim about them was retracted), except places the gazetteer links to (a
// country its cities are IN_COUNTRY, which comes back with them). The graph does not record
// which document declared them, so each goes with the source written nearest in time to the
// entity's creation (same transaction, as a rule).
MATCH (n:Entity)
WHERE NOT EXISTS { MATCH (n)<-[:SUBJECT|OBJECT]-(c:Claim) WHERE c.retracted = false }
  AND NOT EXISTS { (:Entity)-[:IN_COUNTRY|IN_REGION]->(n) }
CALL (n) {
  MATCH (s:Source)
  UNWIND [t IN [s.createdAt, s.updatedAt] WHERE t IS NOT NULL AND n.createdAt IS NOT NULL] AS t
  WITH s, abs(t.epochMillis - n.createdAt.epochMillis) AS gap
  RETURN s.id AS sourceId
  ORDER BY gap, s.id
  LIMIT 1
}
RETURN n{.*, createdAt: null, updatedAt: null} AS entity, sourceId
ORDER BY sourceId, n.id
