// Provenance: sources, claims and candidate duplicates are unique by id; sources are found by URL.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT candidate_duplicate_id IF NOT EXISTS FOR (d:CandidateDuplicate) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_name IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.name IS UNIQUE;
CREATE INDEX source_url IF NOT EXISTS FOR (s:Source) ON (s.url);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate);
