// Points every claim about $merge (as SUBJECT or OBJECT) to $keep instead. Returns how many
// claim links moved; the moved links keep their properties (rank, predicate, retracted).
MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
CALL (k, m) {
  MATCH (c:Claim)-[old:SUBJECT]->(m)
  MERGE (c)-[moved:SUBJECT]->(k)
  SET moved += properties(old)
  DELETE old
  RETURN count(old) AS subjects
}
CALL (k, m) {
  MATCH (c:Claim)-[old:OBJECT]->(m)
  MERGE (c)-[moved:OBJECT]->(k)
  SET moved += properties(old)
  DELETE old
  RETURN count(old) AS objects
}
RETURN subjects, objects
