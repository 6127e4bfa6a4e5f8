import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashKey } from '../../src/auth/keys.js';
import { loadApiConfig } from '../../src/config.js';

const hash = hashKey('secret-one');

describe('loadApiConfig', () => {
  it('defaults to open reading, no keys, introspection outside production', () => {
    expect(loadApiConfig({}, {})).toEqual({
      keys: [],
      readAccess: 'open',
      introspection: true,
      maxDepth: 12,
      maxCost: 20_000,
      queryTimeoutMs: 15_000,
    });
    expect(loadApiConfig({}, { NODE_ENV: 'production' }).introspection).toBe(false);
  });

  it('reads keys from OUTPOST_API_KEYS and from the file OUTPOST_API_KEYS_FILE names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outpost-keys-'));
    const file = join(dir, 'keys.json');
    writeFileSync(
      file,
      JSON.stringify([{ name: 'ngo-bot', role: 'writer', sha256: hashKey('two') }]),
    );
    const config = loadApiConfig(
      {},
      {
        OUTPOST_API_KEYS: `alice:admin:${hash}, `,
        OUTPOST_API_KEYS_FILE: file,
        OUTPOST_READ_ACCESS: 'key',
        OUTPOST_INTROSPECTION: 'false',
        OUTPOST_MAX_DEPTH: '8',
        OUTPOST_MAX_COST: '1000',
        OUTPOST_QUERY_TIMEOUT: '2.5',
      },
    );
    expect(config).toEqual({
      keys: [
        { name: 'alice', role: 'admin', sha256: hash },
        { name: 'ngo-bot', role: 'writer', sha256: hashKey('two') },
      ],
      readAccess: 'key',
      introspection: false,
      maxDepth: 8,
      maxCost: 1000,
      queryTimeoutMs: 2500,
    });
  });

  it('lets explicit options override the environment', () => {
    const config = loadApiConfig(
      { readAccess: 'open', maxDepth: 5 },
      { OUTPOST_READ_ACCESS: 'key', OUTPOST_MAX_DEPTH: '9' },
    );
    expect(config.readAccess).toBe('open');
    expect(config.maxDepth).toBe(5);
  });

  it('names the variable at fault', () => {
    const fails = (env: NodeJS.ProcessEnv, variable: string) =>
      expect(() => loadApiConfig({}, env)).toThrow(new RegExp(`^${variable}`));
    fails({ OUTPOST_API_KEYS: 'alice:admin' }, 'OUTPOST_API_KEYS');
    fails({ OUTPOST_API_KEYS: `alice:root:${hash}` }, 'OUTPOST_API_KEYS');
    fails({ OUTPOST_API_KEYS: 'alice:admin:not-a-hash' }, 'OUTPOST_API_KEYS');
    fails({ OUTPOST_API_KEYS_FILE: '/nonexistent/keys.json' }, 'OUTPOST_API_KEYS_FILE');
    fails({ OUTPOST_READ_ACCESS: 'closed' }, 'OUTPOST_READ_ACCESS');
    fails({ OUTPOST_READ_ACCESS: 'key' }, 'OUTPOST_READ_ACCESS');
    fails({ OUTPOST_INTROSPECTION: 'maybe' }, 'OUTPOST_INTROSPECTION');
    fails({ OUTPOST_MAX_DEPTH: '0' }, 'OUTPOST_MAX_DEPTH');
    fails({ OUTPOST_QUERY_TIMEOUT: '-1' }, 'OUTPOST_QUERY_TIMEOUT');
    fails({ OUTPOST_API_KEYS: `a:admin:${hash},a:reader:${hashKey('x')}` }, 'OUTPOST_API_KEYS');
  });
});
