/**
 * The explorer end to end: Debian's headless Chromium against the real server (the API with the
 * explorer as its `otherRoutes`, as `outpost serve` runs it) over the real Neo4j, holding the sample findings and 60 generated documents.
 * Every request to a host other than this machine is aborted and recorded, and the last test
 * asserts there were none. Screenshots of the main views go to test-output/explorer/.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateFindings } from '../../bench/generate/findings.js';
import { projectPath } from '../../src/paths.js';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { ensureBundle } from '../../src/web/bundle.js';
import { serveExplorer } from '../../src/web/serveExplorer.js';
import { KEYS, startTestApi, type TestApi } from '../api/helpers.js';
import { useTestGraph } from '../helpers/graph.js';
import { parseStatusCounts } from '../../web/src/map/stations.js';
import {
  CHROMIUM,
  chromiumInstalled,
  isLocal,
  launchGuarded,
  type GuardedBrowser,
} from './browser.js';

const MISSING = `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run installs it) to run the explorer's end-to-end tests`;
const installed = chromiumInstalled();
if (!installed && !process.env.CI) process.stderr.write(`[explorer] skipped: ${MISSING}\n`);

const SHOTS = projectPath('test-output', 'explorer');
const DUBLIN = 'station:city:2964574:dublin-police-station';
const DUBLIN_QUOTE = "The office, on Capel Street in Dublin's north inner city";

describe.skipIf(!installed && !process.env.CI)('explorer (headless Chromium)', () => {
  const graph = useTestGraph();
  let t: TestApi;
  let browser: GuardedBrowser;
  let base: string;
  let page: Page;

  beforeAll(async () => {
    if (!installed) throw new Error(MISSING);
    await ensureBundle();
    const samples = projectPath('samples', 'findings');
    for (const file of readdirSync(samples).filter((f) => f.endsWith('.json'))) {
      await importFindings(graph(), JSON.parse(readFileSync(`${samples}/${file}`, 'utf8')), file);
    }
    for (const [i, findings] of generateFindings({ documents: 60, seed: 1 }).entries()) {
      await importFindings(graph(), findings, `generated-${i}`);
    }
    t = await startTestApi(graph(), { otherRoutes: serveExplorer });
    base = `http://127.0.0.1:${t.api.port}/`;
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchGuarded();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Opens a view by its hash and waits until it has rendered. */
  const open = async (target: Page, hash: string) => {
    await target.goto(`${base}${hash}`);
    await target.waitForSelector('main[data-ready="true"]');
  };
  const shot = (target: Page, name: string) =>
    target.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  /** Sums the status counts of every map marker (clusters included). */
  const markerCounts = async (target: Page) => {
    const totals = new Map<string, number>();
    for (const marker of await target.locator('.markers .marker').all()) {
      for (const [status, count] of parseStatusCounts(
        (await marker.getAttribute('data-statuses')) ?? '',
      )) {
        totals.set(status, (totals.get(status) ?? 0) + count);
      }
    }
    return totals;
  };
  /** Clicks a view's download button; returns the file's suggested name and bytes (kept beside the screenshots). */
  const download = async (target: Page, scope: string, format: string, keepAs: string) => {
    const [file] = await Promise.all([
      target.waitForEvent('download'),
      target.locator(`${scope} button[data-export="${format}"]`).click(),
    ]);
    await file.saveAs(`${SHOTS}/${keepAs}.${format}`);
    return { name: file.suggestedFilename(), body: readFileSync(`${SHOTS}/${keepAs}.${format}`) };
  };
  const statsByStatus = async () => {
    const r = await t.gql<{
      stats: { stationsByStatus: { status: string | null; count: number }[] };
    }>('{ stats { stationsByStatus { status count } } }');
    return new Map(r.data?.stats.stationsByStatus.map((s) => [s.status ?? 'UNKNOWN', s.count]));
  };
  /** Controls (inputs, selects, buttons) with no accessible name: there should be none. */
  const unlabelled = (target: Page) =>
    target.evaluate<string[]>(`
      [...document.querySelectorAll('input, select, button, textarea')]
        .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
          && !el.getAttribute('aria-labelledby') && !el.textContent.trim())
        .map((el) => el.outerHTML.slice(0, 120))`);

  it('serves the page at / with a strict CSP, and the skip link moves focus to the content', async () => {
    const response = await page.goto(base);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.waitForSelector('main[data-ready="true"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    expect(await unlabelled(page)).toEqual([]);
  });

  it('searches as you type, opens a station from the suggestions and shows its quotes', async () => {
    await open(page, '#/');
    const input = page.locator('#site-search-input');
    await input.pressSequentially('dublin pol', { delay: 40 });
    await page.waitForSelector(`#site-search-input-list li[data-id="${DUBLIN}"]`);
    await expect
      .poll(() => page.locator('#site-search-input-status').textContent())
      .toMatch(/\d+ results? for “dublin pol”/);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await shot(page, 'search');
    // Keyboard: arrow down to the station, Enter opens it.
    for (let i = 0; i < 10; i++) {
      await input.press('ArrowDown');
      const active = await input.getAttribute('aria-activedescendant');
      if (active && (await page.locator(`#${active}`).getAttribute('data-id')) === DUBLIN) break;
    }
    await input.press('Enter');
    await page.waitForSelector(`article.entity[data-id="${DUBLIN}"]`);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/entity/${DUBLIN}`);
    expect(await page.locator('h1').textContent()).toBe('Dublin police station');
    const quotes = await page.locator('.quote').allTextContents();
    expect(quotes.some((q) => q.includes(DUBLIN_QUOTE))).toBe(true);
    const citation = page.locator('.evidence figcaption').first();
    expect(await citation.textContent()).toContain('outpost-graph samples');
    expect(await citation.locator('a').getAttribute('href')).toMatch(/^https:\/\/samples\./);
    expect(await page.locator('.link-group[data-kind="OPERATED_BY:OUT"] .link').count()).toBe(1);
    expect(await page.locator('.timeline li').count()).toBeGreaterThan(0);
    await shot(page, 'entity');
  });

  it('maps as many markers per status as the stats count, and a marker opens its station', async () => {
    const expected = await statsByStatus();
    await open(page, '#/map');
    await page.waitForSelector('.markers .marker');
    expect(await markerCounts(page)).toEqual(expected);
    for (const [status, count] of expected) {
      expect(
        await page.locator(`.legend li[data-status="${status}"]`).getAttribute('data-count'),
      ).toBe(String(count));
    }
    expect(await page.locator('[data-unplaced]').getAttribute('data-unplaced')).toBe('0');
    expect(await page.locator('.markers .cluster-marker').count()).toBeGreaterThan(0);
    expect(await unlabelled(page)).toEqual([]);
    await shot(page, 'map');
    const marker = page.locator('.markers a.station-marker').first();
    const id = await marker.getAttribute('data-id');
    await marker.click();
    await page.waitForSelector(`article.entity[data-id="${id}"]`);
  });

  it('filters the map by status, keeps the filter and zoom in the URL, and the URL reopens it', async () => {
    const expected = await statsByStatus();
    await open(page, '#/map');
    await page.waitForSelector('.markers .marker');
    const status = [...expected.keys()].find((s) => s !== 'UNKNOWN') as string;
    await page.locator(`input[name="status"][value="${status}"]`).check();
    await expect.poll(() => page.url()).toContain(`status=${status}`);
    await expect.poll(() => markerCounts(page)).toEqual(new Map([[status, expected.get(status)]]));
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(() => page.url()).toContain('z=1.5');
    const url = page.url();
    const transform = await page.locator('.map-viewport').getAttribute('transform');
    await shot(page, 'map-filtered');

    const again = await browser.context.newPage();
    await again.goto(url);
    await again.waitForSelector('main[data-ready="true"]');
    expect(await again.locator(`input[name="status"][value="${status}"]`).isChecked()).toBe(true);
    expect(await markerCounts(again)).toEqual(new Map([[status, expected.get(status)]]));
    expect(await again.locator('.map-viewport').getAttribute('transform')).toBe(transform);
    await again.close();
  });

  it('downloads the map as CSV, PNG and SVG', async () => {
    await open(page, '#/map');
    await page.waitForSelector('.markers .marker');
    const save = (format: string) => download(page, '.map-panel', format, 'export-map');
    const stations = await t.gql<{ stats: { stations: number } }>('{ stats { stations } }');
    const csv = await save('csv');
    expect(csv.name).toBe('station-map.csv');
    const lines = csv.body.toString('utf8').trim().split('\r\n');
    expect(lines[0]).toContain('id,name,status');
    expect(lines).toHaveLength((stations.data?.stats.stations ?? 0) + 1);
    const png = await save('png');
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(5000);
    const svg = await save('svg');
    expect(svg.body.toString('utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<circle/);
  });

  it('shows how two entities are connected, with the claims on each step', async () => {
    const candidates = await t.gql<{
      stations: { edges: { node: { id: string; name: string } }[] };
    }>('{ stations(first: 100) { edges { node { id name } } } }');
    let target: { id: string; name: string } | undefined;
    let expectedPaths = 0;
    for (const { node } of candidates.data?.stations.edges ?? []) {
      if (node.id === DUBLIN) continue;
      const r = await t.gql<{ paths: { length: number }[] }>(
        `query($to: ID!) { paths(from: "${DUBLIN}", to: $to, maxHops: 4, limit: 5) { length } }`,
        { to: node.id },
      );
      if ((r.data?.paths.length ?? 0) > 0 && (r.data?.paths[0]?.length ?? 0) >= 2) {
        target = node;
        expectedPaths = r.data?.paths.length ?? 0;
        break;
      }
    }
    expect(target, 'a station connected to Dublin in 2 to 4 steps').toBeDefined();
    const to = target as { id: string; name: string };

    await open(page, '#/paths');
    const pick = async (label: string, text: string, id: string) => {
      const input = page.getByRole('combobox', { name: label, exact: true });
      await input.pressSequentially(text, { delay: 20 });
      const option = page.locator(`[role="option"][data-id="${id}"]`);
      await option.waitFor();
      await option.click();
    };
    await pick('From', 'Dublin police station', DUBLIN);
    await pick('To', to.name, to.id);
    await page.getByRole('button', { name: 'Find connections' }).click();
    await page.waitForSelector('.path-list .path');
    expect(decodeURIComponent(page.url())).toContain(`from=${DUBLIN}`);
    expect(await page.locator('.path-list > .path').count()).toBe(expectedPaths);
    const steps = page.locator('.path-list > .path').first().locator('.path-step');
    expect(await steps.count()).toBeGreaterThanOrEqual(2);
    for (const step of await steps.all()) {
      expect(await step.locator('.quote').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('svg.path-diagram .path-node').count()).toBeGreaterThan(
      expectedPaths,
    );
    expect(await unlabelled(page)).toEqual([]);
    await shot(page, 'paths');
    const png = await download(page, '.path-results', 'png', 'export-paths');
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');

    const again = await browser.context.newPage();
    await open(again, new URL(page.url()).hash);
    expect(await again.locator('.path-list > .path').count()).toBe(expectedPaths);
    await again.close();
  });

  it('draws the neighbourhood graph; expand, hide a type and pin are kept in a URL that reopens them', async () => {
    const hood = await t.gql<{
      neighbourhood: { nodes: { id: string; type: string; name: string }[] };
    }>(`{ neighbourhood(id: "${DUBLIN}", depth: 1, limit: 150) { nodes { id type name } } }`);
    const nodes = hood.data?.neighbourhood.nodes ?? [];
    await open(page, `#/graph/${encodeURIComponent(DUBLIN)}`);
    await page.waitForSelector('.graph-canvas canvas');
    const listed = page.locator('.node-list > li');
    expect(await listed.count()).toBe(nodes.length);
    const bureau = nodes.find(
      (n) => n.type === 'Organisation' && /Public Security Bureau/.test(n.name),
    );
    const city = nodes.find((n) => n.type === 'City');
    expect(bureau && city).toBeTruthy();

    await page
      .locator(`.node-list > li[data-id="${bureau?.id}"] button`, { hasText: 'expand' })
      .click();
    await expect.poll(() => listed.count()).toBeGreaterThan(nodes.length);
    await expect.poll(() => page.url()).toContain('expand=');
    await page.locator('.graph-controls').getByLabel('Events').uncheck();
    await expect.poll(() => page.url()).toContain('hide=Event');
    expect(await page.locator('.node-list .type-Event').count()).toBe(0);
    await page.locator(`.node-list > li[data-id="${city?.id}"] button`, { hasText: 'pin' }).click();
    await expect.poll(() => page.url()).toContain('pin=');
    const count = await listed.count();
    await shot(page, 'graph');
    const png = await download(page, '.graph-controls', 'png', 'export-graph');
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
    const svg = await download(page, '.graph-controls', 'svg', 'export-graph');
    expect(svg.body.toString('utf8').match(/<circle /g)).toHaveLength(count);
    const csv = await download(page, '.graph-controls', 'csv', 'export-graph');
    expect(csv.body.toString('utf8')).toContain('OPERATED_BY');

    const again = await browser.context.newPage();
    await open(again, new URL(page.url()).hash);
    await again.waitForSelector('.graph-canvas canvas');
    expect(await again.locator('.node-list > li').count()).toBe(count);
    expect(await again.locator('.graph-controls').getByLabel('Events').isChecked()).toBe(false);
    expect(
      await again
        .locator(`.node-list > li[data-id="${city?.id}"] button[aria-pressed]`)
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await unlabelled(again)).toEqual([]);
    await again.close();
  });

  it('prints an entity with its citations', async () => {
    await open(page, `#/print/${encodeURIComponent(DUBLIN)}`);
    expect(await page.locator('.print-quotes q').allTextContents()).toContain(
      "The office, on Capel Street in Dublin's north inner city, had been presented as the Fuzhou Police Overseas Service Station.",
    );
    expect(await page.locator('.print-sources li').first().textContent()).toContain(
      'https://samples.outpost-graph.org/articles/2022-10-dublin-station-closed',
    );
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await shot(page, 'print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('fits a 360-pixel-wide screen', async () => {
    const narrow = await browser.context.newPage();
    await narrow.setViewportSize({ width: 360, height: 740 });
    for (const [hash, name] of [
      [`#/entity/${encodeURIComponent(DUBLIN)}`, 'entity-narrow'],
      ['#/map', 'map-narrow'],
    ] as const) {
      await open(narrow, hash);
      expect(
        await narrow.evaluate('document.documentElement.scrollWidth'),
        name,
      ).toBeLessThanOrEqual(360);
      await shot(narrow, name);
    }
    await narrow.close();
  });

  it('asks for a key where the server wants one for reads, and says when it is refused', async () => {
    const locked = await startTestApi(graph(), { otherRoutes: serveExplorer, readAccess: 'key' });
    const tab = await browser.context.newPage();
    const errorsBefore = browser.errors.length;
    try {
      await tab.goto(`http://127.0.0.1:${locked.api.port}/#/entity/${encodeURIComponent(DUBLIN)}`);
      await tab.waitForSelector('main[data-ready="true"]');
      expect(await tab.locator('main h1').textContent()).toBe('This server needs a key');
      expect(await unlabelled(tab)).toEqual([]);
      await shot(tab, 'key-needed');
      await tab.getByLabel('API key').fill('not-a-key');
      await tab.getByRole('button', { name: 'Use this key' }).click();
      await tab.getByText('That key was not accepted').waitFor();
      await tab.getByLabel('API key').fill(KEYS.reader);
      await tab.getByRole('button', { name: 'Use this key' }).click();
      // The view asked for comes back, with the data the key opens.
      await tab.getByText(DUBLIN_QUOTE).first().waitFor();
      expect(await tab.locator('main h1').textContent()).toContain('Dublin');
      // Chromium logs each refused request (HTTP 401) as a console error; nothing else may appear.
      const mine = browser.errors.splice(errorsBefore);
      expect(mine.filter((e) => !e.includes('status of 401'))).toEqual([]);
    } finally {
      await tab.close();
      await locked.close();
    }
  });

  it('made no request beyond this machine and broke no CSP rule', () => {
    expect(browser.requested.length).toBeGreaterThan(0);
    expect(browser.blocked).toEqual([]);
    expect(browser.requested.filter((url) => !isLocal(url))).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
