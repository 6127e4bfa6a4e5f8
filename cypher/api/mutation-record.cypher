// Records one mutation that went through: who (the API key's name and role), what (the
// mutation, its target, its details as JSON text) and when.
CREATE (m:Mutation {id: $id, actor: $actor, role: $role, action: $action, target: $target,
  details: $details, at: datetime()})
RETURN m.id AS id, toString(m.at) AS at
