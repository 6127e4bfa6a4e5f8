// How many nodes the graph holds (migration bookkeeping excluded).
MATCH (n) WHERE NOT n:SchemaMigration
RETURN count(n) AS nodes
