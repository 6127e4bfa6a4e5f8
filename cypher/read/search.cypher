// Fulltext search over names and aliases (index entity_names): $args.lucene is built and escaped
// by src/api/lucene.ts; of $args.types only ([]: any); best score first, a page at $args.offset.
CALL db.index.fulltext.queryNodes('entity_names', $args.lucene) YIELD node, score
WHERE size($args.types) = 0 OR node.entityType IN $args.types
// The page first, then the projection of its entities only.
WITH node, score
ORDER BY score DESC, node.id
SKIP toInteger($args.offset)
LIMIT toInteger($args.limit)
RETURN node{.*, createdAt: toString(node.createdAt), updatedAt: toString(node.updatedAt)} AS node, score
ORDER BY score DESC, node.id
