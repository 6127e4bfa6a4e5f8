/**
 * The audit log: every mutation that goes through leaves a `(:Mutation {id, actor, role, action,
 * target, at, details})` node — who (the key's name and role), what and when. Refused calls leave
 * nothing (they never reach a resolver).
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/roles.js';
import type { Graph, Tx } from '../graph/gateway.js';

/** One mutation to record. */
export interface MutationEntry {
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

function params(principal: Principal, entry: MutationEntry) {
  return {
    id: `mutation:${randomUUID()}`,
    actor: principal.name,
    role: principal.role,
    action: entry.action,
    target: entry.target,
    details: JSON.stringify(entry.details),
  };
}

/** Records a mutation inside the transaction that made it (so both commit, or neither). */
export async function recordInTransaction(
  tx: Tx,
  principal: Principal,
  entry: MutationEntry,
): Promise<void> {
  await tx.run('api/mutation-record', params(principal, entry));
}

/** Records a mutation made by a writer function that ran its own transaction. */
export async function recordAfter(
  graph: Graph,
  principal: Principal,
  entry: MutationEntry,
): Promise<void> {
  await graph.write('api/mutation-record', params(principal, entry));
}
