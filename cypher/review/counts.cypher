// How many candidate duplicates are open and how many entities are flagged for review.
CALL () { MATCH (d:CandidateDuplicate {status: 'OPEN'}) RETURN count(d) AS candidates }
CALL () { MATCH (n:Entity) WHERE n.needsReview = true RETURN count(n) AS flagged }
RETURN candidates, flagged
