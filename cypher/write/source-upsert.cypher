// Creates or updates the source node of a document.
MERGE (s:Source {id: $source.id})
ON CREATE SET s.createdAt = datetime()
SET s += $source, s.updatedAt = datetime()
RETURN s.id AS id
