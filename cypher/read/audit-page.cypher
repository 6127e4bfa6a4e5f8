// A page of the mutation log, newest first, after the cursor ($args.afterAt, $args.afterId; ''
// for the first page).
MATCH (m:Mutation)
WHERE CASE WHEN $args.afterId = '' THEN true
  ELSE m.at < datetime($args.afterAt) OR (m.at = datetime($args.afterAt) AND m.id > $args.afterId) END
RETURN m{.*, at: toString(m.at)} AS node
ORDER BY m.at DESC, m.id
LIMIT toInteger($args.limit)
