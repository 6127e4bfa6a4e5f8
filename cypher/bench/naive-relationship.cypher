// Baseline for the writer benchmark: one direct relationship per statement, counted from its claims.
MATCH (a:Entity {id: $subject})
MATCH (b:Entity {id: $object})
OPTIONAL MATCH (a)<-[:SUBJECT]-(c:Claim {predicate: $predicate})-[:OBJECT]->(b)
WITH a, b, count(c) AS claims
MERGE (a)-[r:$($predicate)]->(b)
SET r.claimCount = claims
RETURN claims
