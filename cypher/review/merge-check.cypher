// The two entities of a merge as they are before it (null when one does not exist).
OPTIONAL MATCH (k:Entity {id: $keep})
OPTIONAL MATCH (m:Entity {id: $merge})
RETURN k{.id, .entityType, .name} AS keep, m{.id, .entityType, .name} AS merge
