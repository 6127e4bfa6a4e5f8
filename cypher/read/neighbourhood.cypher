// The neighbourhood of entity $args.id as a subgraph to draw, in one query: a breadth-first walk
// of $args.depth steps over the direct relationships and gazetteer links (the static list below
// is the API's ALL_RELATIONSHIP_TYPES; a unit test keeps them equal), to entities of
// $args.types only ([]: any). Each step takes the most corroborated new neighbours of the last
// step's entities first (highest publisherCount on any relationship to them, then id), until
// $args.limit entities in all; `truncated` says whether some were left out. Then the entities in
// walk order, each with its outgoing relationships inside the set. No row: no such entity.
MATCH (center:Entity {id: $args.id})
WITH reduce(acc = {seen: [center.id], frontier: [center.id], truncated: false}, step IN range(1, $args.depth) |
  CASE WHEN size(acc.frontier) = 0 THEN acc ELSE
    // This step's candidates, each once with its best relationship, best first; no more than
    // the limit (+1, to know whether some were left out): a city's thousands of stations are
    // ranked in the subquery, not copied into lists.
    [found IN [COLLECT {
      MATCH (a:Entity)-[r:LOCATED_IN|OPERATED_BY|HOSTED_BY|PART_OF|AFFILIATED_WITH|RESIDENT_OF|TARGETS|PARTICIPANT_IN|REPORTED_BY|INVESTIGATED_BY|IN_COUNTRY|IN_REGION]-(b:Entity)
      WHERE a.id IN acc.frontier AND NOT b.id IN acc.seen
        AND (size($args.types) = 0 OR b.entityType IN $args.types)
      WITH b.id AS id, coalesce(r.publisherCount, 0) AS weight
      ORDER BY weight DESC, id
      RETURN DISTINCT id
      LIMIT toInteger($args.limit) + 1
    }] | {
      seen: acc.seen + found[0..($args.limit - size(acc.seen))],
      frontier: found[0..($args.limit - size(acc.seen))],
      truncated: acc.truncated OR size(found) > $args.limit - size(acc.seen)
    }][0]
  END) AS walk
UNWIND range(0, size(walk.seen) - 1) AS position
MATCH (a:Entity {id: walk.seen[position]})
OPTIONAL MATCH (a)-[r:LOCATED_IN|OPERATED_BY|HOSTED_BY|PART_OF|AFFILIATED_WITH|RESIDENT_OF|TARGETS|PARTICIPANT_IN|REPORTED_BY|INVESTIGATED_BY|IN_COUNTRY|IN_REGION]->(b:Entity)
WHERE b.id IN walk.seen
WITH walk, position, a, collect({type: type(r), to: b.id, props: properties(r)}) AS out
RETURN a{.*, createdAt: toString(a.createdAt), updatedAt: toString(a.updatedAt)} AS node,
  [x IN out WHERE x.type IS NOT NULL] AS relationships, walk.truncated AS truncated
ORDER BY position
