// The entities with the ids $args.ids, and the relationships of types $args.relTypes among them:
// one row per entity with its outgoing relationships inside the set.
MATCH (a:Entity)
WHERE a.id IN $args.ids
OPTIONAL MATCH (a)-[r:$any($args.relTypes)]->(b:Entity)
WHERE b.id IN $args.ids
WITH a, collect({type: type(r), to: b.id, props: properties(r)}) AS out
RETURN a{.*} AS node, [x IN out WHERE x.type IS NOT NULL] AS relationships
