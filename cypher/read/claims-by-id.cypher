// Claims by id ($batch.keys), each with its source (without the text), subject and object ids.
UNWIND $batch.keys AS key
MATCH (c:Claim {id: key})-[:CITES]->(s:Source)
OPTIONAL MATCH (c)-[:SUBJECT]->(subject:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(object:Entity)
RETURN key, {
  claim: c{.*, createdAt: toString(c.createdAt), retractedAt: toString(c.retractedAt)}, subject: subject.id, object: object.id,
  source: s{.id, .url, .title, .publisher, .publisherKey, .author, .published, .language, .kind,
    .edition, .contentHash, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)}
} AS claim
