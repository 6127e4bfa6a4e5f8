// Claims are always reached from their subject, object or source. An index on Claim.predicate
// tempted the planner to scan every claim of a predicate instead (found by the writer benchmark).
DROP INDEX claim_predicate IF EXISTS;
