// Sources by id ($batch.keys), with every property (the text too) and how many claims cite each.
UNWIND $batch.keys AS key
MATCH (s:Source {id: key})
RETURN key, s{.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt), claimCount: COUNT { (s)<-[:CITES]-(:Claim) }} AS source
