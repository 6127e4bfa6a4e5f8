// Baseline for the writer benchmark: one direct relationship per statement, counted from its claims.
// The relationship is found through the static list of types, as write/derive-relationships does
// (a dynamic type can be planned as a scan of every relationship), so that the baseline is not
// slowed by a plan the batched writer avoids.
MATCH (a:Entity {id: $subject})
MATCH (b:Entity {id: $object})
OPTIONAL MATCH (a)<-[:SUBJECT]-(c:Claim {predicate: $predicate})-[:OBJECT]->(b)
WITH a, b, count(c) AS claims
OPTIONAL MATCH (a)-[found:LOCATED_IN|OPERATED_BY|HOSTED_BY|PART_OF|AFFILIATED_WITH|RESIDENT_OF|TARGETS|PARTICIPANT_IN|REPORTED_BY|INVESTIGATED_BY]->(b)
WHERE type(found) = $predicate
OPTIONAL CALL (a, b, found) {
  WITH a, b, found
  WHERE found IS NULL
  CREATE (a)-[created:$($predicate)]->(b)
  RETURN created
}
WITH coalesce(found, created) AS r, claims
SET r.claimCount = claims
RETURN claims
