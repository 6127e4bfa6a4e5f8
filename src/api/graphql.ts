/**
 * graphql-js, from the one copy every package loads. graphql 16 ships index.js (CommonJS) and
 * index.mjs (ESM) without an exports map: Node resolves `graphql` to index.js for Apollo Server,
 * graphql-tools and us, but Vite (so vitest) resolves our own `import 'graphql'` to index.mjs, a
 * second copy whose classes the first refuses ("Cannot use GraphQLEnumType from another module
 * or realm") and whose errors Apollo does not recognise. Our modules import values from here;
 * types may come from 'graphql' directly.
 */
export * from 'graphql/index.js';
