// How many sources match a filter (see sources-page.cypher).
MATCH (s:Source)
WHERE ($args.publisher = '' OR toLower(s.publisher) = toLower($args.publisher) OR s.publisherKey = $args.publisher)
  AND ($args.kind = '' OR s.kind = $args.kind)
  AND ($args.from = '' OR (s.published IS NOT NULL AND
    CASE size(s.published) WHEN 4 THEN s.published + '-12-31' WHEN 7 THEN s.published + '-31' ELSE s.published END >= $args.from))
  AND ($args.to = '' OR (s.published IS NOT NULL AND left(s.published + '-01-01', 10) <= $args.to))
RETURN count(s) AS total
