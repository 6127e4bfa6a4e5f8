// Moves the gazetteer's reference links of $merge (IN_COUNTRY, IN_REGION; both ways) to $keep;
// a link between the two is dropped. Returns how many moved.
MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
CALL (k, m) {
  MATCH (m)-[r:IN_COUNTRY|IN_REGION]->(o:Entity)
  WHERE o <> k
  MERGE (k)-[:$(type(r))]->(o)
  RETURN count(r) AS outgoing
}
CALL (k, m) {
  MATCH (o:Entity)-[r:IN_COUNTRY|IN_REGION]->(m)
  WHERE o <> k
  MERGE (o)-[:$(type(r))]->(k)
  RETURN count(r) AS incoming
}
RETURN outgoing + incoming AS moved
