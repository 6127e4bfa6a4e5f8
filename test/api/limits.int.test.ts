import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { gazetteFindings } from '../fixtures/api/outposts.js';
import { useTestGraph } from '../helpers/graph.js';
import { codeOf, startTestApi, type TestApi } from './helpers.js';
import { ID } from './ids.js';

const graph = useTestGraph();
let t: TestApi;

beforeAll(async () => {
  await importFindings(graph(), gazetteFindings(), 'gazette');
  t = await startTestApi(graph(), { maxDepth: 8, maxCost: 5000 });
});
afterAll(async () => t?.close());

describe('depth and cost limits', () => {
  it('refuses a query nested deeper than the limit, through fragments too', async () => {
    const deep = await t.gql(`{ entity(id: "${ID.lu}") { ... on Person { affiliations {
      entity { ... on Station { operatedBy { relationship { claims { source { claims { id } } } } } } } } } } }`);
    expect(deep.status).toBe(400);
    expect(codeOf(deep)).toBe('BAD_USER_INPUT');
    expect(deep.errors?.[0]?.extensions).toMatchObject({
      reason: 'DEPTH_LIMIT',
      depth: 9,
      maxDepth: 8,
    });
    const fragments = await t.gql(`
      query { entity(id: "${ID.lu}") { ...A } }
      fragment A on Person { affiliations { entity { ...B } } }
      fragment B on Station { operatedBy { relationship { claims { source { claims { id } } } } } }`);
    expect(fragments.errors?.[0]?.extensions?.reason).toBe('DEPTH_LIMIT');
    const fine = await t.gql(
      `{ entity(id: "${ID.lu}") { ... on Person { affiliations { entity { id } } } } }`,
    );
    expect(fine.errors).toBeUndefined();
  });

  it('refuses a query whose nested page sizes multiply past the cost limit, variables counted', async () => {
    const costly = await t.gql(
      `{ stations(first: 100) { edges { node { claims(first: 100) { id } } } } }`,
    );
    expect(costly.status).toBe(400);
    expect(codeOf(costly)).toBe('BAD_USER_INPUT');
    expect(costly.errors?.[0]?.extensions).toMatchObject({ reason: 'COST_LIMIT', maxCost: 5000 });
    const query = `query ($n: Int) { stations(first: $n) { edges { node { claims(first: $n) { id } } } } }`;
    expect(codeOf(await t.gql(query, { n: 100 }))).toBe('BAD_USER_INPUT');
    expect((await t.gql(query, { n: 10 })).errors).toBeUndefined();
  });

  it('refuses pages over 100 at any level', async () => {
    const r = await t.gql(`{ entity(id: "${ID.fuzhou}") { claims(first: 101) { id } } }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.path).toEqual(['entity', 'claims']);
    expect(codeOf(await t.gql(`{ timeline(limit: 101) { id } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(`{ sources(first: -1) { totalCount } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('HTTP', () => {
  it('refuses a body over 5 MB with 413', async () => {
    const res = await fetch(t.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ stats { stations } }`,
        variables: { pad: 'x'.repeat(6 * 1024 * 1024) },
      }),
    });
    expect(res.status).toBe(413);
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
        .code,
    ).toBe('BAD_USER_INPUT');
  });

  it('blocks requests a browser could send across sites (CSRF), and mutations over GET', async () => {
    const simple = await fetch(t.api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: `{ stats { stations } }` }),
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toContain('Cross-Site Request Forgery');
    const get = `${t.api.url}?query=${encodeURIComponent('{ stats { stations } }')}`;
    expect((await fetch(get)).status).toBe(400);
    const preflighted = await fetch(get, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    const mutation = await fetch(
      `${t.api.url}?query=${encodeURIComponent('mutation { markNotDuplicate(a: "x", b: "y") { id } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(mutation.status).toBe(405);
  });

  it('answers 404 off /graphql and /health, and a JSON error for a body that is not JSON', async () => {
    expect((await fetch(t.api.url.replace('/graphql', '/nothing'))).status).toBe(404);
    const res = await fetch(t.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ not json',
    });
    expect(res.status).toBe(400);
  });
  it('hands other paths to otherRoutes (the explorer), and answers 404 for those it declines', async () => {
    const withPages = await startTestApi(graph(), {
      otherRoutes: async (_req, res, pathname) => {
        if (pathname !== '/') return false;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>explorer</h1>');
        return true;
      },
    });
    try {
      const root = await fetch(withPages.api.url.replace('/graphql', '/'));
      expect(await root.text()).toBe('<h1>explorer</h1>');
      expect((await fetch(withPages.api.url.replace('/graphql', '/other'))).status).toBe(404);
    } finally {
      await withPages.close();
    }
  });
});

describe('introspection', () => {
  it('is refused when turned off, and answered when on', async () => {
    const on = await t.gql<{ __schema: { queryType: { name: string } } }>(
      `{ __schema { queryType { name } } }`,
    );
    expect(on.data?.__schema.queryType.name).toBe('Query');
    const closed = await startTestApi(graph(), { introspection: false });
    try {
      const off = await closed.gql(`{ __schema { queryType { name } } }`);
      expect(off.status).toBe(400);
      expect(codeOf(off)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(off.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await closed.close();
    }
  });
});

describe('errors', () => {
  it('hides what it did not expect behind INTERNAL_SERVER_ERROR and logs the detail', async () => {
    await graph().runSchemaStatement(
      "CREATE (:Entity {id: 'corrupt:1', entityType: 'Spaceship', name: 'Not a type'})",
      'test/corrupt-entity',
    );
    const r = await t.gql(`{ entity(id: "corrupt:1") { id name } }`);
    expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
    expect(r.errors?.[0]?.message).toBe('Internal server error');
    expect(JSON.stringify(r.errors)).not.toContain('Spaceship');
    expect(t.logger.lines.join('\n')).toContain('Spaceship');
  });
});
