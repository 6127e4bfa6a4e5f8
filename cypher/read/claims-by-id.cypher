// Claims by id ($batch.keys), each with its source's id and date (its other fields load once per
// request, src/api/resolvers/evidence.ts), subject and object ids.
UNWIND $batch.keys AS key
MATCH (c:Claim {id: key})-[:CITES]->(s:Source)
OPTIONAL MATCH (c)-[:SUBJECT]->(subject:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(object:Entity)
RETURN key, {
  claim: c{.*, createdAt: toString(c.createdAt), retractedAt: toString(c.retractedAt)}, subject: subject.id, object: object.id,
  source: s{.id, .published}
} AS claim
