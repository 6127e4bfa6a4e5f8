// The schema migrations already applied, with the checksum of the file as it was then.
MATCH (m:SchemaMigration)
RETURN m.name AS name, m.checksum AS checksum
ORDER BY name
