// Stations per current status (null: none stated), most first.
MATCH (s:Station)
RETURN s.status AS status, count(*) AS count
ORDER BY count DESC, status
