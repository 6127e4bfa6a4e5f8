// Sources by id ($batch.keys), with every property and how many claims cite each; the text only
// with $batch.withText (an article can be long, and claims name their source by id alone).
UNWIND $batch.keys AS key
MATCH (s:Source {id: key})
RETURN key, s{.*, text: CASE WHEN $batch.withText THEN s.text END,
  createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt),
  claimCount: COUNT { (s)<-[:CITES]-(:Claim) }} AS source
