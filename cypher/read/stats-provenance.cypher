// Counts of provenance and review: stations, sources, publishers, claims (and retracted ones),
// open candidate duplicates, entities flagged for review.
CALL () { MATCH (s:Station) RETURN count(s) AS stations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources, count(DISTINCT s.publisherKey) AS publishers }
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS claims, count(CASE WHEN c.retracted THEN 1 END) AS retractedClaims
}
CALL () { MATCH (d:CandidateDuplicate {status: 'OPEN'}) RETURN count(d) AS openDuplicates }
CALL () { MATCH (n:Entity) WHERE n.needsReview = true RETURN count(n) AS needsReview }
RETURN stations, sources, publishers, claims, retractedClaims, openDuplicates, needsReview
