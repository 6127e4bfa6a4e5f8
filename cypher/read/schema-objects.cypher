// The constraints and indexes of the database, for status and tests of the schema.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint
RETURN name, type, labelsOrTypes, properties, owningConstraint IS NOT NULL AS constraint
ORDER BY name
