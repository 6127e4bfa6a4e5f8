// Deletes entities that no claim mentions any more and that are not reference places
// (countries, regions and cities from the gazetteer stay).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT (n)<-[:SUBJECT|OBJECT]-(:Claim)
  AND NOT n:Country AND NOT n:Region AND NOT n:City
DETACH DELETE n
RETURN count(*) AS deleted
