// Links places to the places they belong to, from the gazetteer (a city IN_COUNTRY its country).
// These are reference data, not claims of a source.
UNWIND $links AS l
MATCH (a:Entity {id: l.from})
MATCH (b:Entity {id: l.to})
MERGE (a)-[r:$(l.type)]->(b)
RETURN count(r) AS links
