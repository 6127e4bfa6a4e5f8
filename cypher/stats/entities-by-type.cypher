// How many entities of each type, most first.
MATCH (n:Entity)
RETURN n.entityType AS type, count(*) AS count
ORDER BY count DESC, type
