/** The JSON scalar, and enums whose values in the graph differ from their names in the schema. */
import { GraphQLScalarType, valueFromASTUntyped } from '../graphql.js';

/** Any JSON value, passed through. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

/** SourceKind: schema name -> value stored in the graph (and in Findings). */
export const SOURCE_KIND = {
  NEWS: 'news',
  NGO_REPORT: 'ngo-report',
  COURT_DOCUMENT: 'court-document',
  GOVERNMENT: 'government',
  FINDINGS: 'findings',
} as const;

/** DatePrecision: value stored in the graph -> schema name. */
export const DATE_PRECISION = { year: 'YEAR', month: 'MONTH', day: 'DAY' } as const;

/** Resolvers of the scalar and the mapped enums. */
export const scalarResolvers = {
  JSON: JSONScalar,
  SourceKind: SOURCE_KIND,
  DatePrecision: { YEAR: 'year', MONTH: 'month', DAY: 'day' },
};
