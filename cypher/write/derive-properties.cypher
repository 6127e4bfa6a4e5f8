// Keeps the properties that literal claims state (a station's status, a person's age...) equal
// to the latest claim behind them; the history stays in the claims. Order: dated claims before
// undated ones, then the latest date, the highest confidence, the smallest claim id.
// A target either carries a `candidate` (the first, in that order, of a new document's claims
// for it) or none, and is then recounted from the claims that remain. A candidate strictly newer
// than the current value replaces it, an older one leaves it; one exactly as recent is decided by
// a recount. With no claim left, the property is removed. The subject is locked first, as
// write/derive-relationships does.
UNWIND $batch.properties AS p
MATCH (a:Entity {id: p.subject})
SET a._lock = true
WITH a, p, a[p.property] AS value, a[p.property + 'AsOf'] AS asOf
WITH a, p, CASE
    WHEN p.candidate IS NULL THEN 'recount'
    WHEN value IS NULL THEN 'newer'
    WHEN p.candidate.asOf IS NULL THEN CASE WHEN asOf IS NULL THEN 'recount' ELSE 'older' END
    WHEN asOf IS NULL OR p.candidate.asOf > asOf THEN 'newer'
    WHEN p.candidate.asOf = asOf THEN 'recount'
    ELSE 'older'
  END AS verdict
OPTIONAL CALL (a, p, verdict) {
  WITH a, p, verdict
  WHERE verdict = 'recount'
  OPTIONAL MATCH (a)<-[:SUBJECT]-(c:Claim)-[:CITES]->(s:Source)
  WHERE c.predicate = p.predicate AND c.retracted = false
  WITH c, coalesce(c.date, s.published) AS asOf
  ORDER BY asOf IS NULL, asOf DESC, c.confidence DESC, c.id
  LIMIT 1
  RETURN {value: c.value, asOf: CASE WHEN c IS NULL THEN null ELSE asOf END} AS counted
}
WITH a, p, CASE verdict WHEN 'recount' THEN counted WHEN 'newer' THEN p.candidate END AS next
CALL (a, p, next) {
  WITH a, p, next
  WHERE next IS NOT NULL
  SET a[p.property] = next.value, a[p.property + 'AsOf'] = next.asOf
}
REMOVE a._lock
RETURN count(*) AS properties
