// Re-derives properties that literal claims state (a station's status, a person's age...) from
// the latest dated claim that remains: the history stays in the claims, the property is the
// current value. With no claim left, the property is removed. Claims are reached from the subject.
UNWIND $properties AS p
MATCH (a:Entity {id: p.subject})
CALL (a, p) {
  OPTIONAL MATCH (a)<-[:SUBJECT]-(c:Claim)-[:CITES]->(s:Source)
  WHERE c.predicate = p.predicate AND c.retracted = false
  WITH c, coalesce(c.date, s.published) AS asOf
  ORDER BY asOf DESC, c.confidence DESC, c.id
  RETURN head(collect(c.value)) AS value, head(collect(asOf)) AS asOf
}
SET a[p.property] = value, a[p.property + 'AsOf'] = asOf
RETURN count(*) AS properties
