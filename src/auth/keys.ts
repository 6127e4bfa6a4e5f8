/**
 * API keys: generated at random, stored only as SHA-256 hashes (hex), compared in constant time.
 * Keys come from OUTPOST_API_KEYS (`name:role:sha256hex,...`) and/or OUTPOST_API_KEYS_FILE (a
 * JSON array of `{ "name", "role", "sha256" }`); src/config.ts reads them with the parsers here.
 *
 * A key is a random secret, not a password, so a plain SHA-256 is the right hash: the same as
 * `printf %s "$KEY" | sha256sum`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isRole, type Principal, type Role } from './roles.js';

/** One configured key: its name (for the audit log), its role, and the hash of the secret. */
export interface ApiKeyEntry {
  name: string;
  role: Role;
  /** SHA-256 of the key, 64 lowercase hex digits. */
  sha256: string;
}

const NAME = /^[A-Za-z0-9_.@-]{1,64}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The SHA-256 of `key` in lowercase hex: what OUTPOST_API_KEYS and the keys file hold. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key (32 bytes, base64url, prefixed `opk_`), and its hash to configure. */
export function generateKey(): { key: string; sha256: string } {
  const key = `opk_${randomBytes(32).toString('base64url')}`;
  return { key, sha256: hashKey(key) };
}

/** Thrown by the parsers; `where` says which entry is at fault. */
export class KeySpecError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
    this.name = 'KeySpecError';
  }
}

/** Parses `name:role:sha256hex,...` (whitespace around entries is ignored; empty gives none). */
export function parseKeyList(spec: string): ApiKeyEntry[] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part, index) => {
      const fields = part.split(':');
      if (fields.length !== 3) {
        throw new KeySpecError(`entry ${index + 1}`, 'expected name:role:sha256hex');
      }
      const [name, role, sha256] = fields as [string, string, string];
      return checkEntry({ name, role, sha256 }, `entry ${index + 1}`);
    });
}

/** Parses the JSON text of a keys file: an array of `{ name, role, sha256 }`. */
export function parseKeyFile(text: string): ApiKeyEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KeySpecError('$', `not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data))
    throw new KeySpecError('$', 'expected an array of { name, role, sha256 }');
  return data.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) {
      throw new KeySpecError(`$[${index}]`, 'expected an object { name, role, sha256 }');
    }
    const { name, role, sha256 } = item as Record<string, unknown>;
    return checkEntry({ name, role, sha256 }, `$[${index}]`);
  });
}

function checkEntry(
  entry: { name: unknown; role: unknown; sha256: unknown },
  where: string,
): ApiKeyEntry {
  if (typeof entry.name !== 'string' || !NAME.test(entry.name)) {
    throw new KeySpecError(where, 'name: 1-64 letters, digits, _ . @ -');
  }
  if (!isRole(entry.role)) {
    throw new KeySpecError(
      where,
      `role: expected reader, writer or admin, got ${JSON.stringify(entry.role)}`,
    );
  }
  const sha256 = typeof entry.sha256 === 'string' ? entry.sha256.toLowerCase() : '';
  if (!SHA256_HEX.test(sha256)) {
    throw new KeySpecError(
      where,
      "sha256: expected the 64 hex digits of the key's SHA-256 (never the key itself)",
    );
  }
  return { name: entry.name, role: entry.role, sha256 };
}

/** Throws KeySpecError when two entries share a name or a hash. */
export function checkUnique(entries: readonly ApiKeyEntry[]): void {
  const names = new Set<string>();
  const hashes = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new KeySpecError(entry.name, 'two keys have this name');
    if (hashes.has(entry.sha256))
      throw new KeySpecError(entry.name, 'the same key is configured twice');
    names.add(entry.name);
    hashes.add(entry.sha256);
  }
}

/** The configured keys, ready to check presented secrets against. */
export class KeyRing {
  private readonly entries: { principal: Principal; digest: Buffer }[];

  constructor(entries: readonly ApiKeyEntry[]) {
    this.entries = entries.map((entry) => ({
      principal: Object.freeze({ name: entry.name, role: entry.role }),
      digest: Buffer.from(entry.sha256, 'hex'),
    }));
  }

  /** How many keys are configured. */
  get size(): number {
    return this.entries.length;
  }

  /**
   * The principal whose key is `presented`, or undefined. Every configured hash is compared, in
   * constant time, whatever matches, so the time taken says nothing about the keys.
   */
  authenticate(presented: string): Principal | undefined {
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let found: Principal | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(digest, entry.digest) && found === undefined) found = entry.principal;
    }
    return found;
  }
}
