// Where entities ($batch.keys) are: the city they are in, their region (directly or through the
// city) and their country (directly, or up through cities and regions: LOCATED_IN, IN_COUNTRY,
// IN_REGION), nearest first; an organisation without a place falls back to its country code.
UNWIND $batch.keys AS key
MATCH (a:Entity {id: key})
OPTIONAL CALL (a) {
  MATCH (a)-[:LOCATED_IN]->(city:City)
  RETURN city ORDER BY city.id LIMIT 1
}
OPTIONAL CALL (a) {
  MATCH p = (a)-[:LOCATED_IN|IN_REGION]->{1,2}(region:Region)
  RETURN region ORDER BY length(p), region.id LIMIT 1
}
OPTIONAL CALL (a) {
  MATCH p = (a)-[:LOCATED_IN|IN_COUNTRY|IN_REGION]->{1,3}(placed:Country)
  RETURN placed ORDER BY length(p), placed.id LIMIT 1
}
OPTIONAL CALL (a) {
  MATCH (coded:Country {code: a.countryCode})
  RETURN coded LIMIT 1
}
WITH key, city, region, coalesce(placed, coded) AS country
RETURN key, city{.*, createdAt: toString(city.createdAt), updatedAt: toString(city.updatedAt)} AS city, region{.*, createdAt: toString(region.createdAt), updatedAt: toString(region.updatedAt)} AS region, country{.*, createdAt: toString(country.createdAt), updatedAt: toString(country.updatedAt)} AS country
