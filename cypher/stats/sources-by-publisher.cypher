// Sources per publisher (by publisher key; the name as written), with their unretracted claims
// and latest publication date, most sources first.
MATCH (s:Source)
WITH s, COUNT { (s)<-[:CITES]-(c:Claim) WHERE c.retracted = false } AS claims
WITH s.publisherKey AS publisherKey, collect(s.publisher) AS names, count(s) AS sources,
  sum(claims) AS claims, max(s.published) AS latest
RETURN publisherKey, head(names) AS publisher, sources, claims, latest
ORDER BY sources DESC, publisherKey
