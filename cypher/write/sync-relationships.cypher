// Re-derives the direct relationships behind a set of (subject, predicate, object) triples from
// the claims that remain: how many claims, how many distinct publishers, first and last seen.
// A relationship with no claim left behind it is deleted. Claims are reached from the subject
// and checked against the object, never by scanning every claim of a predicate.
UNWIND $triples AS t
MATCH (a:Entity {id: t.subject})
MATCH (b:Entity {id: t.object})
CALL (a, b, t) {
  OPTIONAL MATCH (a)<-[:SUBJECT]-(c:Claim)-[:CITES]->(s:Source)
  WHERE c.predicate = t.predicate AND c.retracted = false AND EXISTS { (c)-[:OBJECT]->(b) }
  WITH c, s, coalesce(c.date, s.published) AS seen
  RETURN count(DISTINCT c) AS claimCount,
    collect(DISTINCT s.publisherKey) AS publishers,
    min(seen) AS firstSeen, max(seen) AS lastSeen,
    collect(DISTINCT c.role) AS roles
}
CALL (a, b, t, claimCount) {
  WITH a, b, t
  WHERE claimCount = 0
  OPTIONAL MATCH (a)-[old:$(t.predicate)]->(b)
  DELETE old
}
CALL (a, b, t, claimCount, publishers, firstSeen, lastSeen, roles) {
  WITH a, b, t, claimCount, publishers, firstSeen, lastSeen, roles
  WHERE claimCount > 0
  MERGE (a)-[r:$(t.predicate)]->(b)
  SET r.claimCount = claimCount, r.publisherCount = size(publishers), r.publishers = publishers,
    r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.roles = roles
}
RETURN sum(CASE WHEN claimCount > 0 THEN 1 ELSE 0 END) AS kept,
  sum(CASE WHEN claimCount = 0 THEN 1 ELSE 0 END) AS removed
