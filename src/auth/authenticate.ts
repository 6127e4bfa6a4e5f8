/**
 * Who is calling: the key a request presents (`Authorization: Bearer <key>` or `x-api-key`),
 * checked against the key ring. No key is anonymous; a wrong key is refused even where reading
 * is open, so that a typo never silently downgrades a writer to an anonymous reader.
 */
import type { KeyRing } from './keys.js';
import type { ReadAccess } from './policy.js';
import { ANONYMOUS, type Principal } from './roles.js';

/** The outcome: the principal, or why there is none. */
export type Authentication =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'INVALID_KEY' | 'KEY_REQUIRED'; message: string };

/** Reads the key a request presents; undefined when it presents none. */
export function presentedKey(header: (name: string) => string | undefined): string | undefined {
  const authorization = header('authorization')?.trim();
  if (authorization !== undefined && authorization !== '') {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    // A malformed Authorization header is a wrong key, not no key.
    return match?.[1] ?? authorization;
  }
  const key = header('x-api-key')?.trim();
  return key === undefined || key === '' ? undefined : key;
}

/** Authenticates a request's key under the read access policy. */
export function authenticate(
  key: string | undefined,
  ring: KeyRing,
  readAccess: ReadAccess,
): Authentication {
  if (key === undefined) {
    return readAccess === 'open'
      ? { ok: true, principal: ANONYMOUS }
      : {
          ok: false,
          reason: 'KEY_REQUIRED',
          message:
            'This API needs a key: send it as `Authorization: Bearer <key>` or in `x-api-key`',
        };
  }
  const principal = ring.authenticate(key);
  return principal === undefined
    ? { ok: false, reason: 'INVALID_KEY', message: 'The API key is not valid' }
    : { ok: true, principal };
}
