// The audit log of mutations made through the API: one node per mutation, listed newest first.
CREATE CONSTRAINT mutation_id IF NOT EXISTS FOR (m:Mutation) REQUIRE m.id IS UNIQUE;
CREATE INDEX mutation_at IF NOT EXISTS FOR (m:Mutation) ON (m.at);
