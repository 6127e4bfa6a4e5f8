import { describe, expect, it } from 'vitest';
import { isOutpostError } from '../../src/errors.js';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../../src/api/pagination.js';

describe('pagination', () => {
  it('decodes a cursor to the position it encodes', () => {
    const cursor = encodeCursor('station', { n: 'rotterdam-station', i: 'station:city:1:x' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'station', { n: 'string', i: 'string' })).toMatchObject({
      n: 'rotterdam-station',
      i: 'station:city:1:x',
    });
    expect(decodeCursor(encodeCursor('search', { o: 40 }), 'search', { o: 'number' }).o).toBe(40);
  });

  it('refuses a cursor of another list, garbage, and a cursor missing a field', () => {
    const station = encodeCursor('station', { n: 'a', i: 'b' });
    const refuse = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(isOutpostError(error, 'BAD_USER_INPUT')).toBe(true);
        expect((error as Error).message).toContain('after');
        return;
      }
      throw new Error('not refused');
    };
    refuse(() => decodeCursor(station, 'search', { o: 'number' }));
    refuse(() => decodeCursor('%%%not base64', 'station', { n: 'string', i: 'string' }));
    refuse(() =>
      decodeCursor(Buffer.from('[1,2]').toString('base64url'), 'station', { n: 'string' }),
    );
    refuse(() =>
      decodeCursor(encodeCursor('station', { n: 'a' }), 'station', { n: 'string', i: 'string' }),
    );
    refuse(() => decodeCursor(encodeCursor('search', { o: 'x' }), 'search', { o: 'number' }));
  });

  it('accepts page sizes from 0 to 100 and refuses others, naming the argument', () => {
    expect(pageSize(undefined, 20)).toBe(20);
    expect(pageSize(null, 20)).toBe(20);
    expect(pageSize(0, 20)).toBe(0);
    expect(pageSize(100, 20)).toBe(100);
    expect(() => pageSize(101, 20)).toThrow(/first: must be a whole number from 0 to 100/);
    expect(() => pageSize(-1, 20, 'limit')).toThrow(/^limit:/);
    expect(() => pageSize(2.5, 20)).toThrow(/first/);
  });

  it('gives the first and last cursors of a page as its page info', () => {
    expect(pageInfo(['a', 'b'], true, false)).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: 'a',
      endCursor: 'b',
    });
    expect(pageInfo([], false, true)).toMatchObject({ startCursor: null, endCursor: null });
  });
});
