// Entities by id ($batch.keys): one row per id found, with the node's properties.
UNWIND $batch.keys AS key
MATCH (n:Entity {id: key})
RETURN key, n{.*, createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt)} AS node
