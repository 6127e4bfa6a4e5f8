// How many entities of each type.
MATCH (n:Entity)
RETURN n.entityType AS type, count(*) AS count
ORDER BY type
