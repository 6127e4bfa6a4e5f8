// The (subject, predicate, object) of every claim about entity $merge, retracted ones included:
// what to re-derive once its claims point to $keep ($merge's id is replaced by $keep's).
MATCH (:Entity {id: $merge})<-[:SUBJECT|OBJECT]-(c:Claim)
OPTIONAL MATCH (c)-[:SUBJECT]->(a:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(b:Entity)
WITH DISTINCT a.id AS subject, c.predicate AS predicate, b.id AS object
RETURN CASE WHEN subject = $merge THEN $keep ELSE subject END AS subject, predicate,
  CASE WHEN object = $merge THEN $keep ELSE object END AS object
