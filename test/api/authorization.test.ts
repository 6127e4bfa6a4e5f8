import { describe, expect, it } from 'vitest';
import {
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from '../../src/api/graphql.js';
import { rootFields } from '../../src/api/plugins/authorization.js';

describe('authorization', () => {
  it('finds every root field an operation selects, under aliases and through fragments', () => {
    const document = parse(`
      mutation {
        a: importFindings(findings: {}) { outcome }
        ... on Mutation { retractClaim(id: "x", reason: "y") { relationshipsRemoved } }
        ...M
      }
      fragment M on Mutation { mergeEntities(keep: "a", merge: "b") { claimsMoved } ...M }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = new Map([['M', document.definitions[1] as FragmentDefinitionNode]]);
    expect(rootFields(operation, fragments).sort()).toEqual([
      'importFindings',
      'mergeEntities',
      'retractClaim',
    ]);
  });
});
