// Deletes up to $limit claims (with their SUBJECT, OBJECT and CITES links) and says how many;
// src/graph/admin.ts runs it until none are left, before admin/delete-all-data, so that the
// places and sources most claims point to no longer have thousands of links each when deleted.
MATCH (c:Claim)
WITH c LIMIT toInteger($limit)
DETACH DELETE c
RETURN count(*) AS deleted
