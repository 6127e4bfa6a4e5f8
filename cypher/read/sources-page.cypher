// A page of sources matching a filter, newest first (then by id), after the cursor
// ($args.afterPublished, $args.afterId), without their text. Each condition applies when its
// argument is not empty (''). The filter is the same text as in sources-count.cypher (a unit test
// checks it).
MATCH (s:Source)
WHERE ($args.publisher = '' OR toLower(s.publisher) = toLower($args.publisher) OR s.publisherKey = $args.publisher)
  AND ($args.kind = '' OR s.kind = $args.kind)
  AND ($args.from = '' OR (s.published IS NOT NULL AND
    CASE size(s.published) WHEN 4 THEN s.published + '-12-31' WHEN 7 THEN s.published + '-31' ELSE s.published END >= $args.from))
  AND ($args.to = '' OR (s.published IS NOT NULL AND left(s.published + '-01-01', 10) <= $args.to))
WITH s
WHERE $args.afterId = ''
  OR coalesce(s.published, '') < $args.afterPublished
  OR (coalesce(s.published, '') = $args.afterPublished AND s.id > $args.afterId)
RETURN s{.id, .url, .title, .publisher, .publisherKey, .author, .published, .language, .kind,
  .edition, .contentHash, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt), claimCount: COUNT { (s)<-[:CITES]-(:Claim) }} AS node
ORDER BY coalesce(node.published, '') DESC, node.id
LIMIT toInteger($args.limit)
