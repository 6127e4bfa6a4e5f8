/** `Mutation.retractClaim`: through src/graph/writer.ts, recorded in the audit log in its transaction. */
import { retractClaim } from '../../graph/writer.js';
import { recordInTransaction } from '../audit.js';
import type { ApiContext } from '../context.js';
import { badInput, notFound } from '../errors.js';
import { asClaim } from '../values.js';

/** Longest retraction reason accepted. */
export const MAX_REASON = 2000;

/** Resolvers of `retractClaim`. */
export const retractResolvers = {
  Mutation: {
    retractClaim: async (_root: unknown, args: { id: string; reason: string }, ctx: ApiContext) => {
      const reason = args.reason.trim();
      if (reason === '') throw badInput('reason', 'say why the claim is retracted');
      if (reason.length > MAX_REASON) throw badInput('reason', `at most ${MAX_REASON} characters`);
      const before = await ctx.loaders.claim(args.id);
      if (before === null) throw notFound('claim', args.id);
      if (before.claim.retracted === true) {
        throw badInput(
          'id',
          `claim ${args.id} is already retracted (${String(before.claim.retractedReason)})`,
        );
      }
      // The audit record is written in the retraction's own transaction: both, or neither.
      const result = await retractClaim(ctx.graph, args.id, reason, ctx.principal.name, {
        inTransaction: (tx, { relationshipsRemoved }) =>
          recordInTransaction(tx, ctx.principal, {
            action: 'retractClaim',
            target: args.id,
            details: { reason, relationshipsRemoved },
          }),
      });
      if (!result.found) throw notFound('claim', args.id);
      const [row] = await ctx.read('read/claims-by-id', { batch: { keys: [args.id] } });
      return { claim: asClaim(row?.claim), relationshipsRemoved: result.relationshipsRemoved };
    },
  },
};
