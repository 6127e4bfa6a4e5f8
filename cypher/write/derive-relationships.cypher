// Keeps the direct relationships behind claims in step with them, per (subject, predicate,
// object) triple: how many claims, which distinct publishers, first and last seen, the roles
// (publishers and roles as sorted sets). A triple either carries what a new document `added`
// (folded into what is there: counts add up, sets join, dates widen) or no `added`, and is then
// recounted from the claims that remain (after claims were removed, replaced or moved). A
// relationship left with no claim is deleted.
//
// The subject is locked before anything is read, so that two transactions deriving the same
// triple take turns and the later one sees the earlier one's claims and counts.
// The relationship is looked for through the static list of relationship types (the vocabulary's
// RELATIONSHIP_TYPES; a unit test keeps the two equal): with a dynamic type the planner may choose,
// on a nearly empty graph, to scan every relationship instead of expanding from the subject.
UNWIND $batch.triples AS t
MATCH (a:Entity {id: t.subject})
MATCH (b:Entity {id: t.object})
SET a._lock = true
WITH a, b, t
CALL (a, b, t) {
  OPTIONAL MATCH (a)-[found:LOCATED_IN|OPERATED_BY|HOSTED_BY|PART_OF|AFFILIATED_WITH|RESIDENT_OF|TARGETS|PARTICIPANT_IN|REPORTED_BY|INVESTIGATED_BY]->(b)
  WHERE type(found) = t.predicate
  RETURN found
  LIMIT 1
}
OPTIONAL CALL (a, b, t) {
  WITH a, b, t
  WHERE t.added IS NULL
  OPTIONAL MATCH (a)<-[:SUBJECT]-(c:Claim)-[:CITES]->(s:Source)
  WHERE c.predicate = t.predicate AND c.retracted = false AND EXISTS { (c)-[:OBJECT]->(b) }
  WITH c, s, coalesce(c.date, s.published) AS seen
  WITH count(DISTINCT c) AS claimCount, collect(DISTINCT s.publisherKey) AS publishers,
    min(seen) AS firstSeen, max(seen) AS lastSeen, collect(DISTINCT c.role) AS roles
  RETURN {
    claimCount: claimCount, firstSeen: firstSeen, lastSeen: lastSeen,
    publishers: reduce(sorted = [], x IN publishers |
      [y IN sorted WHERE y < x] + [x] + [y IN sorted WHERE y > x]),
    roles: reduce(sorted = [], x IN roles | [y IN sorted WHERE y < x] + [x] + [y IN sorted WHERE y > x])
  } AS counted
}
WITH a, b, t, found, CASE
    WHEN t.added IS NULL THEN counted
    ELSE {
      claimCount: coalesce(found.claimCount, 0) + t.added.claims,
      publishers: [p IN coalesce(found.publishers, []) WHERE p < t.added.publisher]
        + [t.added.publisher] + [p IN coalesce(found.publishers, []) WHERE p > t.added.publisher],
      roles: reduce(roles = coalesce(found.roles, []), x IN t.added.roles |
        [y IN roles WHERE y < x] + [x] + [y IN roles WHERE y > x]),
      firstSeen: CASE
        WHEN t.added.firstSeen IS NOT NULL AND (found.firstSeen IS NULL OR t.added.firstSeen < found.firstSeen)
          THEN t.added.firstSeen ELSE found.firstSeen END,
      lastSeen: CASE
        WHEN t.added.lastSeen IS NOT NULL AND (found.lastSeen IS NULL OR t.added.lastSeen > found.lastSeen)
          THEN t.added.lastSeen ELSE found.lastSeen END
    }
  END AS next
CALL (found, next) {
  WITH found, next
  WHERE found IS NOT NULL AND next.claimCount = 0
  DELETE found
}
OPTIONAL CALL (a, b, t, found, next) {
  WITH a, b, t, found, next
  WHERE found IS NULL AND next.claimCount > 0
  CREATE (a)-[created:$(t.predicate)]->(b)
  RETURN created
}
WITH a, next, CASE WHEN next.claimCount > 0 THEN coalesce(found, created) END AS r
SET r += next, r.publisherCount = size(next.publishers)
REMOVE a._lock
RETURN sum(CASE WHEN next.claimCount > 0 THEN 1 ELSE 0 END) AS kept,
  sum(CASE WHEN next.claimCount = 0 THEN 1 ELSE 0 END) AS removed
