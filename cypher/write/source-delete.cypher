// Deletes a source node (its claims are removed first by source-detach-claims).
MATCH (s:Source {id: $id})
DETACH DELETE s
RETURN count(*) AS deleted
