// Index-backed lookups for candidate duplicates: same name tokens in another order.
CREATE INDEX entity_token_key IF NOT EXISTS FOR (n:Entity) ON (n.tokenKey);
