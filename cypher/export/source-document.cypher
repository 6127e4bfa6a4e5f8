// One source as a findings document needs it: its properties and text, its unretracted claims
// (with their subject and object ids, in claim id order) and every entity those claims mention.
MATCH (s:Source {id: $id})
CALL (s) {
  OPTIONAL MATCH (s)<-[:CITES]-(c:Claim)-[:SUBJECT]->(a:Entity)
  WHERE c.retracted = false
  OPTIONAL MATCH (c)-[:OBJECT]->(b:Entity)
  WITH c, a, b ORDER BY c.id
  RETURN [x IN collect(CASE WHEN c IS NULL THEN null ELSE c{.*, createdAt: null, subject: a.id, object: b.id} END) WHERE x IS NOT NULL] AS claims
}
CALL (s) {
  OPTIONAL MATCH (s)<-[:CITES]-(c:Claim)-[:SUBJECT|OBJECT]->(e:Entity)
  WHERE c.retracted = false
  WITH DISTINCT e ORDER BY e.id
  RETURN [x IN collect(e{.*, createdAt: null, updatedAt: null}) WHERE x IS NOT NULL] AS entities
}
RETURN s{.*, createdAt: null, updatedAt: null} AS source, claims, entities
