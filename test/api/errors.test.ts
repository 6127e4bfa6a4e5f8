import { describe, expect, it } from 'vitest';
import { clientView, createFormatError } from '../../src/api/errors.js';
import { GraphQLError } from '../../src/api/graphql.js';
import { ErrorCode, OutpostError } from '../../src/errors.js';
import { memoryLogger } from './helpers.js';

describe('errors', () => {
  it('passes the client codes through with their message and details', () => {
    const view = clientView(
      new OutpostError(ErrorCode.NOT_FOUND, 'No entity with id "x"', { details: { id: 'x' } }),
    );
    expect(view).toEqual({
      code: 'NOT_FOUND',
      message: 'No entity with id "x"',
      extensions: { id: 'x' },
      log: false,
    });
  });

  it('turns invalid findings and unreadable input into BAD_USER_INPUT with the finer reason', () => {
    const view = clientView(
      new OutpostError(ErrorCode.FINDINGS_INVALID, 'bad', {
        details: { problems: [{ path: '$.x' }] },
      }),
    );
    expect(view).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { reason: 'FINDINGS_INVALID', problems: [{ path: '$.x' }] },
    });
  });

  it("hides Neo4j refusing the server's own credentials behind SERVICE_UNAVAILABLE", () => {
    const neo4j = clientView(
      new OutpostError(
        ErrorCode.UNAUTHENTICATED,
        'Neo4j at bolt://db:7687 refused the credentials',
      ),
    );
    expect(neo4j).toMatchObject({ code: 'SERVICE_UNAVAILABLE', log: true });
    expect(neo4j.message).not.toContain('bolt://');
  });

  it('maps a Neo4j transaction timeout to SERVICE_UNAVAILABLE with reason TIMEOUT', () => {
    const cause = Object.assign(new Error('terminated'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    const view = clientView(new OutpostError(ErrorCode.INTERNAL, 'Neo4j error ...', { cause }));
    expect(view).toMatchObject({ code: 'SERVICE_UNAVAILABLE', extensions: { reason: 'TIMEOUT' } });
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR and logs it', () => {
    const logger = memoryLogger();
    const format = createFormatError(logger);
    const secret = new Error('password=hunter2 at /srv/app');
    const formatted = format({ message: secret.message, path: ['entity'] }, secret);
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['entity'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logger.lines.join('\n')).toContain('hunter2');
  });

  it("keeps Apollo's request errors, and gives the depth limit's BAD_USER_INPUT", () => {
    const format = createFormatError(memoryLogger());
    const parse = { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    expect(format(parse, new GraphQLError('Syntax Error'))).toEqual(parse);
    const depth = {
      message: 'too deep',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'DEPTH_LIMIT' },
    };
    expect(format(depth, new GraphQLError('too deep')).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
