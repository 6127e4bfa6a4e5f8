// Points every claim about $merge (as SUBJECT or OBJECT) to $keep instead. Returns how many
// claim links moved.
MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
CALL (k, m) {
  MATCH (c:Claim)-[old:SUBJECT]->(m)
  MERGE (c)-[:SUBJECT]->(k)
  DELETE old
  RETURN count(old) AS subjects
}
CALL (k, m) {
  MATCH (c:Claim)-[old:OBJECT]->(m)
  MERGE (c)-[:OBJECT]->(k)
  DELETE old
  RETURN count(old) AS objects
}
RETURN subjects, objects
