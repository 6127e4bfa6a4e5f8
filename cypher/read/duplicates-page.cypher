// A page of candidate duplicates of $args.status ('': any), by id after $args.afterId, with their entities.
MATCH (d:CandidateDuplicate)
WHERE ($args.status = '' OR d.status = $args.status) AND ($args.afterId = '' OR d.id > $args.afterId)
WITH d ORDER BY d.id LIMIT toInteger($args.limit)
CALL (d) {
  MATCH (d)-[:CANDIDATE]->(e:Entity)
  WITH e ORDER BY e.id
  RETURN collect(e{.*, createdAt: toString(e.createdAt), updatedAt: toString(e.updatedAt)}) AS entities
}
RETURN d{.*, createdAt: toString(d.createdAt), resolvedAt: toString(d.resolvedAt)} AS node, entities
ORDER BY node.id
