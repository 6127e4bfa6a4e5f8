import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/schema.js';
import {
  parse,
  validate,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from '../../src/api/graphql.js';
import { selectionCost } from '../../src/api/validation/cost.js';
import { depthLimitRule, selectionDepth } from '../../src/api/validation/depthLimit.js';

const schema = buildSchema();

function parts(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return { document, operation, fragment: (name: string) => fragments.get(name) };
}

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const { operation, fragment } = parts(query);
  return selectionCost(
    schema,
    operation.selectionSet,
    schema.getQueryType() ?? undefined,
    fragment,
    {
      variables,
    },
  );
};

describe('depth limit', () => {
  it('counts nested fields, through inline fragments and fragment spreads', () => {
    const depth = (query: string) => {
      const { operation, fragment } = parts(query);
      return selectionDepth(operation.selectionSet, fragment);
    };
    expect(depth('{ stats { stations } }')).toBe(2);
    expect(depth('{ entity(id: "x") { ... on Station { city { country { name } } } } }')).toBe(4);
    expect(
      depth('query { entity(id: "x") { ...F } } fragment F on Station { city { name } }'),
    ).toBe(3);
  });

  it('does not count introspection fields, and survives a fragment cycle', () => {
    const { operation, fragment } = parts(
      '{ __schema { types { fields { type { ofType { ofType { name } } } } } } stats { stations } }',
    );
    expect(selectionDepth(operation.selectionSet, fragment)).toBe(2);
    const cyclic = parts(
      'query { entity(id: "x") { ...A } } fragment A on Station { city { ...A } }',
    );
    expect(selectionDepth(cyclic.operation.selectionSet, cyclic.fragment)).toBeGreaterThan(0);
  });

  it('fails validation past the limit with reason DEPTH_LIMIT', () => {
    const document = parse('{ entity(id: "x") { ... on Station { city { country { name } } } } }');
    expect(validate(schema, document, [depthLimitRule(4)])).toEqual([]);
    const [error] = validate(schema, document, [depthLimitRule(3)]);
    expect(error?.message).toContain('4 levels deep; at most 3');
    expect(error?.extensions).toMatchObject({ reason: 'DEPTH_LIMIT', depth: 4, maxDepth: 3 });
  });
});

describe('cost estimate', () => {
  it('counts one per field and multiplies what is under a page by its size', () => {
    expect(cost('{ stats { stations sources } }')).toBe(3);
    // stations(first: 10): 1 + 10 * (edges 1 + node 1 + id 1)
    expect(cost('{ stations(first: 10) { edges { node { id } } } }')).toBe(31);
    // The default page size counts when none is given (20).
    expect(cost('{ stations { edges { node { id } } } }')).toBe(61);
  });

  it('takes page sizes from variables, or the default when a variable is not given', () => {
    const query = 'query ($n: Int) { stations(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 100 })).toBe(301);
    expect(cost(query, {})).toBe(61);
  });

  it('multiplies nested pages, and paths by limit times hops', () => {
    expect(cost('{ stations(first: 10) { edges { node { claims(first: 5) { id } } } } }')).toBe(
      1 + 10 * (1 + 1 + (1 + 5 * 1)),
    );
    expect(cost('{ paths(from: "a", to: "b", maxHops: 3, limit: 2) { length } }')).toBe(
      1 + 2 * 4 * 1,
    );
  });

  it('counts fragments by their type and leaves introspection free', () => {
    expect(
      cost(
        'query { entity(id: "x") { ...S } } fragment S on Station { operatedBy(first: 2) { type } }',
      ),
    ).toBe(1 + 1 + 2);
    expect(cost('{ __schema { types { name } } }')).toBe(0);
  });
});
