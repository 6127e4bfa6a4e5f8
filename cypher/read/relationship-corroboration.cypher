// Corroboration of relationships ($batch.keys: {key, from, type, to}): the unretracted claims
// behind each, their distinct sources and distinct publishers.
UNWIND $batch.keys AS k
MATCH (:Entity {id: k.from})<-[:SUBJECT]-(c:Claim {predicate: k.type})-[:OBJECT]->(:Entity {id: k.to})
WHERE c.retracted = false
MATCH (c)-[:CITES]->(s:Source)
WITH k, count(DISTINCT c) AS claimCount, count(DISTINCT s) AS sourceCount,
  collect(DISTINCT {key: s.publisherKey, name: coalesce(s.publisher, s.publisherKey)}) AS publishers
RETURN k.key AS key, claimCount, sourceCount, publishers
