// Every node (but migration records) and relationship, in a stable order: for exact
// before/after comparisons and small exports.
MATCH (n) WHERE NOT n:SchemaMigration
WITH n ORDER BY coalesce(n.id, elementId(n))
WITH collect({labels: labels(n), props: properties(n)}) AS nodes
OPTIONAL MATCH (a)-[r]->(b)
WITH nodes, a, r, b
ORDER BY coalesce(a.id, elementId(a)), type(r), coalesce(b.id, elementId(b))
RETURN nodes, [x IN collect({from: coalesce(a.id, elementId(a)), type: type(r), to: coalesce(b.id, elementId(b)), props: properties(r)}) WHERE x.type IS NOT NULL] AS relationships
