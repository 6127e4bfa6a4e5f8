// Bulk ceiling for the writer benchmark: direct relationships counted from the claims just loaded.
LOAD CSV WITH HEADERS FROM $url AS row
MATCH (a:Entity {id: row.subject})
MATCH (b:Entity {id: row.object})
OPTIONAL MATCH (a)<-[:SUBJECT]-(c:Claim {predicate: row.predicate})-[:OBJECT]->(b)
WITH a, b, row, count(c) AS claims
MERGE (a)-[r:$(row.predicate)]->(b)
SET r.claimCount = claims
RETURN count(*) AS rows
