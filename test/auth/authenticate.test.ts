import { describe, expect, it } from 'vitest';
import { authenticate, presentedKey } from '../../src/auth/authenticate.js';
import { hashKey, KeyRing } from '../../src/auth/keys.js';
import { ANONYMOUS, hasRole } from '../../src/auth/roles.js';

const ring = new KeyRing([{ name: 'w', role: 'writer', sha256: hashKey('writer-key') }]);
const headers = (values: Record<string, string>) => (name: string) => values[name];

describe('authenticate', () => {
  it('reads the key from Authorization: Bearer, else from x-api-key', () => {
    expect(presentedKey(headers({ authorization: 'Bearer abc' }))).toBe('abc');
    expect(presentedKey(headers({ authorization: 'bearer   abc' }))).toBe('abc');
    expect(presentedKey(headers({ 'x-api-key': ' abc ' }))).toBe('abc');
    expect(presentedKey(headers({ authorization: 'Bearer abc', 'x-api-key': 'def' }))).toBe('abc');
    expect(presentedKey(headers({}))).toBeUndefined();
    // A malformed Authorization header is presented as a (wrong) key, never as none.
    expect(presentedKey(headers({ authorization: 'Basic dXNlcjpwYXNz' }))).toBe(
      'Basic dXNlcjpwYXNz',
    );
  });

  it('makes a caller without a key anonymous where reading is open, and refuses it elsewhere', () => {
    expect(authenticate(undefined, ring, 'open')).toEqual({ ok: true, principal: ANONYMOUS });
    expect(authenticate(undefined, ring, 'key')).toMatchObject({
      ok: false,
      reason: 'KEY_REQUIRED',
    });
  });

  it('refuses a wrong key even where reading is open', () => {
    expect(authenticate('nope', ring, 'open')).toMatchObject({ ok: false, reason: 'INVALID_KEY' });
    expect(authenticate('writer-key', ring, 'key')).toEqual({
      ok: true,
      principal: { name: 'w', role: 'writer' },
    });
  });

  it('ranks roles: admin includes writer, writer includes reader, anonymous has none', () => {
    expect(hasRole({ name: 'a', role: 'admin' }, 'writer')).toBe(true);
    expect(hasRole({ name: 'w', role: 'writer' }, 'reader')).toBe(true);
    expect(hasRole({ name: 'w', role: 'writer' }, 'admin')).toBe(false);
    expect(hasRole(ANONYMOUS, 'reader')).toBe(false);
  });
});
