// Stations per country (the nearest country up their places; null: none), most first.
MATCH (s:Station)
OPTIONAL CALL (s) {
  MATCH p = (s)-[:LOCATED_IN]->(:City|Region|Country)-[:LOCATED_IN|IN_COUNTRY|IN_REGION]->{0,2}(c:Country)
  RETURN c ORDER BY length(p), c.id LIMIT 1
}
WITH c, count(s) AS count
RETURN c{.*, createdAt: toString(c.createdAt), updatedAt: toString(c.updatedAt)} AS country, count
ORDER BY count DESC, country.code
