// One step of a neighbourhood walk: the entities next to $args.frontier over the relationship
// types $args.relTypes (from the vocabulary), not in $args.seen, of $args.types only ([]: any);
// the most corroborated first, at most $args.limit.
UNWIND $args.frontier AS id
MATCH (:Entity {id: id})-[r:$any($args.relTypes)]-(b:Entity)
WHERE NOT b.id IN $args.seen AND (size($args.types) = 0 OR b.entityType IN $args.types)
WITH b, max(coalesce(r.publisherCount, 0)) AS weight
RETURN b.id AS id
ORDER BY weight DESC, id
LIMIT toInteger($args.limit)
