import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ErrorCode } from '../src/errors.js';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({}, {});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.local.port).toBe(7687);
    expect(config.local.dataDir).toMatch(/data\/neo4j$/);
    expect(config.port).toBe(4000);
  });

  it('lets an explicit option override its environment variable', () => {
    const config = loadConfig({ port: 5000 }, { PORT: '6000' });
    expect(config.port).toBe(5000);
  });

  it('accepts routing and TLS URI schemes for external servers', () => {
    for (const uri of [
      'neo4j://a:7687',
      'neo4j+s://x.databases.neo4j.io',
      'bolt+ssc://h',
      'bolt://127.0.0.1:7687',
    ]) {
      expect(loadConfig({}, { NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({}, { NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({}, { PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({}, { OUTPOST_NEO4J_HEAP: 'lots' })).toThrow(/OUTPOST_NEO4J_HEAP/);
    try {
      loadConfig({}, { OUTPOST_NEO4J_PORT: 'x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: ErrorCode.CONFIG_INVALID,
        details: { variable: 'OUTPOST_NEO4J_PORT' },
      });
    }
  });
});
