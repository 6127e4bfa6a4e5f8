// Corroboration of entities ($batch.keys): their unretracted claims (as subject or object), the
// distinct sources and the distinct publishers (by publisher key) of those claims.
UNWIND $batch.keys AS key
MATCH (a:Entity {id: key})<-[:SUBJECT|OBJECT]-(c:Claim)-[:CITES]->(s:Source)
WHERE c.retracted = false
WITH key, count(DISTINCT c) AS claimCount, count(DISTINCT s) AS sourceCount,
  collect(DISTINCT {key: s.publisherKey, name: coalesce(s.publisher, s.publisherKey)}) AS publishers
RETURN key, claimCount, sourceCount, publishers
