import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkUnique,
  generateKey,
  hashKey,
  KeyRing,
  parseKeyFile,
  parseKeyList,
} from '../../src/auth/keys.js';

describe('keys', () => {
  it('hashes a key as the hex SHA-256 of its UTF-8 bytes (as sha256sum does)', () => {
    expect(hashKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashKey('clé')).toBe(
      createHash('sha256').update(Buffer.from('clé', 'utf8')).digest('hex'),
    );
  });

  it('generates long random keys with their hash', () => {
    const a = generateKey();
    const b = generateKey();
    expect(a.key).toMatch(/^opk_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.sha256).toBe(hashKey(a.key));
  });

  it('parses name:role:sha256 lists and key files, upper-case hex too', () => {
    const hash = hashKey('k');
    expect(parseKeyList(` alice:admin:${hash.toUpperCase()} ,bot:reader:${hash},`)).toEqual([
      { name: 'alice', role: 'admin', sha256: hash },
      { name: 'bot', role: 'reader', sha256: hash },
    ]);
    expect(parseKeyFile(JSON.stringify([{ name: 'ngo', role: 'writer', sha256: hash }]))).toEqual([
      { name: 'ngo', role: 'writer', sha256: hash },
    ]);
    expect(parseKeyList('')).toEqual([]);
  });

  it('refuses malformed entries, saying which', () => {
    expect(() => parseKeyList(`a:admin:${hashKey('k')},b:admin`)).toThrow(
      /^entry 2: expected name:role:sha256hex/,
    );
    expect(() => parseKeyList('a:admin:the-key-itself')).toThrow(/never the key itself/);
    expect(() => parseKeyFile('{"name": "x"}')).toThrow(/^\$: expected an array/);
    expect(() => parseKeyFile('[{"name": "x y", "role": "reader", "sha256": ""}]')).toThrow(
      /^\$\[0\]: name/,
    );
    expect(() =>
      checkUnique([
        { name: 'a', role: 'reader', sha256: hashKey('1') },
        { name: 'b', role: 'admin', sha256: hashKey('1') },
      ]),
    ).toThrow(/the same key is configured twice/);
  });

  it('authenticates a presented key to its name and role, and nothing else', () => {
    const ring = new KeyRing([
      { name: 'alice', role: 'admin', sha256: hashKey('alice-secret') },
      { name: 'bot', role: 'reader', sha256: hashKey('bot-secret') },
    ]);
    expect(ring.size).toBe(2);
    expect(ring.authenticate('alice-secret')).toEqual({ name: 'alice', role: 'admin' });
    expect(ring.authenticate('bot-secret')).toEqual({ name: 'bot', role: 'reader' });
    expect(ring.authenticate('alice-secret ')).toBeUndefined();
    expect(ring.authenticate('')).toBeUndefined();
    expect(ring.authenticate(hashKey('alice-secret'))).toBeUndefined();
  });
});
