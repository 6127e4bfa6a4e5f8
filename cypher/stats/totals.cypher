// The graph in a few numbers: entities, sources, publishers, claims (retracted ones apart),
// relationships derived from claims, open candidate duplicates, entities flagged for review.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (s:Source) RETURN count(s) AS sources, count(DISTINCT s.publisherKey) AS publishers }
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims, count(CASE WHEN c.retracted THEN 1 END) AS retractedClaims
}
CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.claimCount IS NOT NULL RETURN count(r) AS relationships }
CALL () { MATCH (d:CandidateDuplicate {status: 'OPEN'}) RETURN count(d) AS openDuplicates }
CALL () { MATCH (n:Entity) WHERE n.needsReview = true RETURN count(n) AS needsReview }
RETURN entities, sources, publishers, claims, retractedClaims, relationships, openDuplicates, needsReview
