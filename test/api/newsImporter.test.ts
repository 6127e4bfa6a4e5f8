import { describe, expect, it } from 'vitest';
import { checkPublicUrl, checkRedirect, isPrivateAddress } from '../../src/api/newsImporter.js';

describe('newsImporter', () => {
  it('knows loopback, private, link-local and unique-local addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:10.0.0.1',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '93.184.216.34', '2606:4700::1111']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('refuses URLs that are not http(s), name this machine, or a private address', async () => {
    for (const url of [
      'file:///etc/passwd',
      'ftp://a.test/x',
      'http://localhost:7474/',
      'http://db.localhost/',
      'http://127.0.0.1/',
      'http://[::1]/',
      'http://192.168.0.10/x',
      'nonsense',
    ]) {
      await expect(checkPublicUrl(url), url).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    await expect(checkPublicUrl('https://93.184.216.34/article')).resolves.toBeInstanceOf(URL);
  });

  it('refuses a redirect to this machine or a private network, naming both ends', async () => {
    const from = new URL('https://93.184.216.34/article');
    for (const target of ['http://127.0.0.1:7474/', 'http://10.0.0.8/admin', 'http://localhost/']) {
      const refused = checkRedirect(new URL(target), from);
      await expect(refused, target).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(checkRedirect(new URL(target), from)).rejects.toThrow(
        `input.url: https://93.184.216.34/article redirects to ${new URL(target).href}:`,
      );
    }
    await expect(checkRedirect(new URL('https://93.184.216.35/b'), from)).resolves.toBeUndefined();
    // The URL given is checked before the import (checkPublicUrl), not again here.
    await expect(checkRedirect(new URL('http://127.0.0.1/'))).resolves.toBeUndefined();
  });
});
