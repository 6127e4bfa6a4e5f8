// The shortest paths between two entities over the relationship types $args.relTypes (from the
// vocabulary, followed either way), at most $args.maxHops long (the pattern's bound, 6, is the
// API's ceiling). Of the first $args.candidates found (a hub can make thousands of equally short
// ones), the best corroborated first (the weakest step, then the sum), at most $args.limit.
MATCH (a:Entity {id: $args.from}), (b:Entity {id: $args.to})
MATCH p = ALL SHORTEST (a)-[:$any($args.relTypes)]-{1,6}(b)
WHERE length(p) <= $args.maxHops
WITH p LIMIT toInteger($args.candidates)
WITH p, [r IN relationships(p) | coalesce(r.publisherCount, 0)] AS counts
WITH p, reduce(least = 2147483647, c IN counts | CASE WHEN c < least THEN c ELSE least END) AS weakest,
  reduce(total = 0, c IN counts | total + c) AS total
ORDER BY weakest DESC, total DESC
LIMIT toInteger($args.limit)
RETURN [n IN nodes(p) | n{.*, createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS relationships,
  weakest
