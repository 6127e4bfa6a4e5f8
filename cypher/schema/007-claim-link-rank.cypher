// Puts on every claim's SUBJECT and OBJECT links what listing an entity's claims sorts and
// filters on: the rank key of src/graph/claimRank.ts (same rule: digits of the claim's date, else
// its source's, turned 9 - d; '~'; 1000 - confidence in thousandths, four digits; '|'; the id), the
// predicate and the retracted flag. The writer sets them on claims written from now on.
MATCH (c:Claim)-[:CITES]->(s:Source)
CALL (c, s) {
  WITH c, coalesce(c.date, s.published, '') AS date,
    CASE WHEN c.confidence IS NULL OR c.confidence < 0 THEN 0.0
      WHEN c.confidence > 1 THEN 1.0 ELSE toFloat(c.confidence) END AS confidence
  WITH c,
    reduce(key = '', ch IN split(date, '') |
      key + CASE WHEN ch >= '0' AND ch <= '9' THEN toString(9 - toInteger(ch)) ELSE ch END) AS newestFirst,
    right('000' + toString(1000 - toInteger(round(confidence * 1000))), 4) AS mostConfidentFirst
  MATCH (c)-[about:SUBJECT|OBJECT]->()
  SET about.rank = newestFirst + '~' + mostConfidentFirst + '|' + c.id,
    about.predicate = c.predicate, about.retracted = c.retracted
} IN TRANSACTIONS OF 5000 ROWS;
