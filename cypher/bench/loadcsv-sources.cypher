// Bulk ceiling for the writer benchmark: sources from a CSV file in Neo4j's import folder.
LOAD CSV WITH HEADERS FROM $url AS row
MERGE (s:Source {id: row.id})
SET s.url = row.url, s.title = row.title, s.publisher = row.publisher, s.kind = row.kind,
  s.published = row.published, s.text = row.text
RETURN count(*) AS rows
