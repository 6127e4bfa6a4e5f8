// Stations in places ($batch.keys: city, region or country ids): in the place directly, or in a
// city or region in it; of $batch.status only ([]: any); by name, at most $batch.limit per place,
// and how many there are in all.
UNWIND $batch.keys AS key
MATCH (p:Entity {id: key})
CALL (p) {
  MATCH (s:Station)-[:LOCATED_IN]->(:City|Region|Country)-[:LOCATED_IN|IN_COUNTRY|IN_REGION]->{0,2}(p)
  RETURN DISTINCT s
}
WITH key, s
WHERE size($batch.status) = 0 OR s.status IN $batch.status
WITH key, s
ORDER BY s.nameKey, s.id
WITH key, collect(s{.*, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)}) AS stations
RETURN key, size(stations) AS total, stations[0..$batch.limit] AS stations
