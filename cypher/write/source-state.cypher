// What the graph already holds of a source: the hash of the findings last written for it.
OPTIONAL MATCH (s:Source {id: $id})
RETURN s IS NOT NULL AS exists, s.findingsHash AS findingsHash
