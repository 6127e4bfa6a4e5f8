/**
 * Who may do what. Three roles, each including the one below it: a `reader` reads, a `writer`
 * also imports and retracts, an `admin` also merges entities and reads the audit log. A caller
 * without a key is `anonymous`, which may read only when reading is open (OUTPOST_READ_ACCESS).
 */

/** The roles an API key can carry, weakest first. */
export const ROLES = ['reader', 'writer', 'admin'] as const;

/** A role an API key can carry. */
export type Role = (typeof ROLES)[number];

/** Who is calling: the key's name and role, or anonymous. */
export interface Principal {
  /** The key's name from the configuration, or `anonymous`. */
  name: string;
  role: Role | 'anonymous';
}

/** The caller without a key. */
export const ANONYMOUS: Principal = Object.freeze({ name: 'anonymous', role: 'anonymous' });

/** True when `value` is one of ROLES. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `principal` holds `needed` or a stronger role (anonymous holds none). */
export function hasRole(principal: Principal, needed: Role): boolean {
  if (principal.role === 'anonymous') return false;
  return ROLES.indexOf(principal.role) >= ROLES.indexOf(needed);
}
