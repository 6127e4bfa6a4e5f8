// Events matching a filter, by date: the start of the date's period, coarser precision first,
// undated last; at most $args.limit. Each condition applies when its argument is not empty (''
// or []). $args.from and $args.to are full dates (YYYY-MM-DD); a partial event date counts when
// its period overlaps them.
MATCH (e:Event)
WHERE (size($args.types) = 0 OR e.eventType IN $args.types)
  AND ($args.from = '' OR (e.date IS NOT NULL AND
    CASE size(e.date) WHEN 4 THEN e.date + '-12-31' WHEN 7 THEN e.date + '-31' ELSE e.date END >= $args.from))
  AND ($args.to = '' OR (e.date IS NOT NULL AND left(e.date + '-01-01', 10) <= $args.to))
  AND ($args.entity = '' OR e.id = $args.entity
    OR EXISTS { MATCH (e)<-[:PARTICIPANT_IN]-(:Entity {id: $args.entity}) }
    OR EXISTS {
      MATCH (e)-[:LOCATED_IN]->(:City|Region|Country)-[:LOCATED_IN|IN_COUNTRY|IN_REGION]->{0,2}(:Entity {id: $args.entity})
    })
  AND ($args.country = ''
    OR EXISTS {
      MATCH (e)-[:LOCATED_IN]->(:City|Region|Country)-[:LOCATED_IN|IN_COUNTRY|IN_REGION]->{0,2}(:Country {code: $args.country})
    }
    OR EXISTS {
      MATCH (e)<-[:PARTICIPANT_IN]-(:Station|Organisation)-[:LOCATED_IN]->(:City|Region|Country)-[:LOCATED_IN|IN_COUNTRY|IN_REGION]->{0,2}(:Country {code: $args.country})
    })
// The page first, then the projection of its events only.
WITH e
ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, left(coalesce(e.date, '') + '-01-01', 10),
  size(coalesce(e.date, '')), e.id
LIMIT toInteger($args.limit)
RETURN e{.*, createdAt: toString(e.createdAt), updatedAt: toString(e.updatedAt)} AS node
ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, left(coalesce(e.date, '') + '-01-01', 10),
  size(coalesce(e.date, '')), e.id
