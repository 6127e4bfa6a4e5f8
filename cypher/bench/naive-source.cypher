// Baseline for the writer benchmark: the source node.
MERGE (s:Source {id: $source.id})
SET s += $source
RETURN s.id AS id
