// Bulk ceiling for the writer benchmark: direct relationships counted from the claims just loaded.
// Found through the static list of types, as write/derive-relationships does.
LOAD CSV WITH HEADERS FROM $url AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
OPTIONAL MATCH (a)<-[:SUBJECT]-(c:Claim {predicate: row.predicate})-[:OBJECT]->(b)
WITH a, b, row, count(c) AS claims
OPTIONAL MATCH (a)-[found:LOCATED_IN|OPERATED_BY|HOSTED_BY|PART_OF|AFFILIATED_WITH|RESIDENT_OF|TARGETS|PARTICIPANT_IN|REPORTED_BY|INVESTIGATED_BY]->(b)
WHERE type(found) = row.predicate
OPTIONAL CALL (a, b, row, found) {
  WITH a, b, row, found
  WHERE found IS NULL
  CREATE (a)-[created:$(row.predicate)]->(b)
  RETURN created
}
WITH coalesce(found, created) AS r, claims
SET r.claimCount = claims
RETURN count(*) AS rows
