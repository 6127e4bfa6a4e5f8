// Stations per country and current status: the country is the nearest one up the station's
// places (null: none known), the status the latest dated HAS_STATUS claim (null: none stated).
MATCH (s:Station)
OPTIONAL CALL (s) {
  MATCH path = (s)-[:LOCATED_IN]->(:Entity)-[:LOCATED_IN|IN_COUNTRY|IN_REGION]->{0,2}(c:Country)
  RETURN c
  ORDER BY length(path), c.id
  LIMIT 1
}
RETURN c.code AS country, c.name AS countryName, s.status AS status, count(s) AS count
ORDER BY country, status
