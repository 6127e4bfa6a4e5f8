// The newest schema migration applied, and how many there are.
OPTIONAL MATCH (m:SchemaMigration)
WITH m ORDER BY m.name DESC
WITH collect(m.name) AS names
RETURN names[0] AS latest, size(names) AS applied
