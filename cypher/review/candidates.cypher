// Open candidate duplicates, best score first, each with its two entities (id, type, name,
// aliases, and how many unretracted claims mention them). At most $limit.
MATCH (d:CandidateDuplicate {status: 'OPEN'})
WITH d ORDER BY d.score DESC, d.id LIMIT toInteger($limit)
CALL (d) {
  MATCH (d)-[:CANDIDATE]->(e:Entity)
  WITH e ORDER BY e.id
  RETURN collect(e{.id, .entityType, .name, .aliases,
    claims: COUNT { (e)<-[:SUBJECT|OBJECT]-(c:Claim) WHERE c.retracted = false }}) AS entities
}
RETURN d{.id, .status, .reason, .score} AS candidate, entities
ORDER BY candidate.score DESC, candidate.id
