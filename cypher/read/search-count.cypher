// How many entities a fulltext search matches (see search.cypher).
CALL db.index.fulltext.queryNodes('entity_names', $args.lucene) YIELD node
WHERE size($args.types) = 0 OR node.entityType IN $args.types
RETURN count(node) AS total
