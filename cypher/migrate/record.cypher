// Records that a schema migration ran, so that it runs once.
MERGE (m:SchemaMigration {name: $name})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.name AS name
