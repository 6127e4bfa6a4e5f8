/**
 * Headless Chromium for the explorer's end-to-end tests: Debian's /usr/bin/chromium driven by
 * playwright-core, a fresh profile each time, and a guard that aborts every request to a host
 * other than 127.0.0.1/localhost and remembers it, so a test can assert that none was made.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian's chromium package puts the browser (.ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags the explorer's tests run Chromium with. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** True when the browser is installed. */
export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM);
}

/** A browser session with its network guard and what it saw. */
export interface GuardedBrowser {
  context: BrowserContext;
  /** Every URL the pages requested. */
  requested: string[];
  /** Requests to anything but this machine: aborted, and kept here. */
  blocked: string[];
  /** Console errors and uncaught page errors (CSP violations among them). */
  errors: string[];
  close(): Promise<void>;
}

/** True for a URL that stays on this machine (loopback HTTP, or a blob/data URL of the page). */
export function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'blob:' || parsed.protocol === 'data:') return true;
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    (parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost')
  );
}

/** Launches Chromium with a fresh profile and the network guard. */
export async function launchGuarded(): Promise<GuardedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'outpost-explorer-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  const requested: string[] = [];
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) await route.continue();
    else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const watch = (page: import('playwright-core').Page) => {
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    requested,
    blocked,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
